import type { Command } from 'commander';
import { compactSchema } from '../validate/index.js';
import { emit } from './output.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .summary('print the JSON Schema of the compact file format')
    .description('Print the JSON Schema (2020-12) of the compact file format, for editors and other tools.')
    .option('-o, --output <file>', 'write the schema to a file instead of stdout')
    .addHelpText('after', '\nExamples:\n  $ compact schema > compact.schema.json\n  $ compact schema --output .vscode/compact.schema.json')
    .action(async (options: { output?: string }) => {
      await emit(`${JSON.stringify(compactSchema, null, 2)}\n`, options.output);
    });
}

import type { Command } from 'commander';
import { compactSchema } from '../validate/index.js';
import { chooseOutput } from './option-parsers.js';
import { emit } from './output.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .summary('print the JSON Schema of the compact file format')
    .description(
      `Print the JSON Schema (2020-12) of the compact file format, for editors and other tools. Its $id (${compactSchema.$id}) names the format version; it is an identifier, not an address to download from: point your editor at a local copy.`,
    )
    .option('-o, --out <file>', 'write the schema to this file (atomically) instead of stdout, for editors to use offline')
    .option('--output <file>', 'the same as --out')
    .addHelpText(
      'after',
      `
Examples:
  $ compact schema --out .vscode/compact.schema.json
  $ compact schema > compact.schema.json`,
    )
    .action(async (options: { out?: string; output?: string }) => {
      await emit(`${JSON.stringify(compactSchema, null, 2)}\n`, chooseOutput(options));
    });
}

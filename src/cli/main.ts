import { Command, CommanderError } from 'commander';
import { translateCommanderError } from './commander-messages.js';
import { registerDiff } from './diff.js';
import { EXIT_USAGE } from './exit-codes.js';
import { registerCompletion } from './completion.js';
import { registerFmt } from './fmt.js';
import { registerHelp } from './help.js';
import { registerInit } from './init.js';
import { addLanguageOption, chooseLanguage, languageOption } from './language.js';
import { setLanguage } from '../i18n/index.js';
import { reportError } from './output.js';
import { registerRevise } from './revise.js';
import { registerLint } from './lint.js';
import { registerLsp } from './lsp.js';
import { registerRules } from './rules.js';
import { registerRender } from './render.js';
import { registerReport } from './report.js';
import { registerSchema } from './schema.js';
import { registerSign } from './sign.js';
import { registerSignatory } from './signatory.js';
import { registerValidate } from './validate.js';
import { registerVerify } from './verify.js';
import { VERSION } from './version.js';

export function buildProgram(): Command {
  const program = new Command('compact')
    .description('Author, check, render, sign and compare the compact between a municipality and civil society.')
    .addHelpText(
      'after',
      `
Examples:
  $ compact lint examples/                          check files against the schema and the lint rules
  $ compact render examples/orebro.yaml --out orebro.pdf
  $ compact diff old.yaml new.yaml --fail-on major
  $ compact init --jurisdiction "Exempelby kommun"
  $ compact help render                             the options and examples of one command`,
    )
    .version(VERSION, '-V, --version')
    .addOption(languageOption())
    .enablePositionalOptions()
    .showSuggestionAfterError(true)
    .configureOutput({ outputError: (text, write) => write(translateCommanderError(text)) })
    .exitOverride();
  registerValidate(program);
  registerLint(program);
  registerRules(program);
  registerRender(program);
  registerReport(program);
  registerSchema(program);
  registerSign(program);
  registerVerify(program);
  registerSignatory(program);
  registerDiff(program);
  registerInit(program);
  registerFmt(program);
  registerRevise(program);
  registerLsp(program);
  registerCompletion(program);
  registerHelp(program, ['compact help render', 'compact help signatory add']);
  addLanguageOption(program.commands);
  overrideExits(program.commands);
  return program;
}

function overrideExits(commands: readonly Command[]): void {
  for (const command of commands) {
    command.exitOverride();
    overrideExits(command.commands);
  }
}

/** Runs the CLI; resolves to the exit code. Bad input never surfaces as a stack trace. */
export async function main(argv: string[] = process.argv): Promise<number> {
  stopQuietlyWhenOutputCloses();
  setLanguage(chooseLanguage(argv));
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    return handleError(error);
  }
}

/** `compact … | head` closes the pipe early: stop there, as other command-line tools do, without a stack trace. */
function stopQuietlyWhenOutputCloses(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
  }
}

function handleError(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') return 0;
  return reportError(error);
}

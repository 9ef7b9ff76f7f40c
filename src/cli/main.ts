import { Command, CommanderError } from 'commander';
import { translateCommanderError } from './commander-messages.js';
import { EXIT_USAGE } from './exit-codes.js';
import { registerHelp } from './help.js';
import { addLanguageOption, chooseLanguage, languageOption } from './language.js';
import { setLanguage } from '../i18n/index.js';
import { reportError } from './output.js';
import { VERSION } from './version.js';

/**
 * The commands in the order of `compact --help`, each loaded on use: a run of one command initialises only
 * the modules that command needs (signing, rendering and their libraries stay unloaded for `compact lint`).
 */
const COMMANDS: ReadonlyArray<readonly [name: string, load: () => Promise<(program: Command) => void>]> = [
  ['validate', async () => (await import('./validate.js')).registerValidate],
  ['lint', async () => (await import('./lint.js')).registerLint],
  ['rules', async () => (await import('./rules.js')).registerRules],
  ['render', async () => (await import('./render.js')).registerRender],
  ['report', async () => (await import('./report.js')).registerReport],
  ['schema', async () => (await import('./schema.js')).registerSchema],
  ['sign', async () => (await import('./sign.js')).registerSign],
  ['verify', async () => (await import('./verify.js')).registerVerify],
  ['signatory', async () => (await import('./signatory.js')).registerSignatory],
  ['diff', async () => (await import('./diff.js')).registerDiff],
  ['init', async () => (await import('./init.js')).registerInit],
  ['fmt', async () => (await import('./fmt.js')).registerFmt],
  ['revise', async () => (await import('./revise.js')).registerRevise],
  ['lsp', async () => (await import('./lsp.js')).registerLsp],
  ['completion', async () => (await import('./completion.js')).registerCompletion],
];

/** Commands that read the whole command tree. */
const NEEDS_ALL = new Set(['completion', 'help']);

/**
 * The program with every command, or with `only` that command when it is one (the others are then neither
 * loaded nor set up; their names and help are not needed to run it).
 */
export async function buildProgram(only?: string): Promise<Command> {
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
  const single = only !== undefined && !NEEDS_ALL.has(only) && COMMANDS.some(([name]) => name === only);
  const chosen = single ? COMMANDS.filter(([name]) => name === only) : COMMANDS;
  const registers = await Promise.all(chosen.map(([, load]) => load()));
  for (const register of registers) register(program);
  if (chosen.length === COMMANDS.length) registerHelp(program, ['compact help render', 'compact help signatory add']);
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
  try {
    const program = await buildProgram(commandName(argv));
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    return handleError(error);
  }
}

/** Checks a worker thread's share of a large batch (the bundle loaded in a worker thread by bin/load-bundle.js). */
export async function runBatchWorker(): Promise<void> {
  await (await import('../batch/worker-share.js')).runBatchWorker();
}

/** The command a run names: the first argument that is not an option of the program itself (`--lang sv`). */
export function commandName(argv: readonly string[]): string | undefined {
  const args = argv.slice(2);
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--lang') index++;
    else if (!arg.startsWith('-')) return arg;
    else if (arg === '--') return undefined;
  }
  return undefined;
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

import type { Command } from 'commander';
import { maxFileSizeOption } from './option-parsers.js';

interface LspCliOptions {
  stdio?: boolean;
  maxFileSize?: number;
}

export function registerLsp(program: Command): void {
  program
    .command('lsp')
    .summary('run the language server for editors (diagnostics, completion, hover, rename, quick fixes)')
    .description(
      'Run a language server that speaks the Language Server Protocol on standard input and output: the lint findings of each open compact as you type ' +
        '(with the config in its folder, as `compact lint`), completion of principle, party and body ids, hover, go to definition, references, rename, quick fixes and an outline. ' +
        'An editor starts it; docs/editors.md shows how for VS Code, Neovim, Helix, Zed and Emacs.',
    )
    .option('--stdio', 'talk over standard input and output (the default and only transport; accepted because editors pass it)')
    // Read by the server library from the command line: it exits when that process (the editor) is gone.
    .option('--clientProcessId <pid>', 'stop when the editor with this process id has gone (editors pass it)')
    .addOption(maxFileSizeOption())
    .addHelpText(
      'after',
      `
Examples:
  $ compact lsp --stdio
  $ compact lsp --stdio --max-file-size 20

Exit codes: 0 after the client's shutdown and exit, 1 when the client exits without shutdown (as the protocol says).`,
    )
    .action(async (options: LspCliOptions) => {
      const [{ startLanguageServer }, { resolveLanguage, setLanguage }] = await Promise.all([import('../lsp/server.js'), import('../i18n/index.js')]);
      setLanguage(resolveLanguage());
      // The server runs until the client's exit notification (or the end of its input) ends the process.
      startLanguageServer({ input: process.stdin, output: process.stdout, ...(options.maxFileSize === undefined ? {} : { maxBytes: options.maxFileSize }) });
    });
}

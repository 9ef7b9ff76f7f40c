import { Argument, type Command } from 'commander';
import { completionScript, SHELLS, type Shell } from '../completion/index.js';
import { emit } from './output.js';

export function registerCompletion(program: Command): void {
  program
    .command('completion')
    .summary('print a shell completion script (bash, zsh or fish)')
    .description('Print a completion script for bash, zsh or fish: commands, options, the allowed values of options such as --format and --lang, and YAML files for arguments.')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .addHelpText(
      'after',
      `
Examples:
  $ source <(compact completion bash)            # in ~/.bashrc
  $ compact completion zsh > "\${fpath[1]}/_compact"
  $ compact completion fish > ~/.config/fish/completions/compact.fish`,
    )
    .action(async (shell: Shell) => {
      await emit(completionScript(shell, program));
    });
}

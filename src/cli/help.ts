import { t } from '../i18n/index.js';
import type { Command } from 'commander';
import { CompactError } from '../errors.js';
import { closestMatch } from '../util/suggest.js';

/**
 * `compact help <command> [<subcommand>]` prints exactly what `compact <command> [<subcommand>] --help` prints.
 * It replaces commander's own help command, which looks one level down only (`help signatory add` showed the
 * help of `signatory`) and answers an unknown name with the whole help on stderr and no message.
 */
export function registerHelp(parent: Command, examples: readonly string[]): void {
  const path = commandPath(parent);
  parent.helpCommand(false);
  parent
    .command('help')
    .summary('show the options and examples of a command')
    .description(`Print the help of a command, the same text as ${path} <command> --help.`)
    .argument('[command...]', parent.parent ? 'the command' : 'the command, and its subcommand if it has any (signatory add)')
    .addHelpText('after', `\nExamples:\n${examples.map((line) => `  $ ${line}`).join('\n')}`)
    .action((names: string[]) => {
      findCommand(parent, names).outputHelp();
    });
}

function findCommand(parent: Command, names: readonly string[]): Command {
  let current = parent;
  for (const name of names) {
    const next = current.commands.find((command) => command.name() === name || command.aliases().includes(name));
    if (!next) throw unknownCommand(current, name, current.commands.map((command) => command.name()));
    current = next;
  }
  return current;
}

function unknownCommand(parent: Command, name: string, known: string[]): CompactError {
  const path = commandPath(parent);
  if (known.length === 0) return new CompactError(t('cli.help.noSubcommands', { path, name }));
  const suggestion = closestMatch(name, known);
  return new CompactError(t('cli.help.unknownCommand', { name, suggestion: suggestion ?? 'none', path, known: known.join(', ') }));
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let current: Command | null = command; current; current = current.parent) names.unshift(current.name());
  return names.join(' ');
}

import type { Command, Option } from 'commander';

/** What a shell needs to know about one option. */
export interface CompletionOption {
  short?: string;
  long?: string;
  description: string;
  /** The option takes a value. */
  takesValue: boolean;
  /** The values commander accepts (`.choices()`), when it knows them. */
  choices?: readonly string[];
  /** The value is a file path. */
  takesFile: boolean;
}

export interface CompletionCommand {
  name: string;
  description: string;
  options: CompletionOption[];
  /** The command's arguments are files (compact YAML files, or a file to write). */
  takesFiles: boolean;
  /** The words its first argument takes instead: the subcommands of a command that has them, the commands for `help`. */
  argumentWords?: readonly string[];
}

export interface CompletionModel {
  program: string;
  options: CompletionOption[];
  commands: CompletionCommand[];
}

const FILE_VALUE = /<(file|path|paths\.\.\.)>/;
const HELP: CompletionOption = { short: '-h', long: '--help', description: 'display help', takesValue: false, takesFile: false };

/** Reads the commands and options of a commander program, so the completion scripts follow the CLI. */
export function completionModel(program: Command): CompletionModel {
  return {
    program: program.name(),
    options: [...program.options.map(describeOption), HELP],
    commands: program.commands.map((command) => {
      const argumentWords = wordsOf(program, command);
      return {
        name: command.name(),
        description: command.summary() || command.description(),
        options: [...command.options.map(describeOption), HELP],
        takesFiles: !argumentWords && command.registeredArguments.length > 0 && command.registeredArguments.every((argument) => !argument.argChoices),
        ...(argumentWords ? { argumentWords } : {}),
      };
    }),
  };
}

function wordsOf(program: Command, command: Command): string[] | undefined {
  const names = (commands: readonly Command[]) => commands.filter((other) => other !== command).map((other) => other.name());
  if (command.commands.length > 0) return command.commands.map((sub) => sub.name());
  return command.name() === 'help' ? names(program.commands) : undefined;
}

function describeOption(option: Option): CompletionOption {
  const takesValue = option.required || option.optional;
  return {
    ...(option.short ? { short: option.short } : {}),
    ...(option.long ? { long: option.long } : {}),
    description: option.description,
    takesValue,
    ...(option.argChoices ? { choices: option.argChoices } : {}),
    takesFile: takesValue && FILE_VALUE.test(option.flags),
  };
}

/** `-f`, `--format`: the spellings of an option. */
export function spellings(option: CompletionOption): string[] {
  return [option.short, option.long].filter((flag): flag is string => flag !== undefined);
}

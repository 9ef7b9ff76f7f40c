import type { CompletionModel, CompletionOption } from './model.js';

/** A fish completion script: `compact completion fish > ~/.config/fish/completions/compact.fish`. */
export function fishCompletion(model: CompletionModel): string {
  const program = model.program;
  const lines = [
    `# fish completion for ${program}; save it as ~/.config/fish/completions/${program}.fish`,
    `complete -c ${program} -f`,
    ...model.options.map((option) => optionLine(program, '__fish_use_subcommand', option)),
    ...model.commands.map((command) => `complete -c ${program} -n __fish_use_subcommand -a ${command.name} -d ${quote(command.description)}`),
  ];
  for (const command of model.commands) {
    const condition = `'__fish_seen_subcommand_from ${command.name}'`;
    lines.push(...command.options.map((option) => optionLine(program, condition, option)));
    if (command.takesFiles) lines.push(`complete -c ${program} -n ${condition} -F`);
    if (command.argumentWords) lines.push(`complete -c ${program} -n ${condition} -a ${quote(command.argumentWords.join(' '))}`);
  }
  return `${lines.join('\n')}\n`;
}

function optionLine(program: string, condition: string, option: CompletionOption): string {
  const parts = [`complete -c ${program} -n ${condition}`];
  if (option.short) parts.push(`-s ${option.short.slice(1)}`);
  if (option.long) parts.push(`-l ${option.long.slice(2)}`);
  if (option.choices) parts.push(`-x -a ${quote(option.choices.join(' '))}`);
  else if (option.takesFile) parts.push('-r -F');
  else if (option.takesValue) parts.push('-x');
  parts.push(`-d ${quote(option.description)}`);
  return parts.join(' ');
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

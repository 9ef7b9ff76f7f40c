import { spellings, type CompletionCommand, type CompletionModel, type CompletionOption } from './model.js';

/** A zsh completion script: save it as `_compact` in a folder on $fpath, or `source <(compact completion zsh)`. */
export function zshCompletion(model: CompletionModel): string {
  const fn = `_${model.program.replace(/\W/g, '_')}`;
  return `#compdef ${model.program}
# zsh completion for ${model.program}; save as ${fn} in a folder on $fpath, or: source <(${model.program} completion zsh)
${fn}() {
  local -a commands
  commands=(
${model.commands.map((command) => `    ${quote(`${command.name}:${command.description}`)}`).join('\n')}
  )
  local state
  _arguments -C \\
${model.options.flatMap(optionSpecs).map((spec) => `    ${spec} \\`).join('\n')}
    '1: :->command' \\
    '*:: :->arguments'
  case $state in
    command)
      _describe -t commands '${model.program} command' commands
      ;;
    arguments)
      case $words[1] in
${model.commands.map(zshCommand).join('\n')}
      esac
      ;;
  esac
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${model.program}
fi
`;
}

function zshCommand(command: CompletionCommand): string {
  const specs = command.options.flatMap(optionSpecs);
  if (command.takesFiles) specs.push(`'*:file:_files -g "*.(yaml|yml)"'`);
  if (command.argumentWords) specs.push(`'1:command:(${command.argumentWords.join(' ')})'`);
  return `        ${command.name})
          _arguments${specs.map((spec) => ` \\\n            ${spec}`).join('')}
          ;;`;
}

function optionSpecs(option: CompletionOption): string[] {
  const value = !option.takesValue ? '' : option.choices ? `:value:(${option.choices.join(' ')})` : option.takesFile ? ':file:_files' : ':value: ';
  return spellings(option).map((flag) => quote(`${flag}[${bracketSafe(option.description)}]${value}`));
}

function bracketSafe(text: string): string {
  return text.replace(/[[\]:\\]/g, (character) => `\\${character}`);
}

function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

import { spellings, type CompletionCommand, type CompletionModel } from './model.js';

/** A bash completion script: `source <(compact completion bash)`. */
export function bashCompletion(model: CompletionModel): string {
  const fn = `_${model.program.replace(/\W/g, '_')}_completion`;
  const words = (list: string[]) => list.join(' ');
  const topWords = words([...model.commands.map((command) => command.name), ...model.options.flatMap(spellings)]);
  return `# bash completion for ${model.program}; load it with: source <(${model.program} completion bash)
${fn}_files() {
  local IFS=$'\\n'
  COMPREPLY=( $(compgen -d -- "$cur") $(compgen -f -- "$cur" | grep -E '\\.ya?ml$') )
}

${fn}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" command="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      -*) ;;
      *) command="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  if [[ -z "$command" ]]; then
    COMPREPLY=( $(compgen -W "${topWords}" -- "$cur") )
    return
  fi
  case "$command" in
${model.commands.map((command) => bashCommand(command, fn)).join('\n')}
  esac
}

complete -o filenames -F ${fn} ${model.program}
`;
}

function bashCommand(command: CompletionCommand, fn: string): string {
  const valueCases = command.options
    .filter((option) => option.takesValue)
    .map((option) => {
      const pattern = spellings(option).join('|');
      if (option.choices) return `        ${pattern}) COMPREPLY=( $(compgen -W "${option.choices.join(' ')}" -- "$cur") ); return ;;`;
      if (option.takesFile) return `        ${pattern}) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;`;
      return `        ${pattern}) COMPREPLY=(); return ;;`;
    });
  const flags = command.options.flatMap(spellings).join(' ');
  const argumentLine = command.argumentWords
    ? `      COMPREPLY=( $(compgen -W "${command.argumentWords.join(' ')}" -- "$cur") )`
    : command.takesFiles
      ? `      ${fn}_files`
      : '      COMPREPLY=()';
  return `    ${command.name})
${valueCases.length > 0 ? `      case "$prev" in\n${valueCases.join('\n')}\n      esac\n` : ''}      if [[ "$cur" == -* ]]; then
        COMPREPLY=( $(compgen -W "${flags}" -- "$cur") )
        return
      fi
${argumentLine}
      ;;`;
}

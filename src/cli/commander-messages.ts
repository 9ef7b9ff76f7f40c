import { currentLanguage, t } from '../i18n/index.js';

/** Commander's own usage errors, recognised by their English wording, and the message that says the same. */
const PATTERNS: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^error: unknown option '([^']+)'\n\(Did you mean ([^?]+)\?\)\n?$/, (m) => t('cli.usage.unknownOptionSuggest', { option: m[1], suggestion: m[2] })],
  [/^error: unknown option '([^']+)'\n?$/, (m) => t('cli.usage.unknownOption', { option: m[1] })],
  [/^error: unknown command '([^']+)'\n\(Did you mean ([^?]+)\?\)\n?$/, (m) => t('cli.usage.unknownCommandSuggest', { command: m[1], suggestion: m[2] })],
  [/^error: unknown command '([^']+)'\n?$/, (m) => t('cli.usage.unknownCommand', { command: m[1] })],
  [/^error: option '([^']+)' argument missing\n?$/, (m) => t('cli.usage.argumentMissing', { option: m[1] })],
  [/^error: missing required argument '([^']+)'\n?$/, (m) => t('cli.usage.missingArgument', { argument: m[1] })],
  [/^error: too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)\.\n?$/, (m) => t('cli.usage.tooManyArguments', { command: m[1] ?? 'compact', expected: Number(m[2]), got: Number(m[3]) })],
  [/^error: option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are ([^.]+)\.\n?$/, (m) => t('cli.usage.invalidChoice', { option: m[1], value: m[2], choices: m[3] })],
  [/^error: option '([^']+)' argument '([^']*)' is invalid\. ([^]*?)\n?$/, (m) => t('cli.usage.invalidValue', { option: m[1], value: m[2], reason: m[3] })],
  [/^error: required option '([^']+)' not specified\n?$/, (m) => t('cli.usage.requiredOption', { option: m[1] })],
  [/^error: command-argument value '([^']*)' is invalid for argument '([^']+)'\. Allowed choices are ([^.]+)\.\n?$/, (m) => t('cli.usage.invalidArgumentChoice', { value: m[1], argument: m[2], choices: m[3] })],
  [/^error: command-argument value '([^']*)' is invalid for argument '([^']+)'\. ([^]*?)\n?$/, (m) => t('cli.usage.invalidArgument', { value: m[1], argument: m[2], reason: m[3] })],
];

/** A usage error from commander in the reader's language; English (commander's own wording) is left as it is. */
export function translateCommanderError(text: string): string {
  if (currentLanguage() === 'en') return text;
  for (const [pattern, message] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return `${message(match)}\n`;
  }
  return text;
}

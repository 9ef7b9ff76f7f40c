import type { Language } from '../model/index.js';
import { checkCompactData, checkLanguage, checkObject, checkOneOf, checkString } from './arguments.js';

/** The languages there are templates for. */
export const TEMPLATE_LANGUAGES: readonly Language[] = ['sv', 'en'];

/** Checks render(compact, options) and renderMarkdown: returns the language to render in. */
export function checkRenderArguments(fn: string, compact: unknown, options: unknown, formats?: readonly string[]): Language {
  checkCompactData(fn, 'the compact (first argument)', compact);
  checkObject(fn, 'options', options, formats ? `an object such as { format: '${formats[0]}' }` : 'an object', !formats);
  const given = (options ?? {}) as Record<string, unknown>;
  if (formats) checkOneOf(fn, 'options.format', given.format, formats);
  checkString(fn, 'options.templateDir', given.templateDir, 'the path of a folder of templates', true);
  checkString(fn, 'options.baseDir', given.baseDir, 'the path of the compact\'s folder', true);
  checkObject(fn, 'options.signatory', given.signatory, 'a signatory ({ party, organisation, … })', true);
  return checkLanguage(fn, given.lang, compact.language, TEMPLATE_LANGUAGES);
}

/** Checks createRenderer(options). */
export function checkRendererOptions(options: unknown, formats: readonly string[]): void {
  checkObject('createRenderer', 'options', options, `an object such as { format: '${formats[0]}', lang: 'sv' }`);
  checkOneOf('createRenderer', 'options.format', options!.format, formats);
  checkOneOf('createRenderer', 'options.lang', options!.lang, TEMPLATE_LANGUAGES);
}

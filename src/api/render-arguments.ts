import type { Language } from '../model/index.js';
import { checkArray, checkCompactData, checkLanguage, checkObject, checkOneOf, checkString } from './arguments.js';

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

/** The formats renderRedline writes. */
export const REDLINE_FORMATS = ['html', 'pdf', 'docx'] as const;

/** Checks renderRedline(document, options): returns the language to render in. */
export function checkRedlineArguments(document: unknown, options: unknown): Language {
  const fn = 'renderRedline';
  checkObject(fn, 'document', document, 'a redline document ({ compact, marked, since, summary, changed })');
  checkCompactData(fn, 'document.compact', document!.compact);
  checkCompactData(fn, 'document.marked', document!.marked);
  checkArray(fn, 'document.summary', document!.summary, 'summary parts', true);
  checkObject(fn, 'options', options, "an object such as { format: 'html' }");
  checkOneOf(fn, 'options.format', options!.format, REDLINE_FORMATS);
  checkString(fn, 'options.templateDir', options!.templateDir, 'the path of a folder of templates', true);
  return checkLanguage(fn, options!.lang, document!.compact.language, TEMPLATE_LANGUAGES);
}

/** Checks createRenderer(options). */
export function checkRendererOptions(options: unknown, formats: readonly string[]): void {
  checkObject('createRenderer', 'options', options, `an object such as { format: '${formats[0]}', lang: 'sv' }`);
  checkOneOf('createRenderer', 'options.format', options!.format, formats);
  checkOneOf('createRenderer', 'options.lang', options!.lang, TEMPLATE_LANGUAGES);
}

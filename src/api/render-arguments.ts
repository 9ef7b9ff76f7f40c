import type { Language } from '../model/index.js';
import { checkArray, checkCompactData, checkLanguage, checkObject, checkOneOf, checkString } from './arguments.js';
import { t } from '../i18n/index.js';

/** The languages there are templates for. */
export const TEMPLATE_LANGUAGES: readonly Language[] = ['sv', 'en'];

/** Checks render(compact, options) and renderMarkdown: returns the language to render in. */
export function checkRenderArguments(fn: string, compact: unknown, options: unknown, formats?: readonly string[]): Language {
  checkCompactData(fn, t('api.argument.compact'), compact);
  checkObject(fn, 'options', options, formats ? t('api.objectSuchAs', { example: `{ format: '${formats[0]}' }` }) : t('api.object'), !formats);
  const given = (options ?? {}) as Record<string, unknown>;
  if (formats) checkOneOf(fn, 'options.format', given.format, formats);
  checkString(fn, 'options.templateDir', given.templateDir, t('api.templateDir'), true);
  checkString(fn, 'options.baseDir', given.baseDir, t('api.baseDir'), true);
  checkObject(fn, 'options.signatory', given.signatory, t('api.signatory', { fields: '{ party, organisation, … }' }), true);
  return checkLanguage(fn, given.lang, compact.language, TEMPLATE_LANGUAGES);
}

/** The formats renderRedline writes. */
export const REDLINE_FORMATS = ['html', 'pdf', 'docx'] as const;

/** Checks renderRedline(document, options): returns the language to render in. */
export function checkRedlineArguments(document: unknown, options: unknown): Language {
  const fn = 'renderRedline';
  checkObject(fn, 'document', document, t('api.redlineDocument', { fields: '{ compact, marked, since, summary, changed }' }));
  checkCompactData(fn, 'document.compact', document!.compact);
  checkCompactData(fn, 'document.marked', document!.marked);
  checkArray(fn, 'document.summary', document!.summary, t('api.summaryParts'), true);
  checkObject(fn, 'options', options, t('api.objectSuchAs', { example: "{ format: 'html' }" }));
  checkOneOf(fn, 'options.format', options!.format, REDLINE_FORMATS);
  checkString(fn, 'options.templateDir', options!.templateDir, t('api.templateDir'), true);
  return checkLanguage(fn, options!.lang, document!.compact.language, TEMPLATE_LANGUAGES);
}

/** Checks createRenderer(options). */
export function checkRendererOptions(options: unknown, formats: readonly string[]): void {
  checkObject('createRenderer', 'options', options, t('api.objectSuchAs', { example: `{ format: '${formats[0]}', lang: 'sv' }` }));
  checkOneOf('createRenderer', 'options.format', options!.format, formats);
  checkOneOf('createRenderer', 'options.lang', options!.lang, TEMPLATE_LANGUAGES);
}

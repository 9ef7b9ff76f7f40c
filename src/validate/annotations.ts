import type { Ajv, KeywordDefinition } from 'ajv';
import { checkThat } from '../api/arguments.js';
import { t } from '../i18n/index.js';

/**
 * Keywords of the schema that only editors read: the YAML language server (VS Code's YAML extension and
 * others) shows `markdownDescription` on hover instead of `description`. They change nothing that validates,
 * but ajv's strict mode refuses keywords it does not know, so every ajv that compiles the schema adds them.
 */
export const editorAnnotationKeywords: readonly KeywordDefinition[] = [{ keyword: 'markdownDescription', schemaType: 'string' }];

/** Teaches an ajv instance the schema's editor annotations, so it compiles the schema in strict mode. */
export function addEditorAnnotations<T extends Pick<Ajv, 'addKeyword'>>(ajv: T): T {
  checkThat('addEditorAnnotations', 'ajv', ajv, typeof (ajv as { addKeyword?: unknown } | null)?.addKeyword === 'function', t('api.ajv'));
  for (const definition of editorAnnotationKeywords) ajv.addKeyword(definition);
  return ajv;
}

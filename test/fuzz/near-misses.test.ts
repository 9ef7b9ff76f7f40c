import fc from 'fast-check';
import { Document } from 'yaml';
import { afterAll, describe, it } from 'vitest';
import { isCompact, parseCompactText } from '../../src/index.js';
import { renderableData } from '../../src/render/forced.js';
import { arbitraryNearMiss, arbitrarySchemaCompact } from '../helpers/arbitrary-schema-compact.js';
import { arbitraryLayout, writeMessily } from '../helpers/arbitrary-yaml-compact.js';
import { testTimeoutFor } from './budget.js';
import { checkProperty, guarded, saveRuns } from './harness.js';
import { checkDiff, checkLoadValidateLint, checkRender } from './operations.js';

afterAll(() => saveRuns(import.meta.url));

/** The YAML written for a near miss loads, unless a value holds a control character (U+0000 …), which the loader refuses. */
function expectRefusedForControlCharacters(text: string): void {
  const result = parseCompactText(text);
  if (result.ok || !result.findings.every((finding) => finding.ruleId === 'yaml/control-character')) {
    throw new Error(`the YAML written for a near miss does not load:\n${text}`);
  }
}

function yamlOf(data: unknown): string {
  return new Document(data, { version: '1.2' }).toString();
}

describe('schema near misses: a valid compact with one value wrong, a key missing, an unknown key or an extra level', () => {
  it(
    'are validated and linted without an exception, with an error exactly when the schema rejects the data, every finding inside the file',
    () =>
      checkProperty(
        'nearMissValidate',
        fc.asyncProperty(arbitraryNearMiss, arbitraryLayout, async ({ edit, data }, layout) => {
          const text = writeMessily(data, layout);
          await guarded(
            () => `${JSON.stringify(edit)}\n${text}`,
            async () => {
              const { loaded, valid } = await checkLoadValidateLint(text);
              if (!loaded) return expectRefusedForControlCharacters(text);
              if (valid !== isCompact(loaded.data)) throw new Error(`validate says ${valid ? 'valid' : 'invalid'} but the schema says ${valid ? 'invalid' : 'valid'}:\n${text}`);
            },
          );
        }),
      ),
    testTimeoutFor('nearMissValidate'),
  );

  it(
    'are rendered with --force (what has the shape the templates read) and compared with diff --force, or refused with a CompactError',
    () =>
      checkProperty(
        'nearMissForced',
        fc.asyncProperty(arbitrarySchemaCompact, arbitraryNearMiss, async (original, { edit, data }) => {
          // Through YAML and back: the data as the loader gives it to render and diff.
          const text = yamlOf(data);
          await guarded(
            () => `${JSON.stringify(edit)}\n${text}`,
            async () => {
              const { loaded } = await checkLoadValidateLint(text);
              if (!loaded) return expectRefusedForControlCharacters(text);
              const renderable = renderableData(loaded.data);
              if (renderable) await checkRender(renderable);
              const before = JSON.parse(JSON.stringify(original)) as unknown;
              await checkDiff(before, loaded.data, false);
              await checkDiff(loaded.data, before, false);
            },
          );
        }),
      ),
    testTimeoutFor('nearMissForced'),
  );
});

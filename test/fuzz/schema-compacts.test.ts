import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { arbitraryCompact as arbitraryPooledCompact } from '../helpers/arbitrary-compact.js';
import { arbitrarySchemaCompact } from '../helpers/arbitrary-schema-compact.js';
import { arbitraryCompact as arbitraryQuotingCompact, arbitraryLayout, writeMessily, type Layout } from '../helpers/arbitrary-yaml-compact.js';
import { testTimeoutFor } from './budget.js';
import type { Compact } from '../../src/index.js';
import { checkProperty, guarded, saveRuns } from './harness.js';
import { checkDiff, checkFormat, checkLoadValidateLint, checkRender } from './operations.js';

afterAll(() => saveRuns(import.meta.url));

/** Writes a generated compact as YAML a person might have written, and runs it through the whole tool. */
async function checkWhole(data: unknown, layout: Layout, steps: { render: boolean; format: boolean }): Promise<void> {
  const text = writeMessily(data, layout);
  await guarded(
    () => `${JSON.stringify(layout)}\n${text}`,
    async () => {
      const { loaded, valid } = await checkLoadValidateLint(text);
      if (!loaded || !valid) throw new Error(`a generated compact does not validate:\n${text}`);
      if (steps.render) await checkRender(loaded.data as Compact);
      if (steps.format) await checkFormat(text, loaded.data, true);
      // The generators build records without a prototype; the loader gives plain objects.
      await checkDiff(loaded.data, JSON.parse(JSON.stringify(data)), true);
    },
  );
}

describe('compacts generated from the JSON Schema, written in any layout', () => {
  it(
    'validate without errors, lint, render as Markdown and HTML, and diff against themselves, each call within the bound',
    () => checkProperty('schemaCompactAll', fc.asyncProperty(arbitrarySchemaCompact, arbitraryLayout, (data, layout) => checkWhole(data, layout, { render: true, format: false }))),
    testTimeoutFor('schemaCompactAll'),
  );

  it(
    'are formatted by fmt without losing content, and formatting twice changes nothing',
    () => checkProperty('schemaCompactFormat', fc.asyncProperty(arbitrarySchemaCompact, arbitraryLayout, (data, layout) => checkWhole(data, layout, { render: false, format: true }))),
    testTimeoutFor('schemaCompactFormat'),
  );

  it(
    'and the compacts of the diff and fmt tests (shared ids and words; text that is hard to quote) go through the whole tool too',
    () =>
      checkProperty(
        'poolCompactAll',
        fc.asyncProperty(fc.oneof(arbitraryPooledCompact, arbitraryQuotingCompact), arbitraryLayout, (data, layout) => checkWhole(data, layout, { render: true, format: true })),
      ),
    testTimeoutFor('poolCompactAll'),
  );
});

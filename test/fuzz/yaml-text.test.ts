import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { arbitraryLightlyMutatedCompact, arbitraryYamlText } from '../helpers/arbitrary-yaml-text.js';
import { testTimeoutFor } from './budget.js';
import { renderableData } from '../../src/render/forced.js';
import { checkProperty, guarded, saveRuns } from './harness.js';
import { checkFormat, checkLoadValidateLint, checkRender } from './operations.js';

afterAll(() => saveRuns(import.meta.url));

const isCompactMapping = (data: unknown) => data !== null && typeof data === 'object' && !Array.isArray(data) && 'compact' in data;

describe('any YAML-ish text: edited real compacts, grammar-built YAML, noise', () => {
  it(
    'is loaded, validated and linted without an exception, every finding inside the file, each call within the bound',
    () =>
      checkProperty(
        'yamlTextLoad',
        fc.asyncProperty(arbitraryYamlText, async ({ origin, text }) => {
          await guarded(() => `${origin}\n${JSON.stringify(text)}`, () => checkLoadValidateLint(text));
        }),
      ),
    testTimeoutFor('yamlTextLoad'),
  );

  it(
    'is formatted by fmt without losing content, or refused with a CompactError',
    () =>
      checkProperty(
        'yamlTextFormat',
        fc.asyncProperty(arbitraryYamlText, ({ origin, text }) =>
          guarded(
            () => `${origin}\n${JSON.stringify(text)}`,
            async () => {
              const { loaded, valid } = await checkLoadValidateLint(text);
              if (loaded && isCompactMapping(loaded.data)) await checkFormat(text, loaded.data, valid);
            },
          ),
        ),
      ),
    testTimeoutFor('yamlTextFormat'),
  );

  it(
    'is rendered as Markdown and HTML (with --force when invalid) and formatted when lightly edited (moved, repeated, re-indented lines, CRLF, a BOM)',
    () =>
      checkProperty(
        'mutatedRender',
        fc.asyncProperty(arbitraryLightlyMutatedCompact, ({ source, edits, text }) =>
          guarded(
            () => `${source} with ${JSON.stringify(edits)}\n${JSON.stringify(text)}`,
            async () => {
              const { loaded, valid } = await checkLoadValidateLint(text);
              if (!loaded) return;
              // Valid data renders as it is; other data as `render --force` renders it.
              const renderable = renderableData(loaded.data);
              if (renderable) await checkRender(renderable);
              if (isCompactMapping(loaded.data)) await checkFormat(text, loaded.data, valid);
            },
          ),
        ),
      ),
    testTimeoutFor('mutatedRender'),
  );
});

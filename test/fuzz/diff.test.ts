import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { isCompact, parseCompactText } from '../../src/index.js';
import { arbitraryRevisions } from '../helpers/arbitrary-compact.js';
import { applyNearMiss, arbitraryNearMissEdit, arbitrarySchemaCompact, type NearMiss } from '../helpers/arbitrary-schema-compact.js';
import { arbitraryMutatedRevisions } from '../helpers/arbitrary-yaml-text.js';
import { testTimeoutFor } from './budget.js';
import { checkProperty, guarded, saveRuns } from './harness.js';
import { checkDiff } from './operations.js';

afterAll(() => saveRuns(import.meta.url));

/** Plain objects, as the loader gives them (the generators build records without a prototype). */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Two valid compacts: revisions sharing ids and words, two compacts from the schema, or one and a valid edit of it. */
const arbitraryValidPair: fc.Arbitrary<[unknown, unknown]> = fc.oneof(
  arbitraryRevisions,
  fc.tuple(arbitrarySchemaCompact, arbitrarySchemaCompact),
  fc.tuple(arbitrarySchemaCompact, fc.array(arbitraryNearMissEdit, { minLength: 1, maxLength: 4 })).map(([compact, edits]): [unknown, unknown] => [compact, edits.reduce(validEdit, compact)]),
);

/** The compact with the edit applied, if that leaves it valid; else the compact as it was. */
function validEdit(compact: Record<string, unknown>, edit: NearMiss): Record<string, unknown> {
  const edited = applyNearMiss(compact, edit);
  return isCompact(edited) ? (edited as unknown as Record<string, unknown>) : compact;
}

describe('diff', () => {
  it(
    'compares two valid compacts: nothing between one and itself, the changes from a to b applied to a give b, every format prints them',
    () =>
      checkProperty(
        'diffGenerated',
        fc.asyncProperty(arbitraryValidPair, async (pair) => {
          const [before, after] = plain(pair);
          await guarded(() => JSON.stringify([before, after]), () => checkDiff(before, after, true));
        }),
      ),
    testTimeoutFor('diffGenerated'),
  );

  it(
    'compares any two edited copies of a real compact that load (diff --force) without an exception other than a CompactError',
    () =>
      checkProperty(
        'diffForced',
        fc.asyncProperty(arbitraryMutatedRevisions, async ([before, after]) => {
          await guarded(
            () => `${before.source}: ${JSON.stringify(before.edits)} → ${JSON.stringify(after.edits)}`,
            async () => {
              const [a, b] = [parseCompactText(before.text), parseCompactText(after.text)];
              if (a.ok && b.ok) await checkDiff(a.compact.data, b.compact.data, false);
            },
          );
        }),
      ),
    testTimeoutFor('diffForced'),
  );
});

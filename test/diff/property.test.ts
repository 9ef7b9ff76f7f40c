import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, diffCompacts } from '../../src/diff/index.js';
import { isCompact } from '../../src/validate/index.js';
import { arbitraryCompact, arbitraryRevisions } from '../helpers/arbitrary-compact.js';

describe('diff properties over generated compacts', () => {
  it('generates schema-valid compacts', () => {
    for (const compact of fc.sample(arbitraryCompact, { numRuns: 200, seed: 7 })) expect(isCompact(compact)).toBe(true);
  });

  it('finds no change between a compact and itself', () => {
    fc.assert(
      fc.property(arbitraryCompact, (compact) => {
        expect(diffCompacts(compact, structuredClone(compact)).changes).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('gives b when the changes from a to b are applied to a', () => {
    fc.assert(
      fc.property(arbitraryRevisions, fc.constantFrom(0.5, 0.8, 1), ([a, b], threshold) => {
        const { changes } = diffCompacts(a, b, { threshold });
        expect(applyChanges(a, changes)).toEqual(b);
      }),
      { numRuns: 300 },
    );
  });

  it('does not modify the compacts it compares or patches', () => {
    fc.assert(
      fc.property(arbitraryRevisions, ([a, b]) => {
        const copies = structuredClone([a, b]);
        applyChanges(a, diffCompacts(a, b).changes);
        expect([a, b]).toEqual(copies);
      }),
      { numRuns: 100 },
    );
  });
});

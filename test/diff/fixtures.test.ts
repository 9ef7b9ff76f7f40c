import { describe, expect, it } from 'vitest';
import { applyChanges, CHANGE_CLASS_NAMES, CHANGE_CLASSES, diffCompacts, type ChangeClass } from '../../src/diff/index.js';
import { loadPair } from './load-pair.js';

const EXPECTED: Record<string, ChangeClass[]> = {
  principles: ['principle-added', 'principle-removed', 'principle-reworded', 'principle-retitled', 'principle-baseline-changed'],
  renames: ['principle-renamed', 'commitment-renamed', 'party-renamed', 'metadata'],
  commitments: [
    'commitment-added',
    'commitment-removed',
    'commitment-reworded',
    'commitment-moved-between-parties',
    'commitment-lost-principle',
    'commitment-gained-principle',
  ],
  reorder: ['order-changed'],
  parties: ['party-added', 'party-renamed', 'party-changed', 'member-joined'],
  'parties-removed': ['party-removed', 'party-renamed', 'party-changed', 'member-left'],
  governance: [
    'body-added',
    'body-removed',
    'member-left',
    'meeting-added',
    'meeting-removed',
    'action-plan-added',
    'action-plan-removed',
    'governance-changed',
    'contact-changed',
  ],
  'adoption-review': [
    'status-changed',
    'version-changed',
    'adoption-changed',
    'decision-added',
    'decision-removed',
    'decision-changed',
    'review-cycle-changed',
    'review-dates-changed',
    'revision-added',
    'revision-removed',
    'revision-changed',
  ],
  signatories: ['signatory-added', 'signatory-removed', 'signatory-changed'],
  sections: ['section-added', 'section-changed', 'definition-added', 'definition-changed', 'metadata'],
  'sections-removed': ['section-removed', 'definition-removed'],
  metadata: ['title-changed', 'details-changed', 'metadata'],
  unicode: ['principle-reworded', 'section-changed'],
  'format-1-1': [
    'outcome-added',
    'outcome-removed',
    'outcome-reworded',
    'outcome-retitled',
    'commitment-gained-outcome',
    'commitment-lost-outcome',
    'meeting-frequency-changed',
    'ended-changed',
    'accession-changed',
    'related-document-added',
    'related-document-removed',
    'related-document-changed',
    'source-changed',
  ],
};

describe('fixture pairs', () => {
  for (const [name, classes] of Object.entries(EXPECTED)) {
    describe(name, () => {
      const [before, after] = loadPair(name);
      const result = diffCompacts(before, after);

      it('reports exactly the expected classes', () => {
        expect(new Set(result.changes.map((change) => change.class))).toEqual(new Set(classes));
      });

      it('gives each change the default level of its class and a message', () => {
        for (const change of result.changes) {
          expect(change.level).toBe(CHANGE_CLASSES[change.class].level);
          expect(change.message.length).toBeGreaterThan(0);
        }
      });

      it('turns the before file into the after file when its changes are applied', () => {
        expect(applyChanges(before, result.changes)).toEqual(after);
      });
    });
  }

  it('cover every change class', () => {
    const covered = new Set(Object.values(EXPECTED).flat());
    expect(CHANGE_CLASS_NAMES.filter((name) => !covered.has(name))).toEqual([]);
  });

  it('report nothing for identical revisions', () => {
    const [before, after] = loadPair('identical');
    expect(diffCompacts(before, after)).toEqual({
      changes: [],
      summary: { total: 0, level: 'none', byLevel: { major: 0, minor: 0, patch: 0 }, byClass: {}, entries: {} },
    });
  });
});

describe('what the records say', () => {
  it('follows a renamed principle through the commitments that cite it', () => {
    const [before, after] = loadPair('renames');
    const { changes } = diffCompacts(before, after);
    const classes = changes.map((change) => change.class);
    expect(classes).not.toContain('commitment-lost-principle');
    expect(classes).not.toContain('commitment-gained-principle');
    expect(classes).not.toContain('commitment-moved-between-parties');
    expect(classes).not.toContain('member-left');
    expect(classes).not.toContain('signatory-removed');
    const principle = changes.find((change) => change.class === 'principle-renamed');
    expect(principle).toMatchObject({ kind: 'renamed', path: ['principles', 1, 'id'], before: 'oppenhet', after: 'oppenhet-och-insyn' });
    const party = changes.find((change) => change.class === 'party-renamed');
    expect(party).toMatchObject({ kind: 'renamed', before: 'civilsamhallet', after: 'ideburna' });
  });

  it('reports a removal and an addition instead of a rename when the texts are less alike than the threshold', () => {
    const [before, after] = loadPair('renames');
    const classes = diffCompacts(before, after, { threshold: 1 }).changes.map((change) => change.class);
    expect(classes).toContain('commitment-removed');
    expect(classes).toContain('commitment-added');
    expect(classes).not.toContain('commitment-renamed');
    // The principle's text is unchanged, so it is a rename at any threshold.
    expect(classes).toContain('principle-renamed');
  });

  it('reports a reordering as a move with the old and new positions, not as a removal and an addition', () => {
    const [before, after] = loadPair('reorder');
    const { changes } = diffCompacts(before, after);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'moved', path: ['principles', 2], before: 0, after: 2, entry: { type: 'principle', id: 'dialog' } });
  });

  it('points a removed entry at its place in the before file and an added one at its place after', () => {
    const [before, after] = loadPair('commitments');
    const { changes } = diffCompacts(before, after);
    expect(changes.find((change) => change.class === 'commitment-removed')).toMatchObject({ path: ['commitments', 1], before: { id: 'forankring' } });
    expect(changes.find((change) => change.class === 'commitment-added')).toMatchObject({ path: ['commitments', 2], after: { id: 'utbildning' } });
    expect(changes.find((change) => change.class === 'commitment-moved-between-parties')).toMatchObject({
      path: ['commitments', 1, 'party'],
      before: 'joint',
      after: 'kommunen',
      message: 'commitment "stormote" moved from party "joint" to "kommunen" (Exempelby kommun)',
    });
  });

  it('names a party or principle by its name or title beside its id, unless the id is just that name', () => {
    const [before, after] = loadPair('commitments');
    const messages = diffCompacts(before, after).changes.map((change) => change.message);
    expect(messages).toContain('commitment "kontakt" now serves principle "sjalvstandighet" (Självständighet och oberoende)');
    expect(messages).toContain('commitment "kontakt" no longer serves principle "dialog"');
  });

  it('keeps a word diff of reworded text as jsdiff change objects that rebuild both texts', () => {
    const [before, after] = loadPair('principles');
    const change = diffCompacts(before, after).changes.find((candidate) => candidate.class === 'principle-reworded');
    const parts = change?.text ?? [];
    expect(parts.filter((part) => !part.added).map((part) => part.value).join('')).toBe(change?.before);
    expect(parts.filter((part) => !part.removed).map((part) => part.value).join('')).toBe(change?.after);
  });

  it('keeps Swedish words whole in the word diff', () => {
    const [before, after] = loadPair('unicode');
    const change = diffCompacts(before, after).changes.find((candidate) => candidate.class === 'principle-reworded');
    expect(change?.text?.filter((part) => part.removed).map((part) => part.value)).toEqual(['tillgänglighet']);
    expect(change?.text?.filter((part) => part.added).map((part) => part.value.trim())).toEqual(['tillgängligheten', 'all']);
  });

  it('summarises entries by what happened to them and the overall level', () => {
    const [before, after] = loadPair('commitments');
    const { summary } = diffCompacts(before, after);
    expect(summary.level).toBe('major');
    expect(summary.entries.commitment).toEqual({ added: 1, removed: 1, changed: 2, moved: 0, renamed: 0 });
    expect(summary.byLevel).toEqual({ major: 4, minor: 2, patch: 0 });
  });

  it('leaves out ignored classes, in the changes and in the summary', () => {
    const [before, after] = loadPair('commitments');
    const { changes, summary } = diffCompacts(before, after, { ignore: ['commitment-added', 'commitment-removed', 'commitment-reworded', 'commitment-moved-between-parties'] });
    expect(new Set(changes.map((change) => change.class))).toEqual(new Set(['commitment-lost-principle', 'commitment-gained-principle']));
    expect(summary.level).toBe('minor');
  });

  it('refuses two different format versions and a threshold outside (0, 1]', () => {
    const [before, after] = loadPair('format-version');
    expect(() => diffCompacts(before, after)).toThrow(/different versions of the compact format/);
    expect(() => diffCompacts(before, before, { threshold: 0 })).toThrow(/threshold/);
  });
});

describe('the diff command page', () => {
  it('lists every change class with its level in the diff reference', async () => {
    const { readFile } = await import('node:fs/promises');
    const reference = await readFile('docs/commands/diff.md', 'utf8');
    for (const [name, info] of Object.entries(CHANGE_CLASSES)) expect(reference).toContain(`| \`${name}\` | ${info.level} | ${info.description} |`);
  });
});

describe('format 1.1 changes in the text report', () => {
  it('are grouped by area: outcomes after principles, the end with adoption and review, accession with the signatories, related documents and source last', async () => {
    const { groupChanges } = await import('../../src/diff/index.js');
    const [before, after] = loadPair('format-1-1');
    const groups = groupChanges(diffCompacts(before, after).changes).map((group) => group.title);
    expect(groups).toEqual(['Outcomes', 'Commitments', 'Governance', 'Adoption and review', 'Signatories', 'Related documents and source']);
  });
});

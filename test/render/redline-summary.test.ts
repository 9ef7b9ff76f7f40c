import { describe, expect, it } from 'vitest';
import { CHANGE_CLASS_NAMES } from '../../src/diff/classes.js';
import type { SummaryPart } from '../../src/diff/format/summary-line.js';
import type { EntryType } from '../../src/diff/types.js';
import { loadTemplates } from '../../src/render/markdown.js';
import { summarySentence } from '../../src/render/redline.js';

const ENTRY_TYPES: EntryType[] = [
  'principle', 'commitment', 'party', 'section', 'definition', 'body', 'member',
  'meeting', 'action plan', 'role', 'contact', 'decision', 'revision', 'signatory',
];
const ACTIONS = ['added', 'removed', 'renamed', 'changed', 'moved'] as const;

describe('the summary line of a redline', () => {
  it('is worded in Swedish for a Swedish document, the participle agreeing with the noun', async () => {
    const { strings } = await loadTemplates('sv');
    const parts: SummaryPart[] = [
      { type: 'principle', action: 'renamed', count: 1 },
      { type: 'commitment', action: 'added', count: 1 },
      { type: 'commitment', action: 'moved', count: 2 },
      { type: 'action plan', action: 'removed', count: 1 },
      { changeClass: 'status-changed', count: 1 },
      { changeClass: 'adoption-changed', count: 3 },
    ];
    expect(summarySentence(parts, strings)).toBe(
      '1 princip omdöpt, 1 åtagande tillagt, 2 åtaganden flyttade, 1 handlingsplan borttagen, status ändrad, uppgifterna om antagandet ändrade (3).',
    );
    expect(summarySentence([], strings)).toBe('Inga ändringar.');
  });

  it('reads as compact diff prints it in English', async () => {
    const { strings } = await loadTemplates('en');
    const parts: SummaryPart[] = [
      { type: 'action plan', action: 'added', count: 2 },
      { type: 'signatory', action: 'removed', count: 1 },
      { changeClass: 'review-cycle-changed', count: 1 },
    ];
    expect(summarySentence(parts, strings)).toBe('2 action plans added, 1 signatory removed, review cycle changed.');
  });

  it.each(['sv', 'en'] as const)('has a wording in %s for every kind of entry, action and change class', async (lang) => {
    const { strings } = await loadTemplates(lang);
    for (const type of ENTRY_TYPES) {
      for (const action of ACTIONS) {
        for (const count of [1, 2]) expect(summarySentence([{ type, action, count }], strings)).toMatch(new RegExp(`^${count} \\S.* \\S+\\.$`));
      }
    }
    for (const changeClass of CHANGE_CLASS_NAMES) {
      expect(summarySentence([{ changeClass, count: 1 }], strings)).not.toMatch(/-/);
    }
  });
});

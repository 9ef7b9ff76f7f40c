import { describe, expect, it } from 'vitest';
import { signingCopies } from '../../src/render/index.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { withSignatories } from '../render/helpers.js';

describe('the signing copy of an organisation with co-signatories', () => {
  const compact = withSignatories();
  const municipality = compact.signatories![0]!;
  compact.signatories!.splice(1, 0, { ...municipality, name: 'Lars Lind', role: 'Kommundirektör' });

  it('is one copy for the organisation, not one per person', () => {
    expect(signingCopies(compact).filter((copy) => copy.signatory.organisation === municipality.organisation)).toHaveLength(1);
  });

  it('leaves a block to sign for each person who signs for it', async () => {
    const markdown = await renderMarkdown(compact, { signatory: municipality });
    const blocks = markdown.split(`### För ${municipality.organisation}\n`).slice(1);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(new RegExp(`Namnförtydligande: ${municipality.name}\\\\?\\n`));
    expect(blocks[1]).toMatch(/Namnförtydligande: Lars Lind\\?\n/);
    for (const block of blocks) expect(block.split('\n### ')[0]).toContain('Underskrift: ');
  });
});

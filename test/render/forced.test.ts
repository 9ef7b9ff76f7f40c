import { describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import { renderableData } from '../../src/render/forced.js';

const BASE = {
  compact: 1,
  id: 'exempelby',
  title: 'Överenskommelse',
  language: 'sv',
  status: 'adopted',
  parties: [
    { id: 'kommunen', name: 'Exempelby kommun', role: 'public' },
    { id: 'foreningarna', name: 'Föreningarna', role: 'civil-society' },
  ],
  principles: [{ id: 'dialog', title: 'Dialog', text: 'En dialog.' }],
};

describe('what render --force renders of an invalid compact', () => {
  it('is the compact itself when it is valid apart from counts and a missing adoption', async () => {
    const oneParty = { ...BASE, parties: [BASE.parties[0]] };
    expect(renderableData(oneParty)).toEqual(oneParty);
    expect(await render(renderableData(oneParty)!, { format: 'md' })).toContain('Exempelby kommun');
  });

  it('leaves out entries and values the templates cannot read, and renders the rest', async () => {
    const broken = { ...BASE, sections: [{ id: 'a', text: 'utan rubrik' }, { id: 'b', title: 'Syfte', text: 'Samverkan.' }], signatories: { party: 'kommunen' }, review: { last_reviewed: { year: 2020 } } };
    const renderable = renderableData(broken)!;
    expect(renderable).toEqual({ ...BASE, sections: [{ id: 'b', title: 'Syfte', text: 'Samverkan.' }], review: {} });
    expect(await render(renderable, { format: 'html' })).toContain('Syfte');
  });

  it('is nothing when no title, language, status, party or principle is left to render', () => {
    expect(renderableData({ ...BASE, parties: [[BASE.parties[0]]] })).toBeUndefined();
    expect(renderableData({ ...BASE, principles: [] })).toBeUndefined();
    expect(renderableData({ ...BASE, status: 'antagen' })).toBeUndefined();
    expect(renderableData({ ...BASE, language: 'de' })).toBeUndefined();
    expect(renderableData([BASE])).toBeUndefined();
  });
});

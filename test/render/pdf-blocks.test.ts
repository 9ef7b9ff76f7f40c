import { describe, expect, it } from 'vitest';
import { createMarkdownIt } from '../../src/render/markdown-it.js';
import { tokensToBlocks, type Block } from '../../src/render/pdf/blocks.js';
import { parseSignatureLine } from '../../src/render/pdf/signature.js';

const blocks = (markdown: string): Block[] => tokensToBlocks(createMarkdownIt().parse(markdown, {}));

describe('parseSignatureLine', () => {
  it('splits a label from its blank', () => {
    expect(parseSignatureLine('Underskrift: ____________________')).toEqual([
      { kind: 'label', text: 'Underskrift:' },
      { kind: 'blank', length: 20 },
    ]);
  });

  it('finds several blanks on one line', () => {
    expect(parseSignatureLine('Ort: ________ Datum: __________')).toEqual([
      { kind: 'label', text: 'Ort:' },
      { kind: 'blank', length: 8 },
      { kind: 'text', text: 'Datum:' },
      { kind: 'blank', length: 10 },
    ]);
  });

  it('splits the label from the text filled in after it', () => {
    expect(parseSignatureLine('Ort och datum: Örebro, ________')).toEqual([
      { kind: 'label', text: 'Ort och datum:' },
      { kind: 'text', text: 'Örebro,' },
      { kind: 'blank', length: 8 },
    ]);
    expect(parseSignatureLine('Namnförtydligande: Bo Berg')).toEqual([
      { kind: 'label', text: 'Namnförtydligande:' },
      { kind: 'text', text: 'Bo Berg' },
    ]);
  });

  it('leaves short runs of underscores as text', () => {
    expect(parseSignatureLine('snake_case and _______')).toEqual([{ kind: 'text', text: 'snake_case and _______' }]);
  });
});

describe('tokensToBlocks', () => {
  it('reads escaped underscores as a signature block, one entry per line', () => {
    const [block] = blocks('Underskrift: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\nNamnförtydligande: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_');
    expect(block).toEqual({
      kind: 'signature',
      lines: [
        [{ kind: 'label', text: 'Underskrift:' }, { kind: 'blank', length: 10 }],
        [{ kind: 'label', text: 'Namnförtydligande:' }, { kind: 'blank', length: 10 }],
      ],
    });
  });

  it('keeps hard line breaks in a paragraph and joins soft ones with a space', () => {
    const [block] = blocks('Namn: Anna\\\nRoll: Ordförande\nsom leder');
    const text = block?.kind === 'paragraph' ? block.runs.map((run) => run.text).join('') : '';
    expect(text).toBe('Namn: Anna\nRoll: Ordförande som leder');
  });

  it('turns a thematic break into a page break and caps heading levels at four', () => {
    expect(blocks('## A\n\n---\n\n###### B')).toEqual([
      { kind: 'heading', level: 2, text: 'A', runs: [{ text: 'A', bold: false, italic: false, code: false, strike: false }] },
      { kind: 'pageBreak' },
      { kind: 'heading', level: 4, text: 'B', runs: [{ text: 'B', bold: false, italic: false, code: false, strike: false }] },
    ]);
  });

  it('keeps inline styles and prints a link address after its text', () => {
    const [block] = blocks('**Fet** och *kursiv* med `kod` och [webbplatsen](https://exempelby.se) och <https://a.se>.');
    expect(block?.kind).toBe('paragraph');
    const runs = block?.kind === 'paragraph' ? block.runs : [];
    expect(runs.map((run) => run.text).join('')).toBe('Fet och kursiv med kod och webbplatsen (https://exempelby.se) och https://a.se.');
    expect(runs[0]).toMatchObject({ text: 'Fet', bold: true, italic: false });
    expect(runs.find((run) => run.text === 'kursiv')).toMatchObject({ italic: true });
    expect(runs.find((run) => run.text === 'kod')).toMatchObject({ code: true });
    expect(runs.find((run) => run.text.startsWith('webbplatsen'))).toMatchObject({ href: 'https://exempelby.se' });
  });

  it('nests lists and keeps the start number of ordered lists', () => {
    const [list] = blocks('3. Ett\n   - a\n   - b\n4. Två');
    expect(list).toMatchObject({ kind: 'list', ordered: true, start: 3 });
    const items = list?.kind === 'list' ? list.items : [];
    expect(items).toHaveLength(2);
    expect(items[0]?.[1]).toMatchObject({ kind: 'list', ordered: false, items: [[{ kind: 'paragraph' }], [{ kind: 'paragraph' }]] });
  });

  it('reads block quotes, code and tables', () => {
    expect(blocks('> citat\n\n```\nkod\n```\n\n| a | b |\n| - | - |\n| 1 | 2 |')).toEqual([
      { kind: 'quote', blocks: [{ kind: 'paragraph', runs: [expect.objectContaining({ text: 'citat' })] }] },
      { kind: 'code', text: 'kod' },
      expect.objectContaining({ kind: 'table', header: ['a', 'b'], rows: [['1', '2']] }),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { currentText, markText, markWords, protectText, restoreLiteralMarks } from '../../src/render/change-marks.js';
import { createMarkdownIt } from '../../src/render/markdown-it.js';
import { wordDiff } from '../../src/diff/text.js';

const redline = (markdown: string) => createMarkdownIt({ changeMarks: true }).render(restoreLiteralMarks(markdown));

describe('change marks', () => {
  it('render a word diff as <del> and <ins>, a space between a replaced and a replacing run', () => {
    const marked = markWords(wordDiff('Svar inom rimlig tid.', 'Svar inom fem arbetsdagar.'));
    expect(redline(marked)).toBe('<p>Svar inom <del>rimlig tid</del> <ins>fem arbetsdagar</ins>.</p>\n');
    expect(currentText(marked)).toBe('Svar inom fem arbetsdagar.');
  });

  it('keep block syntax, fences, trailing spaces and hard breaks outside the marks', () => {
    const text = '- första\n- andra\n\n> citat\\\nrad\n\n```\nkod\n```';
    expect(markText(text, 'inserted')).toBe('- ⸢första⸣\n- ⸢andra⸣\n\n> ⸢citat⸣\\\n⸢rad⸣\n\n```\n⸢kod⸣\n```');
    const html = redline(markText(text, 'deleted'));
    expect(html).toContain('<li><del>första</del></li>');
    expect(html).toContain('<blockquote>\n<p><del>citat</del><br>\n<del>rad</del></p>');
    expect(html).toContain('<del class="block"><pre><code>kod\n</code></pre></del>');
  });

  it('stay balanced across emphasis and links, and show code and link addresses as they now read', () => {
    const marked = markWords(wordDiff('Se `kod a` och [sidan](https://a.se/gammal).', 'Se `kod b` och **mycket** [sidan](https://a.se/ny).'));
    const html = redline(marked);
    expect(html).toContain('<code>kod b</code>');
    expect(html).toContain('<strong><ins>mycket</ins></strong>');
    expect(html).toContain('href="https://a.se/ny"');
    expect(html.match(/<ins>/g)?.length).toBe(html.match(/<\/ins>/g)?.length);
    expect(html.match(/<del>/g)?.length ?? 0).toBe(html.match(/<\/del>/g)?.length ?? 0);
  });

  it('leave ~~, ++ and the mark characters themselves literal when they are part of the text', () => {
    const text = protectText('Inte ~~struken~~, inte ++tillagd++ och inte ⸢markerad⸣ eller ⸤struken⸥.');
    expect(redline(text)).toBe('<p>Inte ~~struken~~, inte ++tillagd++ och inte ⸢markerad⸣ eller ⸤struken⸥.</p>\n');
    expect(redline(markText(text, 'inserted'))).toBe('<p><ins>Inte ~~struken~~, inte ++tillagd++ och inte ⸢markerad⸣ eller ⸤struken⸥.</ins></p>\n');
  });

  it('are not read by the markdown-it of a normal render, which keeps GFM strikethrough', () => {
    expect(createMarkdownIt().render('~~x~~')).toBe('<p><s>x</s></p>\n');
    expect(createMarkdownIt({ changeMarks: true }).render('~~x~~')).toBe('<p>~~x~~</p>\n');
  });
});

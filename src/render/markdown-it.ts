import MarkdownIt from 'markdown-it';

/**
 * The one markdown-it configuration that every output (HTML, PDF) parses the rendered Markdown with,
 * so the outputs cannot drift apart: CommonMark with tables and strikethrough, raw HTML shown as text,
 * no automatic links and no typographic replacements (the text is printed as written).
 */
export function createMarkdownIt(): MarkdownIt {
  return new MarkdownIt('default', { html: false, linkify: false, typographer: false });
}

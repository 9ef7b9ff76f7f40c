import MarkdownIt from 'markdown-it';
import { changeMarks } from './change-marks.js';

export interface MarkdownItOptions {
  /** Read the change marks of a redline (see change-marks.ts); GFM strikethrough is then off. */
  changeMarks?: boolean;
}

/**
 * The one markdown-it configuration that every output (HTML, PDF) parses the rendered Markdown with,
 * so the outputs cannot drift apart: CommonMark with tables and strikethrough, raw HTML shown as text,
 * no automatic links and no typographic replacements (the text is printed as written).
 */
export function createMarkdownIt(options: MarkdownItOptions = {}): MarkdownIt {
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  if (options.changeMarks) md.use(changeMarks);
  return md;
}

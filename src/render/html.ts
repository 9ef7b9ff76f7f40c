import type { Token } from 'markdown-it';
import { slugify } from '../util/suggest.js';
import { contentSecurityPolicy, replaceImages, type RefusedImage } from './html-images.js';
import { createMarkdownIt } from './markdown-it.js';
import { MIN_BLANK_UNDERSCORES } from './pdf/signature.js';

export interface HtmlPage {
  lang: string;
  /** The document title, as plain text. */
  title: string;
  /** The heading of the table of contents, as plain text. */
  contentsLabel: string;
  /** The footer line, as plain text. */
  footer: string;
  /** The stylesheet, inlined. */
  style: string;
  /** Read the change marks of a redline as `<ins>` and `<del>`. */
  changeMarks?: boolean;
  /** Let images load from the network (`--allow-remote-images`); by default they are links. */
  allowRemoteImages?: boolean;
  /** The compact's folder: images given as file paths in it are embedded as data: URIs; without it they are shown as alt text. */
  baseDir?: string;
  /** Told of each image given as a file path that was not embedded (shown as its alt text instead). */
  onImageRefused?: (image: RefusedImage) => void;
}

/**
 * One self-contained HTML file from the rendered Markdown: the title block in `<header>`, a table of contents of
 * the sections in `<nav>`, the sections in `<main>`, a `<footer>`; every heading has an id to link to. Raw HTML in
 * the Markdown is shown as text.
 */
export function markdownToHtml(markdown: string, page: HtmlPage): string {
  const md = createMarkdownIt({ changeMarks: page.changeMarks ?? false });
  const tokens = md.parse(markdown, {});
  const ids = new Set<string>();
  const contentsId = uniqueId(page.contentsLabel, ids);
  const contents: { id: string; text: string }[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open') return;
    const text = plainText(tokens[index + 1]);
    const id = uniqueId(text || plainText(tokens[index + 1], true), ids);
    token.attrSet('id', id);
    if (token.tag === 'h2') contents.push({ id, text });
  });
  markSignatureLines(tokens);
  replaceImages(tokens, { allowRemote: page.allowRemoteImages === true, baseDir: page.baseDir, onRefused: page.onImageRefused });
  const firstSection = tokens.findIndex((token) => token.type === 'heading_open' && token.tag !== 'h1');
  const split = firstSection === -1 ? tokens.length : firstSection;
  const escape = md.utils.escapeHtml;
  md.renderer.rules.text = (parts, index) => escape(parts[index]!.content).replace(BLANK, '<span class="blank"></span>');
  const render = (part: Token[]) => md.renderer.render(part, md.options, {});
  const nav = contents.length === 0 ? '' : [
    `<nav aria-labelledby="${contentsId}">`,
    `<h2 id="${contentsId}">${escape(page.contentsLabel)}</h2>`,
    '<ol>',
    ...contents.map((entry) => `<li><a href="#${entry.id}">${escape(entry.text)}</a></li>`),
    '</ol>',
    '</nav>',
  ].join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${escape(page.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(page.allowRemoteImages === true)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(page.title)}</title>`,
    `<style>\n${page.style.trim()}\n</style>`,
    '</head>',
    '<body>',
    `<header>\n${render(tokens.slice(0, split)).trim()}\n</header>`,
    nav,
    `<main>\n${render(tokens.slice(split)).trim()}\n</main>`,
    `<footer>\n<p>${escape(page.footer)}</p>\n</footer>`,
    '</body>',
    '</html>',
    '',
  ].filter((part) => part !== '').join('\n');
}

/** A run of underscores to sign on, as the PDF reads it too. */
const BLANK = new RegExp(`_{${MIN_BLANK_UNDERSCORES},}`, 'g');

/** Paragraphs with blanks to sign on get the class `signature`, which gives them room to write. */
function markSignatureLines(tokens: Token[]): void {
  tokens.forEach((token, index) => {
    const inline = tokens[index + 1];
    if (token.type !== 'paragraph_open' || inline?.type !== 'inline') return;
    if ((inline.children ?? []).some((child) => child.type === 'text' && new RegExp(BLANK.source).test(child.content))) token.attrSet('class', 'signature');
  });
}

/** A heading's text as it now reads (deleted words left out unless `withDeleted`), for its id and the table of contents. */
function plainText(inline: Token | undefined, withDeleted = false): string {
  let deleted = 0;
  let text = '';
  for (const child of inline?.children ?? []) {
    if (child.type === 'del_open' || child.type === 'note_open') deleted++;
    else if (child.type === 'del_close' || child.type === 'note_close') deleted--;
    else if ((withDeleted || deleted === 0) && (child.type === 'text' || child.type === 'code_inline')) text += child.content;
  }
  return text;
}

function uniqueId(text: string, taken: Set<string>): string {
  const base = slugify(text) || 'section';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

import { checkRenderArguments } from '../api/render-arguments.js';
import type { Compact, Language, Signatory } from '../model/index.js';
import { compileTemplates, type CompiledTemplates } from './template.js';
import { readTemplateFiles } from './template-files.js';
import { buildView, type ChangesNote } from './view.js';

export interface MarkdownOptions {
  /** The language of the labels; defaults to the compact's `language`. */
  lang?: Language;
  /** A folder of templates that overrides the built-in ones file by file. */
  templateDir?: string;
  /** Render the copy for one signing organisation, its name filled in on the signature page. */
  signatory?: Signatory;
}

/** Reads and compiles the templates of a language once, for any number of renders. */
export async function loadTemplates(lang: Language, templateDir?: string): Promise<CompiledTemplates> {
  return compileTemplates(await readTemplateFiles(lang, templateDir), lang);
}

/** The compact as Markdown through compiled templates. */
export function markdownFrom(templates: CompiledTemplates, compact: Compact, signatory?: Signatory, changes?: ChangesNote): string {
  return tidyMarkdown(templates.render(buildView(compact, { lang: templates.strings.lang, signatory, changes })));
}

/** Renders a compact as CommonMark through the templates of its language (or `lang`). */
export async function renderMarkdown(compact: Compact, options: MarkdownOptions = {}): Promise<string> {
  const lang = checkRenderArguments('renderMarkdown', compact, options ?? {});
  const templates = await loadTemplates(lang, options.templateDir);
  return markdownFrom(templates, compact, options.signatory);
}

/**
 * Parts of a template that render nothing leave blank lines behind: outside code blocks, runs of blank lines
 * become one, and the text ends with one newline.
 */
export function tidyMarkdown(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence === undefined && marker) fence = marker;
    else if (fence !== undefined && marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    const line = fence === undefined && raw.trim() === '' ? '' : raw;
    if (fence === undefined && line === '' && (out.length === 0 || out.at(-1) === '')) continue;
    out.push(line);
  }
  while (out.at(-1) === '') out.pop();
  return `${out.join('\n')}\n`;
}

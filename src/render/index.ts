import type { Compact, Language, Signatory } from '../model/index.js';
import { checkRenderArguments, checkRendererOptions } from '../api/render-arguments.js';
import { htmlPage } from './html-page.js';
import { markdownToHtml } from './html.js';
import type { RefusedImage } from './html-images.js';
import { loadTemplates, markdownFrom } from './markdown.js';
import { loadPdfBackend } from './pdf-backend.js';
import { docxMeta, pdfMeta } from './pdf-meta.js';

export type RenderFormat = 'md' | 'html' | 'pdf' | 'docx';
export const RENDER_FORMATS: readonly RenderFormat[] = ['md', 'html', 'pdf', 'docx'];

export interface RenderOptions {
  format: RenderFormat;
  /** The language of the labels; defaults to the compact's `language`. */
  lang?: Language;
  /** A folder of templates that overrides the built-in ones file by file. */
  templateDir?: string;
  /** Render the copy for one signing organisation, its name filled in on the signature page. */
  signatory?: Signatory;
  /** Where SOURCE_DATE_EPOCH is read from (for the PDF dates); defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** html: let images load from the network; by default a remote image is shown as a link. */
  allowRemoteImages?: boolean;
  /**
   * html: the compact's folder. An image given as a file path (`![Logga](bilder/logga.png)`) is read from it and
   * embedded as a data: URI: a PNG, JPEG, GIF, WebP or SVG file of at most 2 MB inside this folder. Without it, or
   * when the file is refused, the image is shown as its alt text.
   */
  baseDir?: string;
  /** html: told of each image given as a file path that was not embedded, and why. */
  onImageRefused?: (image: RefusedImage) => void;
}

/** Templates compiled once, rendering any number of compacts or signing copies in one format and language. */
export interface Renderer {
  format: RenderFormat;
  lang: Language;
  render(compact: Compact, signatory?: Signatory): Promise<string | Buffer>;
}

export async function createRenderer(options: { format: RenderFormat; lang: Language; templateDir?: string; env?: NodeJS.ProcessEnv; allowRemoteImages?: boolean; baseDir?: string; onImageRefused?: (image: RefusedImage) => void }): Promise<Renderer> {
  checkRendererOptions(options, RENDER_FORMATS);
  const { format, lang } = options;
  const templates = await loadTemplates(lang, options.templateDir);
  const { strings } = templates;
  const toPdf = format === 'pdf' ? await loadPdfBackend() : undefined;
  return {
    format,
    lang,
    async render(compact, signatory) {
      const markdown = markdownFrom(templates, compact, signatory);
      if (format === 'md') return markdown;
      if (toPdf) return toPdf(markdown, pdfMeta(compact, strings, options.env));
      if (format === 'docx') {
        const { markdownToDocx } = await import('./docx/index.js');
        return markdownToDocx(markdown, docxMeta(compact, strings, options.env));
      }
      return markdownToHtml(markdown, {
        ...htmlPage(compact, strings, templates.style),
        allowRemoteImages: options.allowRemoteImages === true,
        baseDir: options.baseDir,
        onImageRefused: options.onImageRefused,
      });
    },
  };
}

/** Renders a compact as Markdown or HTML (a string) or PDF or Word (a Buffer), all from the same template Markdown. */
export async function render(compact: Compact, options: RenderOptions): Promise<string | Buffer> {
  const lang = checkRenderArguments('render', compact, options, RENDER_FORMATS);
  const renderer = await createRenderer({ format: options.format, lang, templateDir: options.templateDir, env: options.env, allowRemoteImages: options.allowRemoteImages === true, baseDir: options.baseDir, onImageRefused: options.onImageRefused });
  return renderer.render(compact, options.signatory);
}

export { renderMarkdown, type MarkdownOptions } from './markdown.js';
export { markdownToHtml, type HtmlPage } from './html.js';
export { MAX_IMAGE_BYTES, type ImageRefusal, type RefusedImage } from './html-images.js';
export { createMarkdownIt, type MarkdownItOptions } from './markdown-it.js';
export { renderRedline, type RedlineDocument, type RedlineFormat, type RedlineOptions } from './redline.js';
export { formatDate } from './dates.js';
export { TemplateError } from './errors.js';
export { signingCopies, type SigningCopy } from './signatories.js';
export { renderableData } from './forced.js';
export type { PdfMeta, PdfOptions } from './pdf-backend.js';
export type { DocxMeta, DocxOptions } from './docx/index.js';

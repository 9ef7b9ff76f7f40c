import type { Compact } from '../model/index.js';
import type { HtmlPage } from './html.js';
import { label, type Strings } from './strings.js';

/** The frame of a rendered compact's HTML page: its language, title, table of contents label and footer. */
export function htmlPage(compact: Compact, strings: Strings, style: string): HtmlPage {
  return {
    lang: strings.lang,
    title: compact.title,
    contentsLabel: label(strings, 'html.contents'),
    footer: label(strings, 'html.footer', { title: compact.title, status: label(strings, `status.${compact.status}`) }),
    style,
  };
}

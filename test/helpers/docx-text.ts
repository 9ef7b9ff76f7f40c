import { readFileSync } from 'node:fs';
import JSZip from 'jszip';

/** The body of a Word document (word/document.xml). */
export async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return zip.files['word/document.xml']!.async('string');
}

/** The text of the body with every tracked change accepted, or rejected: paragraph by paragraph. */
export function resolvedText(documentXml: string, decision: 'accept' | 'reject'): string {
  const [drop, keep] = decision === 'accept' ? ['del', 'ins'] : ['ins', 'del'];
  // The table of contents is a field Word fills in again from the headings; its entries are left out.
  const xml = documentXml
    .replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, '')
    .replace(new RegExp(`<w:${drop} [^>]*>[\\s\\S]*?</w:${drop}>`, 'g'), '')
    .replace(new RegExp(`</?w:${keep}(?: [^>]*)?>`, 'g'), '')
    .replace(/<w:delText[^>]*>/g, '<w:t>')
    .replace(/<\/w:delText>/g, '</w:t>');
  return xml
    .split('</w:p>')
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''))
    // Runs of spaces read as one, as in Word's own comparison of texts.
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '')
    .join('\n');
}

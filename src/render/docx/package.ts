import JSZip from 'jszip';

/**
 * The same document gives the same bytes: the docx package stamps the core properties with the clock, writes the zip
 * entries with the clock's time and gives links random relationship ids. The dates are set to the document's date, the
 * ids numbered in the order the links appear, and the entries written in a fixed order.
 */
/** The relationship ids the docx package draws at random for links (`rId` and 21 characters of nanoid's alphabet). */
const RANDOM_ID = /\brId[a-z0-9_-]{21}(?![a-z0-9_-])/g;

export async function fixDates(bytes: Buffer, date: Date): Promise<Buffer> {
  const source = await JSZip.loadAsync(bytes);
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const zip = new JSZip();
  const names = Object.keys(source.files).filter((name) => !source.files[name]!.dir);
  // [Content_Types].xml first, as Word writes it; then the rest in the order they were written.
  names.sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  const contents = new Map<string, string | Uint8Array>();
  for (const name of names) {
    const bytes = await source.files[name]!.async('uint8array');
    contents.set(name, /\.(xml|rels)$/.test(name) ? new TextDecoder().decode(bytes) : bytes);
  }
  const ids = new Map<string, string>();
  // The main document first, so that the numbers follow the order of the links in the text.
  const texts = [...contents.entries()].sort(([a], [b]) => Number(b === 'word/document.xml') - Number(a === 'word/document.xml'));
  for (const [, content] of texts) if (typeof content === 'string') for (const [id] of content.matchAll(RANDOM_ID)) if (!ids.has(id)) ids.set(id, `rIdLink${ids.size + 1}`);
  // The docx package numbers the headings' bookmarks with a counter that runs on from one document to the next.
  const bookmarks = new Map<string, string>();
  for (const [, number] of String(contents.get('word/document.xml') ?? '').matchAll(/_Toc(\d+)/g)) if (!bookmarks.has(number!)) bookmarks.set(number!, String(bookmarks.size + 1));
  for (const name of names) {
    let content = contents.get(name)!;
    if (typeof content === 'string') {
      content = content
        .replace(RANDOM_ID, (id) => ids.get(id) ?? id)
        .replace(/_Toc(\d+)/g, (whole, number: string) => (bookmarks.has(number) ? `_Toc${bookmarks.get(number)}` : whole))
        .replace(/(<w:bookmark(?:Start|End)\b[^>]*? w:id=")(\d+)"/g, (whole, start: string, number: string) => (bookmarks.has(number) ? `${start}${bookmarks.get(number)}"` : whole));
      if (name === 'docProps/core.xml') content = content.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`);
    }
    // JSZip writes an entry's date as its UTC time, so the entries carry the document's UTC time in every time zone.
    zip.file(name, content, { date, createFolders: false });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

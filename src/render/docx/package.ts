import JSZip from 'jszip';

/**
 * The same document gives the same bytes: the docx package stamps the core properties with the clock and writes the
 * zip entries with the clock's time. Both are set to the document's date, and the entries are written in a fixed order.
 */
export async function fixDates(bytes: Buffer, date: Date): Promise<Buffer> {
  const source = await JSZip.loadAsync(bytes);
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const zip = new JSZip();
  const names = Object.keys(source.files).filter((name) => !source.files[name]!.dir);
  // [Content_Types].xml first, as Word writes it; then the rest in the order they were written.
  names.sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  for (const name of names) {
    let content: string | Uint8Array = await source.files[name]!.async('uint8array');
    if (name === 'docProps/core.xml') {
      content = new TextDecoder().decode(content).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`);
    }
    zip.file(name, content, { date: zipDate(date), createFolders: false });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

/** JSZip writes an entry's local time; a date shifted by the zone's offset is written as the document's UTC time on any machine. */
function zipDate(date: Date): Date {
  return new Date(date.getTime() + date.getTimezoneOffset() * 60_000);
}

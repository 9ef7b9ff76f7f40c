import PDFDocument from 'pdfkit';

/** A small two-page PDF written by pdfkit with fixed dates, so it is the same bytes every time. */
export function twoPagePdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const fixed = new Date('2024-05-01T10:00:00Z');
    const doc = new PDFDocument({ size: 'A4', info: { Title: 'Överenskommelse', CreationDate: fixed, ModDate: fixed } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text('Överenskommelse om samverkan — sida ett');
    doc.addPage();
    doc.text('Underskrifter — sida två');
    doc.end();
  });
}

import { escapeXml } from '../../report/xml.js';

type InfoValue = string | Date | undefined;

interface MetadataInternals {
  info: Record<string, InfoValue>;
  endMetadata(): void;
}

/**
 * pdfkit 0.20 copies Title, Author, Subject and Keywords into the XMP packet without escaping them,
 * so a title with "&" or "<" would make the metadata ill-formed XML. The document information
 * dictionary is written before the XMP packet; escape the values only while the packet is built.
 */
export function escapeXmpInfo(doc: PDFKit.PDFDocument): void {
  const internals = doc as unknown as MetadataInternals;
  const endMetadata = internals.endMetadata.bind(doc);
  internals.endMetadata = () => {
    const info = internals.info;
    internals.info = Object.fromEntries(
      Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]),
    );
    try {
      endMetadata();
    } finally {
      internals.info = info;
    }
  };
}

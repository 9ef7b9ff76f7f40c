import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';
import { readBinaryFile } from '../util/read-binary.js';

/**
 * Reads a signatory spreadsheet saved as CSV: UTF-8 (with or without a byte order mark), or UTF-16 with a byte
 * order mark (what Excel writes as "Unicode Text"). Anything else is refused rather than guessed: Excel's plain
 * "CSV" is Windows-1252 in Sweden and England, and reading it as UTF-8 would write "F�reningen" into the compact.
 */
export async function readCsvFile(path: string): Promise<string> {
  const bytes = await readBinaryFile(path);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new CompactError(t('signatory.csv.binary', { file: path }));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CompactError(t('signatory.csv.notUtf8', { file: path }));
  }
}

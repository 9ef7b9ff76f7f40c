import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';

/** DER bytes from a file that holds DER or one PEM block with `label` ("X509 CRL", "OCSP RESPONSE"). */
export function readDerOrPem(bytes: Uint8Array, label: string, name: string): Buffer {
  const buffer = Buffer.from(bytes);
  if (buffer[0] === 0x30) return buffer;
  const text = buffer.toString('latin1');
  const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]+?)-----END ${label}-----`).exec(text);
  if (!match) throw new CompactError(t('sign.notDerOrPem', { file: name, label }));
  return Buffer.from(match[1]!.replace(/\s+/g, ''), 'base64');
}

import type { X509Certificate } from 'node:crypto';

/** The CN of a certificate's subject, if it has one. */
export function commonName(certificate: X509Certificate): string | undefined {
  return distinguishedNameField(certificate.subject, 'CN');
}

/** A field of a distinguished name as node:crypto prints it (one "KEY=value" per line). */
export function distinguishedNameField(name: string, key: string): string | undefined {
  for (const line of name.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0 && line.slice(0, at) === key) return line.slice(at + 1);
  }
  return undefined;
}

/** A subject on one line: "CN=Anna Berg, O=Exempelföreningen". */
export function oneLineName(name: string): string {
  return name.split('\n').filter(Boolean).join(', ');
}

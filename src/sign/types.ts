/** A rectangle on a page in PDF points from the bottom-left corner: [x1, y1, x2, y2]. */
export type Rect = [number, number, number, number];

export interface SignOptions {
  /** The PKCS#12 (.p12/.pfx) file's bytes: the signer's private key and certificate. */
  p12: Uint8Array;
  passphrase: string;
  reason?: string;
  location?: string;
  /** The signer's name in the signature dictionary; defaults to the certificate's common name. */
  name?: string;
  contactInfo?: string;
  /** A visible signature box; without it the signature is invisible. */
  visible?: { page: number; rect: Rect };
  /** The claimed signing time (the signature dictionary's /M); defaults to now. */
  signingTime?: Date;
  /** File names for messages. */
  names?: { pdf?: string; p12?: string };
}

export type Trust = 'trusted' | 'untrusted (no CA given)' | 'untrusted (chain does not reach the given CA)';

export interface SignatureReport {
  /** 1 for the first signature in the file. */
  index: number;
  /** The signature field's name (/T), when it has one. */
  field?: string;
  /** The signer certificate's common name, else the dictionary's /Name. */
  signer?: string;
  /** The signer certificate's subject, as one line. */
  subject?: string;
  /** ISO 8601; from the CMS signing-time attribute when there is one, else the dictionary's /M. */
  signingTime?: string;
  signingTimeSource?: 'cms' | 'dictionary';
  reason?: string;
  location?: string;
  subFilter?: string;
  byteRange: [number, number, number, number];
  /** The signed bytes are unchanged: the digest matches and the signature verifies with the signer's certificate. */
  intact: boolean;
  /** Why the signature is not intact, when it is not. */
  problem?: string;
  /** The signature covers the whole file, not only an earlier revision of it. */
  coversWholeDocument: boolean;
  /** Bytes added after the signed revision (0 when it covers the whole file). */
  bytesAfter: number;
  trust: Trust;
  /** The signer certificate's validity period and whether it had expired at signing time or has expired by now. */
  certificate?: { notBefore: string; notAfter: string; expiredAtSigning: boolean; expiredNow: boolean; notYetValidAtSigning: boolean };
}

export interface VerifyOptions {
  /** Trusted CA certificates, PEM (one or more per buffer) or DER. */
  ca?: Uint8Array[];
  /** "Now" for noting expired certificates; defaults to the clock. */
  now?: Date;
  /** The file name for messages. */
  name?: string;
}

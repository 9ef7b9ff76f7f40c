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
  /**
   * A visible signature box; without it the signature is invisible. With `rect`, there on `page` (default 1);
   * without, at the signature block of `signatory` (an id, name or organisation), else of the certificate's
   * organisation or name, in a PDF compact rendered (see signature-places.ts); else at the bottom left of page 1.
   */
  visible?: { page?: number; rect?: Rect; signatory?: string };
  /** The claimed signing time (the signature dictionary's /M); defaults to now. */
  signingTime?: Date;
  /** File names for messages. */
  names?: { pdf?: string; p12?: string };
  /** Ask this RFC 3161 authority for a signature timestamp: PAdES B-T. */
  tsa?: import('./timestamp.js').TsaOptions;
  /** Sign with RSASSA-PSS rather than PKCS#1 v1.5 when the key is RSA (an RSA-PSS key always signs PSS). */
  rsaPss?: boolean;
}

export type Trust = 'trusted' | 'untrusted (no CA given)' | 'untrusted (chain does not reach the given CA)';

/** PAdES baseline levels (ETSI EN 319 142-1). */
export type SignatureLevel = 'B-B' | 'B-T' | 'B-LT' | 'B-LTA';

/** An RFC 3161 timestamp over a signature (its signature-time-stamp) or over the document (a document timestamp). */
export interface TimestampReport {
  /** 'signature': the signature's own signature-time-stamp; 'document': a later document timestamp that covers it. */
  source: 'signature' | 'document';
  /** The time the authority certifies, ISO 8601. */
  time?: string;
  /** The authority: its certificate's common name. */
  authority?: string;
  authoritySubject?: string;
  /** The token's signature holds, it covers the signature (or the document), and its certificate is for time-stamping. */
  intact: boolean;
  problem?: string;
  /** Whether the authority's certificate chains to a CA given with --ca. */
  trust: Trust;
}

export interface SignatureReport {
  /** 1 for the first signature in the file. */
  index: number;
  /** A signature, or a document timestamp (sub-filter ETSI.RFC3161). */
  kind: 'signature' | 'document-timestamp';
  /** The PAdES baseline level a signature reaches (not given for document timestamps). */
  level?: SignatureLevel;
  /** The timestamp that dates the signature, when there is one. */
  timestamp?: TimestampReport;
  /** What the revocation data in the DSS says about the signer's certificate, when the file has a DSS. */
  revocation?: import('./revocation.js').RevocationStatus & { revokedBeforeSigning?: boolean };
  /** @internal Used while the report is made; not in the result. */
  signerCertificate?: import('node:crypto').X509Certificate;
  /** @internal */
  chainCertificates?: import('node:crypto').X509Certificate[];
  /** The signature field's name (/T), when it has one. */
  field?: string;
  /** The signer certificate's common name, else the dictionary's /Name. */
  signer?: string;
  /** The signer certificate's subject, as one line. */
  subject?: string;
  /** ISO 8601; from the CMS signing-time attribute when there is one, else the dictionary's /M. */
  signingTime?: string;
  signingTimeSource?: 'cms' | 'dictionary' | 'timestamp';
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
  certificate?: {
    notBefore: string;
    notAfter: string;
    expiredAtSigning: boolean;
    expiredNow: boolean;
    notYetValidAtSigning: boolean;
    /** The time validity was judged at: the timestamp's time when the signature has one that holds. */
    judgedAt?: string;
  };
}

export interface VerifyOptions {
  /** Trusted CA certificates: PEM (one or more per buffer or text) or DER bytes, or X509Certificate objects. */
  ca?: import('./chain.js').CaCertificate[];
  /** "Now" for noting expired certificates; defaults to the clock. */
  now?: Date;
  /** The file name for messages. */
  name?: string;
}

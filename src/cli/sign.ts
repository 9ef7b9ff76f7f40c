import { Option, type Command } from 'commander';
import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';
import { readCertificates } from '../sign/chain.js';
import { addValidationData } from '../sign/dss.js';
import { readDerOrPem } from '../sign/der.js';
import { signPdf, timestampPdf } from '../sign/sign-pdf.js';
import { DEFAULT_TSA_TIMEOUT_MS, type TsaOptions } from '../sign/timestamp.js';
import { verifyPdf } from '../sign/verify-pdf.js';
import type { Rect, SignOptions } from '../sign/types.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { readBinaryFile } from '../util/read-binary.js';
import { chooseOutput, collect } from './option-parsers.js';
import { emit } from './output.js';
import { DEFAULT_PASSPHRASE_ENV, resolvePassphrase } from './passphrase.js';

/** Where --visible puts the signature box: bottom left of page 1, in points. */
export const VISIBLE_RECT: Rect = [40, 40, 260, 100];

/** The signing options `compact sign` and `compact render --sign` share. */
export interface SigningFlags {
  p12?: string;
  passphraseEnv: string;
  reason?: string;
  location?: string;
  name?: string;
  contact?: string;
  visible?: boolean;
}

export interface SignCliOptions extends SigningFlags {
  /** Without it (compact sign only), the file is not signed again: only --ltv and --doc-timestamp are added. */
  p12?: string;
  out: string;
  tsa?: string;
  tsaCa?: string[];
  tsaTimeout?: string;
  docTimestamp?: boolean;
  ltv?: boolean;
  crl?: string[];
  ocsp?: string[];
  rsaPss?: boolean;
  signatory?: string;
  page?: string;
  rect?: string;
}

/** The options only `compact sign` takes: timestamps (B-T), validation data (B-LT) and the signature scheme. */
function addLevelOptions(command: Command): Command {
  return command
    .option('--tsa <url>', t('sign.option.tsa'))
    .addOption(new Option('--tsa-ca <file>', t('sign.option.tsaCa')).argParser(collect).default([], 'none'))
    .option('--tsa-timeout <seconds>', t('sign.option.tsaTimeout'), String(DEFAULT_TSA_TIMEOUT_MS / 1000))
    .option('--doc-timestamp', t('sign.option.docTimestamp'))
    .option('--ltv', t('sign.option.ltv'))
    .addOption(new Option('--crl <file>', t('sign.option.crl')).argParser(collect).default([], 'none'))
    .addOption(new Option('--ocsp <file>', t('sign.option.ocsp')).argParser(collect).default([], 'none'))
    .option('--rsa-pss', t('sign.option.rsaPss'))
    .option('--signatory <id-or-name>', t('sign.option.signatory'))
    .option('--page <n>', t('sign.option.page'))
    .option('--rect <x,y,w,h>', t('sign.option.rect'));
}

function visibleEntry(options: SignCliOptions): { visible?: NonNullable<SignOptions['visible']> } {
  const visible = visibleOption(options);
  return visible ? { visible } : {};
}

/** Where --visible puts the box: --page/--rect, the block of --signatory, or found from the certificate. */
function visibleOption(options: SignCliOptions): SignOptions['visible'] {
  if (!options.visible) {
    if (options.signatory !== undefined || options.page !== undefined || options.rect !== undefined) throw new CompactError(t('sign.visible.placeNeedsVisible'));
    return undefined;
  }
  let rect: Rect | undefined;
  if (options.rect !== undefined) {
    const numbers = options.rect.split(',').map((part) => Number(part.trim()));
    if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n)) || numbers[2]! <= 0 || numbers[3]! <= 0) throw new CompactError(t('sign.visible.badRect', { value: options.rect }));
    const [x, y, w, h] = numbers as [number, number, number, number];
    rect = [x, y, x + w, y + h];
  }
  const page = options.page === undefined ? undefined : Number(options.page);
  if (page !== undefined && (!Number.isInteger(page) || page < 1)) throw new CompactError(t('sign.visible.badPage', { value: options.page! }));
  return { ...(rect ? { rect } : page !== undefined ? { rect: VISIBLE_RECT } : {}), ...(page !== undefined ? { page } : {}), ...(options.signatory !== undefined ? { signatory: options.signatory } : {}) };
}

async function tsaOptions(options: SignCliOptions): Promise<TsaOptions | undefined> {
  if (options.tsa === undefined) {
    if (options.docTimestamp) throw new CompactError(t('sign.docTimestampNeedsTsa'));
    if (options.tsaCa?.length) throw new CompactError(t('sign.tsaCaNeedsTsa'));
    return undefined;
  }
  if (!/^https?:\/\//.test(options.tsa)) throw new CompactError(t('sign.tsaUrl', { url: options.tsa }));
  const seconds = Number(options.tsaTimeout ?? DEFAULT_TSA_TIMEOUT_MS / 1000);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new CompactError(t('sign.tsaTimeout', { value: String(options.tsaTimeout) }));
  const ca = (await Promise.all((options.tsaCa ?? []).map(async (file) => readCertificates(await readBinaryFile(file), file)))).flat();
  return { url: options.tsa, timeoutMs: seconds * 1000, ...(ca.length ? { ca } : {}) };
}

/** Adds the signing options `compact sign` and `compact render --sign` share (not --out: each command has its own). */
export function addSignatureOptions(command: Command, p12Required: boolean): Command {
  const p12Description = 'the signer\u2019s certificate and private key (PKCS#12, .p12/.pfx)';
  return (p12Required ? command.requiredOption('--p12 <file>', p12Description) : command.option('--p12 <file>', p12Description))
    .option('--passphrase-env <name>', 'the environment variable that holds the passphrase (asked for on a terminal when unset)', DEFAULT_PASSPHRASE_ENV)
    .option('--reason <text>', 'why it is signed, for example "Godkänd av styrelsen"')
    .option('--location <text>', 'where it is signed, for example "Örebro"')
    .option('--name <text>', 'the signer\u2019s name in the signature (default: the certificate\u2019s common name)')
    .option('--contact <text>', 'contact information for the signer')
    .option('--visible', 'show a signature box at the signer\u2019s block on the signature page (default: an invisible signature)');
}

/** Signs PDF bytes as the options say and writes the result atomically; returns the signature count in the file. */
export async function signToFile(pdf: Buffer, pdfName: string, options: SignCliOptions): Promise<number> {
  const tsa = await tsaOptions(options);
  if (!options.ltv && (options.crl?.length || options.ocsp?.length)) throw new CompactError(t('sign.revocationNeedsLtv'));
  const crls = await Promise.all((options.crl ?? []).map(async (file) => readDerOrPem(await readBinaryFile(file), 'X509 CRL', file)));
  const ocsps = await Promise.all((options.ocsp ?? []).map(async (file) => readDerOrPem(await readBinaryFile(file), 'OCSP RESPONSE', file)));
  let signed = options.p12 === undefined ? pdf : await signOnce(pdf, pdfName, { ...options, p12: options.p12 }, tsa);
  if (options.ltv) signed = await addValidationData(signed, { crls, ocsps }, { pdf: pdfName });
  if (options.docTimestamp && tsa) signed = await timestampPdf(signed, tsa, { pdf: pdfName });
  await writeFileAtomic(options.out, signed);
  return (await verifyPdf(signed, { name: options.out })).length;
}

async function signOnce(pdf: Buffer, pdfName: string, options: SignCliOptions & { p12: string }, tsa: TsaOptions | undefined): Promise<Buffer> {
  const p12 = await readBinaryFile(options.p12);
  const passphrase = await resolvePassphrase(options.passphraseEnv, options.p12);
  return signPdf(pdf, {
    p12,
    passphrase,
    ...(options.reason !== undefined ? { reason: options.reason } : {}),
    ...(options.location !== undefined ? { location: options.location } : {}),
    ...(options.name !== undefined ? { name: options.name } : {}),
    ...(options.contact !== undefined ? { contactInfo: options.contact } : {}),
    ...visibleEntry(options),
    ...signingTimeFromEnv(),
    ...(tsa ? { tsa } : {}),
    ...(options.rsaPss ? { rsaPss: true } : {}),
    names: { pdf: pdfName, p12: options.p12 },
  });
}

/** SOURCE_DATE_EPOCH, when set, fixes the signing time so that a build signs reproducibly. */
function signingTimeFromEnv(): { signingTime?: Date } {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return {};
  if (!/^\d+$/.test(epoch)) throw new CompactError(t('sign.sourceDateEpoch', { value: epoch }));
  return { signingTime: new Date(Number(epoch) * 1000) };
}

export function registerSign(program: Command): void {
  const command = program
    .command('sign')
    .summary('add a PAdES digital signature to a PDF')
    .description(
      'Add a PAdES baseline B-B digital signature (ETSI.CAdES.detached, SHA-256) to a PDF as an incremental update, so signatures already in it stay valid. The passphrase comes from an environment variable or a hidden prompt, never from the command line.',
    )
    .argument('<file>', 'the PDF to sign');
  addLevelOptions(addSignatureOptions(command, false))
    .option('-o, --out <file>', 'where to write the signed PDF (written atomically); required')
    .option('--output <file>', 'the same as --out')
    .addHelpText(
      'after',
      `
Examples:
  $ COMPACT_P12_PASSPHRASE=… compact sign orebro.pdf --p12 anna.p12 --reason "Godkänd" --location Örebro --out orebro-signerad.pdf
  $ compact sign orebro-signerad.pdf --p12 kommunen.p12 --passphrase-env KOMMUN_PASS --visible --out orebro-klar.pdf

Exit codes: 0 signed, 2 usage error or unreadable input (not a PDF, encrypted PDF, wrong passphrase, expired certificate); nothing is written on failure.`,
    )
    .action(async (file: string, flags: Omit<SignCliOptions, 'out'> & { out?: string; output?: string }) => {
      const out = chooseOutput(flags);
      if (out === undefined) throw new CompactError(t('sign.needsOut'));
      if (flags.p12 === undefined && !flags.ltv && !flags.docTimestamp) throw new CompactError(t('sign.needsP12'));
      const pdf = await readBinaryFile(file);
      const signatures = await signToFile(pdf, file, { ...flags, out });
      if (flags.p12 === undefined) await emit(`${t('sign.extended', { file, out, count: signatures })}\n`);
      else await emit(`${t('sign.signed', { file, out, count: signatures })}\n`);
    });
}

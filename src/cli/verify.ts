import { t } from '../i18n/index.js';
import { Option, type Command } from 'commander';
import { CompactError } from '../errors.js';
import { colorFor } from '../report/color.js';
import { readCertificates } from '../sign/chain.js';
import { formatSignatureReports } from '../sign/report-text.js';
import { verifyPdf } from '../sign/verify-pdf.js';
import { readBinaryFile } from '../util/read-binary.js';
import { refuseToOverwriteInput } from '../util/same-file.js';
import { resolveToday } from '../util/today.js';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes.js';
import { collect } from './option-parsers.js';
import { emit, toStdout } from './output.js';

const FORMATS = ['text', 'json'];

interface VerifyCliOptions {
  ca: string[];
  format: string;
  output?: string;
  today?: string;
  color?: boolean;
}

/** Intact, trusted with --ca, its timestamp (if any) intact and trusted with --ca, and not revoked before it was made. */
function signatureHolds(report: import('../sign/types.js').SignatureReport, withCa: boolean): boolean {
  if (!report.intact || (withCa && report.trust !== 'trusted')) return false;
  if (report.timestamp && (!report.timestamp.intact || (withCa && report.timestamp.trust !== 'trusted'))) return false;
  return !(report.revocation?.status === 'revoked' && report.revocation.revokedBeforeSigning !== false);
}

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .summary('check the digital signatures in a PDF')
    .description(
      'List every signature in a PDF: who signed and when, the reason and place, whether the signed bytes are intact, whether it covers the whole document or only an earlier revision, and whether the certificate chain reaches a CA you trust (--ca). Without --ca no signature is called trusted.',
    )
    .argument('<file>', 'the signed PDF')
    .addOption(
      new Option('--ca <file>', 'trusted CA certificates (PEM, one or more per file); repeat for more files')
        .argParser(collect)
        .default([], 'none'),
    )
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--today <date>', 'the date to check certificate expiry against, YYYY-MM-DD (default COMPACT_TODAY, else the clock)')
    .option('--no-color', 'do not colour the output (NO_COLOR and FORCE_COLOR are honoured too)')
    .addHelpText(
      'after',
      `
Examples:
  $ compact verify orebro-signerad.pdf
  $ compact verify orebro-signerad.pdf --ca kommunens-ca.pem --format json --output signatures.json

Exit codes: 0 every signature is intact (and, with --ca, trusted), 1 otherwise or when the PDF has no signatures, 2 usage error or unreadable input.`,
    )
    .action(async (file: string, options: VerifyCliOptions) => {
      if (!FORMATS.includes(options.format)) throw new CompactError(t('cli.format.unknown', { format: options.format, allowed: FORMATS.join(', ') }));
      const pdf = await readBinaryFile(file);
      const ca = await Promise.all(options.ca.map((path) => readBinaryFile(path)));
      ca.forEach((bytes, index) => readCertificates(bytes, options.ca[index]!));
      const now = options.today !== undefined || process.env.COMPACT_TODAY ? new Date(`${resolveToday(options.today)}T12:00:00Z`) : new Date();
      const reports = await verifyPdf(pdf, { ca, now, name: file });
      const ok = reports.length > 0 && reports.every((report) => signatureHolds(report, ca.length > 0));
      const text =
        options.format === 'json'
          ? `${JSON.stringify({ file, ok, signatures: reports }, null, 2)}\n`
          : formatSignatureReports(file, reports, colorFor(process.stdout, { color: toStdout(options.output) ? options.color : false }));
      await refuseToOverwriteInput(options.output, [file]);
      await emit(text, options.output);
      process.exitCode = ok ? EXIT_OK : EXIT_FINDINGS;
    });
}

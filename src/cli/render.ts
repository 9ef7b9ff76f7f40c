import { t } from '../i18n/index.js';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { CompactError } from '../errors.js';
import { atLeast } from '../findings.js';
import { readCompactFile, STDIN_NAME } from '../load/index.js';
import type { Compact } from '../model/index.js';
import type { RenderFormat } from '../render/index.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { refuseToOverwriteInput } from '../util/same-file.js';
import { renderablePart } from '../render/forced.js';
import { printOmissions } from './omissions.js';
import { validate } from '../validate/index.js';
import { EXIT_INTERRUPTED, EXIT_FINDINGS, EXIT_OK } from './exit-codes.js';
import { chooseOutput, inputLimits, LANGUAGES, maxFileSizeOption, parseLanguage } from './option-parsers.js';
import { documentStem, emitDocument, formatOfOut, printError, printFindings, refuseExtensionOfAnotherFormat } from './output.js';
import { startProgress } from './progress.js';
import { addSignatureOptions, signToFile, type SigningFlags } from './sign.js';
import { watchAndRun } from './watch-mode.js';
import { count } from '../util/plural.js';

const FORMATS: readonly RenderFormat[] = ['md', 'html', 'pdf', 'docx'];

interface RenderCliOptions extends SigningFlags {
  format?: string;
  lang?: string;
  template?: string;
  out?: string;
  output?: string;
  force?: boolean;
  allowRemoteImages?: boolean;
  perSignatory?: string;
  quiet?: boolean;
  color?: boolean;
  watch?: boolean;
  sign?: boolean;
  maxFileSize?: number;
}

export function registerRender(program: Command): void {
  const command = program
    .command('render')
    .summary('render a compact as Markdown, HTML, PDF or Word')
    .description('Render a compact through its language\'s templates as Markdown; HTML and PDF are made from that same Markdown.')
    .argument('<file>', 'the compact file; - reads stdin')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (default: from --out's extension, else md)`)
    .option('-l, --lang <lang>', `language of the labels: ${LANGUAGES.join(', ')} (default: the compact's language)`)
    .option('-t, --template <dir>', 'a folder of templates overriding the built-in ones file by file')
    .option('-o, --out <path>', 'write to this file; - writes to stdout (the default for md and html)')
    .option('--output <path>', 'the same as --out')
    .option('--force', 'render even when the compact is invalid')
    .option('--allow-remote-images', 'html: let images load from their web addresses (by default a remote image is a link, so the page loads nothing from elsewhere)')
    .option('--per-signatory <dir>', 'write one copy per signing organisation into this folder, its name filled in on the signature page')
    .option('-q, --quiet', 'no progress bar and no summary')
    .option('--no-color', 'do not colour the validation report (NO_COLOR and FORCE_COLOR are honoured too)')
    .addOption(maxFileSizeOption())
    .option('-w, --watch', 'render again whenever the compact or a template is saved (Ctrl-C stops); a failed render keeps the last good output')
    .option('--sign', 'sign the PDF after rendering it (PAdES B-B, as compact sign; needs --p12 and --out FILE.pdf)');
  addSignatureOptions(command, false)
    .addHelpText(
      'after',
      `
Examples:
  $ compact render examples/orebro.yaml > orebro.md
  $ compact render examples/orebro.yaml --out orebro.html
  $ compact render examples/orebro.yaml --format pdf --lang en
  $ compact render examples/orebro.yaml --template my-templates/ --out orebro.md
  $ compact render compact.yaml --per-signatory copies/ --format pdf
  $ compact render compact.yaml --format docx --out compact.docx
  $ compact render compact.yaml --sign --p12 anna.p12 --reason Godkänd --out compact-signerad.pdf
  $ compact render compact.yaml --out compact.html --watch

Exit codes: 0 rendered, 1 the compact is invalid (see the report; --force renders anyway),
2 usage error, unreadable input or a template error (named with its file and line).`,
    )
    .action(async (file: string, flags: RenderCliOptions) => {
      const out = chooseOutput(flags);
      const options = out === undefined ? flags : { ...flags, out };
      if (options.sign) checkSignOptions(options, chooseFormat(options));
      if (!options.watch) {
        process.exitCode = await renderOnce(file, options);
        return;
      }
      if (file === '-') throw new CompactError(t('cli.watchStdin'));
      chooseFormat(options);
      parseLanguage(options.lang);
      await watchAndRun({
        targets: options.template === undefined ? [file] : [file, options.template],
        run: () => renderOnce(file, options),
        ignore: options.out,
      });
    });
}

/** Renders the compact once and returns the exit code; throws a CompactError for unreadable input or a template error. */
async function renderOnce(file: string, options: RenderCliOptions): Promise<number> {
  const format = chooseFormat(options);
  const lang = parseLanguage(options.lang);
  await refuseToOverwriteInput(options.out, [file]);
  const compact = await loadValidCompact(file, options);
  if (!compact) return EXIT_FINDINGS;
  const { createRenderer, signingCopies } = await import('../render/index.js');
  // Images given as file paths are read from the compact's folder; each one left out is said once, on stderr.
  const refused = new Set<string>();
  const renderer = await createRenderer({
    format,
    lang: lang ?? compact.language,
    templateDir: options.template,
    allowRemoteImages: options.allowRemoteImages === true,
    baseDir: file === '-' ? undefined : dirname(file),
    onImageRefused: ({ path, reason }) => {
      const line = t('render.imageNotEmbedded', { file, path, reason });
      if (refused.has(line)) return;
      refused.add(line);
      process.stderr.write(`${line}\n`);
    },
  });
  if (options.perSignatory !== undefined) {
    const copies = signingCopies(compact);
    if (copies.length === 0) throw new CompactError(t('render.noSignatories', { file: displayName(file) }));
    const progress = await startProgress(copies.length, { quiet: options.quiet });
    // Ctrl-C lets the copy being written finish (each is written atomically), then stops and says how far it got;
    // a second Ctrl-C stops at once.
    let interrupted = false;
    const onInterrupt = () => (interrupted = true);
    process.once('SIGINT', onInterrupt);
    let written = 0;
    try {
      for (const copy of copies) {
        if (interrupted) break;
        await writeFileAtomic(join(options.perSignatory, `${copy.fileStem}.${format}`), await renderer.render(compact, copy.signatory));
        written++;
        progress.increment(copy.signatory.organisation);
      }
    } finally {
      process.off('SIGINT', onInterrupt);
      progress.stop();
    }
    if (interrupted) {
      process.stderr.write(`${t('render.copiesStopped', { written, total: copies.length, folder: options.perSignatory })}\n`);
      return EXIT_INTERRUPTED;
    }
    if (!options.quiet) process.stderr.write(`${t('render.wroteCopies', { copies: count(copies.length, 'copy'), folder: options.perSignatory })}\n`);
    return EXIT_OK;
  }
  const output = await renderer.render(compact, undefined);
  const target = options.out ?? (format === 'pdf' || format === 'docx' ? `${documentStem(file, compact.id)}.${format}` : '-');
  if (options.sign) {
    const signatures = await signToFile(Buffer.from(output), `the rendered ${displayName(file)}`, { ...options, p12: options.p12!, out: options.out! });
    if (!options.quiet) process.stderr.write(`${t('render.wroteSigned', { file: options.out, signatures: count(signatures, 'signature') })}\n`);
    return EXIT_OK;
  }
  await emitDocument(output, target);
  // Said with and without --out, but not with -q, and not when the document went to stdout.
  if (target !== '-' && !isStdoutPath(target) && !options.quiet) process.stderr.write(`${t('render.wrote', { file: target })}\n`);
  return EXIT_OK;
}

function checkSignOptions(options: RenderCliOptions, format: RenderFormat): void {
  if (format !== 'pdf') throw new CompactError(t('render.sign.pdfOnly'));
  if (options.perSignatory !== undefined) throw new CompactError(t('render.sign.perSignatory'));
  if (options.p12 === undefined) throw new CompactError(t('render.sign.needsP12'));
  if (options.out === undefined || options.out === '-') throw new CompactError(t('render.sign.needsOut'));
}

function chooseFormat(options: RenderCliOptions): RenderFormat {
  if (options.out !== undefined && options.perSignatory !== undefined) throw new CompactError(t('render.outAndPerSignatory'));
  if (options.format !== undefined) {
    if (!FORMATS.includes(options.format as RenderFormat)) throw new CompactError(t('cli.format.unknown', { format: options.format, allowed: FORMATS.join(', ') }));
    refuseExtensionOfAnotherFormat(options.out, options.format);
    return options.format as RenderFormat;
  }
  if (options.out !== undefined && options.out !== '-') {
    const inferred = renderFormatOfOut(options.out);
    if (!inferred) throw new CompactError(t('render.formatFromOut', { out: options.out, formats: FORMATS.join('|') }));
    return inferred;
  }
  return options.perSignatory !== undefined ? 'pdf' : 'md';
}

/** The render format an --out file's extension names (`md` for Markdown), or undefined for any other name. */
function renderFormatOfOut(out: string): RenderFormat | undefined {
  const named = formatOfOut(out);
  const format = named === 'markdown' ? 'md' : named;
  return FORMATS.includes(format as RenderFormat) ? (format as RenderFormat) : undefined;
}

/** The compact, or undefined (after printing the findings) when it is invalid and --force is not given. */
async function loadValidCompact(file: string, options: RenderCliOptions): Promise<Compact | undefined> {
  const loaded = await readCompactFile(file, inputLimits(options));
  if (!loaded.ok) {
    await printFindings(loaded.findings, [loaded.file], 'render', options.color);
    throw new CompactError(t('render.unreadable', { file: displayName(loaded.file) }));
  }
  const findings = validate(loaded.compact);
  const errors = findings.filter((finding) => atLeast(finding.severity, 'error'));
  if (errors.length > 0) {
    await printFindings(findings, [loaded.compact.file], 'render', options.color);
    if (!options.force) {
      printError(t('render.notRendering', { file: displayName(loaded.compact.file) }));
      return undefined;
    }
    const { compact: renderable, omitted } = renderablePart(loaded.compact.data);
    if (!renderable) throw new CompactError(t('render.notRenderable', { file: displayName(loaded.compact.file) }));
    printOmissions(omitted, loaded.compact);
    return renderable;
  }
  return loaded.compact.data as Compact;
}

function displayName(file: string): string {
  return file === '-' ? STDIN_NAME : file;
}

/** /dev/stdout and its aliases: the document went to stdout, however it was named. */
function isStdoutPath(target: string): boolean {
  return /^\/dev\/(stdout|fd\/1)$|^\/proc\/self\/fd\/1$/.test(target);
}

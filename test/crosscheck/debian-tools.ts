import { execFileSync, spawnSync } from 'node:child_process';
import { findOnPath } from '../helpers/find-program.js';

/**
 * The path of a command-line tool the cross-checks run, found on PATH. A missing tool fails the test (never
 * skips it) with the Debian package that brings it.
 */
export function requireTool(name: string, aptPackage: string): string {
  const path = findOnPath(name);
  if (path !== undefined) return path;
  throw new Error(`${name} is needed by the cross-checks but is not installed (or not runnable): install it with \`apt-get install ${aptPackage}\`, then run \`npm run test:crosscheck\` again`);
}

/** Runs a tool to its end and gives its standard output; fails with its standard error if it exits with another status than `expect`. */
export function runTool(name: string, aptPackage: string, args: string[], expectStatus: number[] = [0]): string {
  const result = spawnSync(requireTool(name, aptPackage), args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (!expectStatus.includes(result.status ?? -1)) throw new Error(`${name} ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** poppler's pdftotext: the text in reading order, each page ended by a form feed. */
export function pdftotext(path: string, options: { page?: number; layout?: boolean } = {}): string {
  const args = [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8'];
  if (options.page !== undefined) args.push('-f', String(options.page), '-l', String(options.page));
  return runTool('pdftotext', 'poppler-utils', [...args, path, '-']);
}

/** The text lines of each page as pdftotext gives them: trimmed, without blank lines. */
export function pdftotextPageLines(path: string): string[][] {
  const pages = pdftotext(path).split('\f');
  pages.pop();
  return pages.map((page) =>
    page
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
}

/** poppler's pdfinfo, as `Key: value` pairs. */
export function pdfinfo(path: string, extra: string[] = []): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of runTool('pdfinfo', 'poppler-utils', [...extra, path]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!] = match[2]!;
  }
  return info;
}

/** poppler's pdffonts, one row per font (the two header lines left out). */
export function pdffonts(path: string): string[] {
  return runTool('pdffonts', 'poppler-utils', [path]).trim().split('\n').slice(2);
}

/** poppler's pdfsig report (it exits with 1 or 2 for a PDF whose signatures are not all valid). */
export function pdfsig(path: string): string {
  return runTool('pdfsig', 'poppler-utils', [path], [0, 1, 2, 3, 4]);
}

/** Debian's qpdf: `--check` output; fails unless qpdf exits with 0 (no error, no warning). */
export function qpdfCheck(path: string): string {
  return runTool('qpdf', 'qpdf', ['--check', path]);
}

/** Debian's qpdf with any arguments; its exit status (0, or 3 when it only warned). */
export function qpdfRun(args: string[]): number {
  return spawnSync(requireTool('qpdf', 'qpdf'), args, { stdio: 'ignore' }).status ?? -1;
}

/** Debian's headless Chromium printing an HTML file to PDF. */
export function chromiumPrintToPdf(html: string, pdf: string): void {
  execFileSync(requireTool('chromium', 'chromium'), ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${pdf}`, html], { stdio: 'ignore', timeout: 60_000 });
}

import { mkdirSync, openSync, symlinkSync, writeFileSync, writeSync, closeSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const HOSTILE_FIXTURES = 'test/fixtures/hostile';

/** Writes `parts()` piece by piece, so that a 50 MB file never sits in the test's memory as one string. */
function writeInPieces(file: string, parts: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    let buffer = '';
    for (const part of parts) {
      buffer += part;
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
}

function* repeat(count: number, line: (index: number) => string): Iterable<string> {
  for (let index = 0; index < count; index++) yield line(index);
}

const NESTING = 10_000;

/**
 * The hostile inputs too large (or too odd) to commit: files of 50 MB, 10 000 levels of nesting, very long lines
 * and keys, a directory named like a compact, and template folders with links that lead out of them.
 */
export function generateHostileFiles(dir: string): void {
  const base = readFileSync(join(HOSTILE_FIXTURES, 'base.yaml'), 'utf8');
  writeInPieces(join(dir, 'big-50mb.yaml'), [base, ...repeat(50 * 1024 * 1024 / 64, () => `# ${'x'.repeat(61)}\n`)]);
  writeInPieces(join(dir, 'block-nesting-10000.yaml'), repeat(NESTING, (depth) => `${' '.repeat(depth)}k:\n`));
  writeFileSync(join(dir, 'flow-nesting-10000.yaml'), `compact: 1\nid: ${'['.repeat(NESTING)}${']'.repeat(NESTING)}\n`);
  writeFileSync(join(dir, 'flow-mapping-nesting-10000.yaml'), `compact: 1\nid: ${'{a: '.repeat(NESTING)}1${'}'.repeat(NESTING)}\n`);
  writeFileSync(join(dir, 'compact-list-nesting-10000.yaml'), `${'- '.repeat(NESTING)}x\n`);
  writeFileSync(join(dir, 'flow-nesting-5mb.yaml'), `compact: 1\nid: ${'['.repeat(5 * 1024 * 1024)}\n`);
  writeFileSync(join(dir, 'long-line-9mb.yaml'), base.replace('text: En dialog.', `text: ${'En dialog. '.repeat(800_000)}`));
  writeFileSync(join(dir, 'long-key-1mb.yaml'), `${base}${'k'.repeat(1024 * 1024)}: 1\n`);
  writeInPieces(join(dir, 'many-keys-100k.yaml'), [base, ...repeat(100_000, (index) => `x-k${index}: 1\n`)]);
  writeInPieces(join(dir, 'many-principles.yaml'), [base, ...repeat(2000, (index) => `  - id: p${index}\n    title: P${index}\n    text: T.\n`)]);
  mkdirSync(join(dir, 'directory.yaml'));
  for (const name of ['link-main', 'link-partial', 'link-strings']) mkdirSync(join(dir, name, 'partials'), { recursive: true });
  symlinkSync('/etc/passwd', join(dir, 'link-main', 'compact.md.hbs'));
  symlinkSync('/etc/passwd', join(dir, 'link-partial', 'partials', 'passwd.hbs'));
  writeFileSync(join(dir, 'link-partial', 'compact.md.hbs'), '{{> passwd}}\n');
  symlinkSync(join(process.cwd(), HOSTILE_FIXTURES, 'templates', 'strings-proto', 'strings.yaml'), join(dir, 'link-strings', 'strings.yaml'));
  symlinkSync('/dev/zero', join(dir, 'link-strings', 'style.css'));
  mkdirSync(join(dir, 'glob'));
  for (let index = 0; index < 30; index++) writeFileSync(join(dir, 'glob', `c${index}.yaml`), base);
}

import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOf, makeInputs, removeWorkspaces, runWithFault, snapshot, temporaryFiles } from './workspace.js';

const REWRITERS: readonly [string, string[]][] = [
  ['fmt', ['fmt', 'compact.yaml']],
  ['revise', ['revise', 'compact.yaml', '--version', '2030', '--summary', 'Ny version', '--body', 'Kommunfullmäktige', '--date', '2030-01-01']],
  ['signatory add', ['signatory', 'add', 'compact.yaml', '--party', 'civilsamhallet', '--organisation', 'Föreningen Gemenskap', '--date', '2024-05-01']],
  ['signatory import', ['signatory', 'import', 'compact.yaml', 'rows.csv']],
];

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const isRoot = process.getuid?.() === 0;

let inputs: string;
let original: string;
beforeAll(async () => {
  inputs = await makeInputs();
  original = readFileSync(join(inputs, 'compact.yaml'), 'utf8');
});
afterAll(removeWorkspaces);

const windowsText = (text: string) => Buffer.concat([BOM, Buffer.from(text.replace(/\n/g, '\r\n').replace(/\r\n$/, ''))]);
const dataOf = (bytes: Buffer) => parse(bytes.toString('utf8').replace(/^\uFEFF/, ''), { version: '1.2' }) as Record<string, unknown>;

describe.concurrent('a command that rewrites a compact keeps the file as it was saved', () => {
  for (const [name, args] of REWRITERS) {
    it(`${name}: a Windows file (BOM, CRLF, no final line break, mode 0640, its owner) reached through a symbolic link`, async () => {
      const dir = copyOf(inputs);
      mkdirSync(join(dir, 'shared'));
      const real = join(dir, 'shared', 'compact.yaml');
      writeFileSync(real, windowsText(original));
      chmodSync(real, 0o640);
      if (isRoot) chownSync(real, 1234, 5678);
      const owner = statSync(real);
      symlinkSync('shared/compact.yaml', join(dir, 'compact.yaml.link'));
      const linked = args.map((arg) => (arg === 'compact.yaml' ? 'compact.yaml.link' : arg));

      const result = await runWithFault(linked, dir, undefined);
      expect(result.stderr).not.toMatch(/cannot|error/i);
      expect(result.code).toBe(0);

      expect(lstatSync(join(dir, 'compact.yaml.link')).isSymbolicLink()).toBe(true);
      expect(readlinkSync(join(dir, 'compact.yaml.link'))).toBe('shared/compact.yaml');
      const after = readFileSync(real);
      expect(after.equals(windowsText(original))).toBe(false);
      expect(after.subarray(0, 3)).toEqual(BOM);
      expect(after.toString('utf8', 3, 4)).not.toBe('\uFEFF');
      const text = after.toString('utf8');
      expect(text.match(/\n/g)!.length).toBe(text.match(/\r\n/g)!.length);
      expect(text.endsWith('\n')).toBe(false);
      const info = statSync(real);
      expect(info.mode & 0o7777).toBe(0o640);
      expect([info.uid, info.gid]).toEqual([owner.uid, owner.gid]);
      expect(dataOf(after).title).toBe(dataOf(Buffer.from(original)).title);
      expect(temporaryFiles(snapshot(dir))).toEqual([]);
    });

    it(`${name}: a Unix file (LF, a final line break, mode 0600) gets no byte order mark or CRLF`, async () => {
      const dir = copyOf(inputs);
      const file = join(dir, 'compact.yaml');
      chmodSync(file, 0o600);
      const result = await runWithFault(args, dir, undefined);
      expect(result.code).toBe(0);
      const after = readFileSync(file);
      expect(after.toString()).not.toBe(original);
      expect(after.subarray(0, 3).equals(BOM)).toBe(false);
      expect(after.includes('\r')).toBe(false);
      expect(after.toString().endsWith('\n')).toBe(true);
      expect(statSync(file).mode & 0o7777).toBe(0o600);
    });
  }

  it('a rewritten file with a second hard link becomes a file of its own: the other name keeps the old text', async () => {
    const dir = copyOf(inputs);
    linkSync(join(dir, 'compact.yaml'), join(dir, 'hard-link.yaml'));
    const result = await runWithFault(['fmt', 'compact.yaml'], dir, undefined);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'hard-link.yaml'), 'utf8')).toBe(original);
    expect(readFileSync(join(dir, 'compact.yaml'), 'utf8')).not.toBe(original);
    expect(statSync(join(dir, 'compact.yaml')).nlink).toBe(1);
  });

  it('a replaced output keeps its mode, a new one gets the usual mode for new files', async () => {
    const dir = copyOf(inputs);
    writeFileSync(join(dir, 'kept.html'), 'old');
    chmodSync(join(dir, 'kept.html'), 0o604);
    expect((await runWithFault(['render', 'compact.yaml', '--out', 'kept.html'], dir, undefined)).code).toBe(0);
    expect((await runWithFault(['render', 'compact.yaml', '--out', 'new.html'], dir, undefined, {})).code).toBe(0);
    expect(statSync(join(dir, 'kept.html')).mode & 0o7777).toBe(0o604);
    const umask = process.umask();
    expect(statSync(join(dir, 'new.html')).mode & 0o7777).toBe(0o666 & ~umask);
  });
});

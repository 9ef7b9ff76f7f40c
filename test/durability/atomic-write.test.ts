import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CompactError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/util/atomic-write.js';

const BOM = '\uFEFF';
const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'compact-atomic-write-'));
  folders.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('puts back the byte order mark of the file it replaces only when asked to', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'kept.yaml'), `${BOM}a: 1\n`);
    writeFileSync(join(dir, 'output.md'), `${BOM}old\n`);
    await writeFileAtomic(join(dir, 'kept.yaml'), 'a: 2\n', { keepByteOrderMark: true });
    await writeFileAtomic(join(dir, 'output.md'), 'new\n');
    expect(readFileSync(join(dir, 'kept.yaml'), 'utf8')).toBe(`${BOM}a: 2\n`);
    expect(readFileSync(join(dir, 'output.md'), 'utf8')).toBe('new\n');
  });

  it('does not double a byte order mark the new text already has, nor add one to a file without it', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'with.yaml'), `${BOM}a: 1\n`);
    writeFileSync(join(dir, 'without.yaml'), 'a: 1\n');
    await writeFileAtomic(join(dir, 'with.yaml'), `${BOM}a: 2\n`, { keepByteOrderMark: true });
    await writeFileAtomic(join(dir, 'without.yaml'), 'a: 2\n', { keepByteOrderMark: true });
    expect(readFileSync(join(dir, 'with.yaml'), 'utf8')).toBe(`${BOM}a: 2\n`);
    expect(readFileSync(join(dir, 'without.yaml'), 'utf8')).toBe('a: 2\n');
  });

  it('writes bytes unchanged, creating missing folders, and leaves nothing else behind', async () => {
    const dir = folder();
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0, 1, 2, 255]);
    await writeFileAtomic(join(dir, 'a/b/c.bin'), bytes);
    expect(new Uint8Array(readFileSync(join(dir, 'a/b/c.bin')))).toEqual(bytes);
    expect(readdirSync(join(dir, 'a/b'))).toEqual(['c.bin']);
  });

  it('fails with a CompactError (exit 2) that names the file as it was given', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'file'), 'x');
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    const failures: [string, string][] = [
      [join(dir, 'file/inside.txt'), 'a part of the path is not a directory'],
      [join(dir, 'loop-a'), 'its symbolic links lead round in a loop'],
    ];
    for (const [target, reason] of failures) {
      const error = await writeFileAtomic(target, 'y').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(CompactError);
      expect((error as CompactError).exitCode).toBe(2);
      expect((error as CompactError).message).toBe(`cannot write ${target}: ${reason}`);
    }
    expect(readdirSync(dir).sort()).toEqual(['file', 'loop-a', 'loop-b']);
  });
});

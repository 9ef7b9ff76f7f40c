import { chmodSync, copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const COMMANDS: readonly [string, string[], string][] = [
  ['fmt', ['fmt', 'adopted.yaml'], 'adopted.yaml'],
  ['signatory add', ['signatory', 'add', 'adopted.yaml', '--party', 'civilsamhallet', '--organisation', 'Föreningen Ny'], 'adopted.yaml'],
  ['revise', ['revise', 'adopted.yaml', '--version', '2031', '--summary', 'Ny', '--body', 'Kommunfullmäktige', '--date', '2031-03-01'], 'adopted.yaml'],
  ['render --out an existing file', ['render', 'adopted.yaml', '--out', 'adopted.html'], 'adopted.html'],
];

/** A folder anyone may write to, holding an adopted compact (unformatted, so fmt would change it) and its rendering. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'compact-read-only-'));
  chmodSync(dir, 0o777);
  copyFileSync(join(ROOT, 'examples/orebro.yaml'), join(dir, 'adopted.yaml'));
  writeFileSync(join(dir, 'adopted.yaml'), `${readFileSync(join(dir, 'adopted.yaml'), 'utf8')}x-note:   "unformatted"\n`);
  writeFileSync(join(dir, 'adopted.html'), '<p>the archived rendering</p>\n');
  return dir;
}

describe('a read-only file is refused, not replaced', () => {
  for (const [name, args, target] of COMMANDS) {
    it(`${name}: a file without write permission (mode 444) is left as it was, exit 2`, async () => {
      const dir = workspace();
      chmodSync(join(dir, target), 0o444);
      const before = readFileSync(join(dir, target));
      const inode = statSync(join(dir, target)).ino;
      const result = await runCli(args, { cwd: dir });
      expect(result.stderr).toContain(`compact: cannot write ${target}: the file is read-only`);
      expect(result.code).toBe(2);
      expect(readFileSync(join(dir, target))).toEqual(before);
      expect(statSync(join(dir, target)).ino).toBe(inode);
    });
  }

  it('fmt as a user who may write the folder but not the file (root runs it as "nobody": the file is root\'s, mode 644)', async () => {
    const dir = workspace();
    const asRoot = process.getuid?.() === 0;
    chmodSync(join(dir, 'adopted.yaml'), asRoot ? 0o644 : 0o400);
    const before = readFileSync(join(dir, 'adopted.yaml'));
    const result = await runCli(['fmt', 'adopted.yaml'], { cwd: dir, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    expect(result.stderr).toContain('compact: cannot write adopted.yaml: the file is read-only');
    expect(result.code).toBe(2);
    expect(readFileSync(join(dir, 'adopted.yaml'))).toEqual(before);
  });

  it('a writable file is still rewritten', async () => {
    const dir = workspace();
    const result = await runCli(['fmt', 'adopted.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'adopted.yaml'), 'utf8')).toContain('x-note: unformatted\n');
  });
});

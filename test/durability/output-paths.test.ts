import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/cli.js';
import { copyOf, makeInputs, removeWorkspaces, PASSPHRASE, runWithFault, snapshot, temporaryFiles } from './workspace.js';

const PREVIOUS = 'the file the link points to\n';

let inputs: string;
beforeAll(async () => {
  inputs = await makeInputs();
});
afterAll(removeWorkspaces);

/** Commands that write a file named on their command line, each with `{}` where that file goes. */
const OUTPUTS: readonly [string, string[]][] = [
  ['render --out', ['render', 'compact.yaml', '--format', 'md', '--out', '{}']],
  ['report --output', ['report', 'compact.yaml', '--output', '{}']],
  ['sign --out', ['sign', 'agreement.pdf', '--p12', 'anna.p12', '--out', '{}']],
  ['init --force', ['init', '{}', '--jurisdiction', 'Exempelby kommun', '--force']],
  ['schema --output', ['schema', '--output', '{}']],
];
const writingTo = (args: string[], target: string) => args.map((arg) => (arg === '{}' ? target : arg));

describe.concurrent('an output path', () => {
  it('with .. is the path the user gave, resolved from the current folder', async () => {
    const dir = copyOf(inputs);
    mkdirSync(join(dir, 'work'));
    const result = await runCli(['render', '../compact.yaml', '--out', '../results/../compact.md'], { cwd: join(dir, 'work') });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'compact.md'), 'utf8')).toContain('Överenskommelse');
    expect(readdirSync(join(dir, 'work'))).toEqual([]);
    expect(existsSync(join(dir, 'results'))).toBe(false);
  });

  it('with .. after a folder that does not exist is still checked against the inputs and existing files', async () => {
    const dir = copyOf(inputs);
    writeFileSync(join(dir, 'existing.yaml'), PREVIOUS);
    const before = snapshot(dir);
    const render = await runWithFault(['render', 'compact.yaml', '--format', 'md', '--out', 'missing/../compact.yaml'], dir, undefined);
    expect(render.stderr).toMatch(/^compact: will not write to missing\/\.\.\/compact\.yaml: it is compact\.yaml, a file this command reads/);
    expect(render.code).toBe(2);
    const init = await runWithFault(['init', 'missing/../existing.yaml', '--jurisdiction', 'Exempelby kommun'], dir, undefined);
    expect(init.stderr).toMatch(/^compact: missing\/\.\.\/existing\.yaml already exists; choose another file name, or use --force/);
    expect(init.code).toBe(2);
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('in folders that do not exist yet creates them', async () => {
    const dir = copyOf(inputs);
    expect((await runWithFault(['render', 'compact.yaml', '--out', 'new/deeper/compact.md'], dir, undefined)).code).toBe(0);
    expect(readFileSync(join(dir, 'new/deeper/compact.md'), 'utf8')).toContain('Överenskommelse');
  });

  for (const [name, args] of OUTPUTS) {
    it(`${name}: a symbolic link to a file is written through, and stays a link`, async () => {
      const dir = copyOf(inputs);
      mkdirSync(join(dir, 'elsewhere'));
      writeFileSync(join(dir, 'elsewhere/file'), PREVIOUS);
      symlinkSync('elsewhere/file', join(dir, 'link'));
      const result = await runWithFault(writingTo(args, 'link'), dir, undefined);
      expect(result.stderr).not.toMatch(/cannot/);
      expect(result.code).toBe(0);
      expect(lstatSync(join(dir, 'link')).isSymbolicLink()).toBe(true);
      expect(readlinkSync(join(dir, 'link'))).toBe('elsewhere/file');
      expect(readFileSync(join(dir, 'elsewhere/file'), 'utf8')).not.toBe(PREVIOUS);
      expect(temporaryFiles(snapshot(dir))).toEqual([]);
    });

    it(`${name}: a symbolic link that points nowhere is refused, and nothing is created`, async () => {
      const dir = copyOf(inputs);
      symlinkSync('missing/nowhere', join(dir, 'dangling'));
      const before = snapshot(dir);
      const result = await runWithFault(writingTo(args, 'dangling'), dir, undefined);
      expect(result.stderr).toBe('compact: cannot write dangling: it is a symbolic link to missing/nowhere, which does not exist; remove the link or give another file\n');
      expect(result.code).toBe(2);
      expect(existsSync(join(dir, 'missing'))).toBe(false);
      expect(readlinkSync(join(dir, 'dangling'))).toBe('missing/nowhere');
      expect(snapshot(dir)).toEqual(before);
    });

    it(`${name}: a directory is refused and left empty`, async () => {
      const dir = copyOf(inputs);
      mkdirSync(join(dir, 'folder.md'));
      const result = await runWithFault(writingTo(args, 'folder.md'), dir, undefined);
      expect(result.stderr).toBe('compact: cannot write folder.md: it is a directory; give the path of a file\n');
      expect(result.code).toBe(2);
      expect(readdirSync(join(dir, 'folder.md'))).toEqual([]);
    });
  }

  it('that is the input, also through a symbolic link, is refused', async () => {
    const dir = copyOf(inputs);
    symlinkSync('compact.yaml', join(dir, 'same.yaml'));
    const before = snapshot(dir);
    const result = await runWithFault(['render', 'compact.yaml', '--format', 'md', '--out', 'same.yaml'], dir, undefined);
    expect(result.stderr).toMatch(/^compact: will not write to same\.yaml: it is compact\.yaml, a file this command reads/);
    expect(result.code).toBe(2);
    expect(snapshot(dir)).toEqual(before);
  });

  it('that is a named pipe is written to directly and stays a pipe', async () => {
    const dir = copyOf(inputs);
    await run('mkfifo', [join(dir, 'pipe')]);
    const reader = run('cat', [join(dir, 'pipe')]);
    const result = await runWithFault(['lint', 'compact.yaml', '--format', 'json', '--output', 'pipe'], dir, undefined);
    expect(result.code).toBe(0);
    expect(JSON.parse(await reader)).toBeInstanceOf(Array);
    expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
  });

  it('/dev/stdout redirected to a file writes into that file, which is not replaced', async () => {
    const dir = copyOf(inputs);
    const file = join(dir, 'redirected.json');
    writeFileSync(file, '');
    const inode = statSync(file).ino;
    const descriptor = openSync(file, 'w');
    try {
      const result = spawnSync(process.execPath, [BIN, 'schema', '--output', '/dev/stdout'], { cwd: dir, stdio: ['ignore', descriptor, 'pipe'] });
      expect(result.stderr.toString()).toBe('');
      expect(result.status).toBe(0);
    } finally {
      closeSync(descriptor);
    }
    expect(statSync(file).ino).toBe(inode);
    expect(JSON.parse(readFileSync(file, 'utf8')).title).toBeTypeOf('string');
    expect(temporaryFiles(snapshot(dir))).toEqual([]);
  });

  describe('in a folder the user may not write to', () => {
    // root may write anywhere, so as root the command runs as the unprivileged user "nobody".
    const unprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const commands: readonly [string, string[], string][] = [
      ['render --out', ['render', 'compact.yaml', '--out', 'locked/compact.html'], 'locked/compact.html'],
      ['lint --output', ['lint', 'compact.yaml', '--output', 'locked/lint.txt'], 'locked/lint.txt'],
      ['fmt', ['fmt', 'locked/compact.yaml'], 'locked/compact.yaml'],
      ['signatory add', ['signatory', 'add', 'locked/compact.yaml', '--party', 'civilsamhallet', '--organisation', 'Förening'], 'locked/compact.yaml'],
    ];
    for (const [name, args, target] of commands) {
      it(`${name}: exits 2 with a clear message and leaves the folder as it was`, async () => {
        const dir = copyOf(inputs);
        chmodSync(dir, 0o755);
        mkdirSync(join(dir, 'locked'));
        writeFileSync(join(dir, 'locked/compact.yaml'), readFileSync(join(dir, 'compact.yaml')), { mode: 0o666 });
        writeFileSync(join(dir, 'locked/compact.html'), PREVIOUS, { mode: 0o666 });
        chmodSync(join(dir, 'locked/compact.yaml'), 0o666);
        chmodSync(join(dir, 'locked/compact.html'), 0o666);
        chmodSync(join(dir, 'locked'), 0o555);
        const before = snapshot(join(dir, 'locked'));
        const result = await runCli(args, { cwd: dir, env: { COMPACT_P12_PASSPHRASE: PASSPHRASE }, ...unprivileged });
        expect(result.stderr).toBe(`compact: cannot write ${target}: permission denied\n`);
        expect(result.code).toBe(2);
        expect(snapshot(join(dir, 'locked'))).toEqual(before);
      });
    }
  });
});

/** Runs a program and resolves with what it printed. */
function run(program: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`${program} exited with ${code}`))));
  });
}

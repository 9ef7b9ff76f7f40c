import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOf, makeInputs, removeWorkspaces, runWithFault, snapshot, temporaryFiles, type Fault } from './workspace.js';

interface WritingCommand {
  name: string;
  args: string[];
  /** The file the command writes; one that is not an input exists beforehand with other content. */
  target: string;
}

const REVISION = ['--version', '2030', '--summary', 'Ny version', '--body', 'Kommunfullmäktige', '--date', '2030-01-01'];

const COMMANDS: readonly WritingCommand[] = [
  { name: 'render --format md', args: ['render', 'compact.yaml', '--out', 'out.md'], target: 'out.md' },
  { name: 'render --format html', args: ['render', 'compact.yaml', '--out', 'out.html'], target: 'out.html' },
  { name: 'render --format pdf', args: ['render', 'compact.yaml', '--out', 'out.pdf'], target: 'out.pdf' },
  { name: 'render --sign', args: ['render', 'compact.yaml', '--sign', '--p12', 'anna.p12', '--out', 'out.pdf'], target: 'out.pdf' },
  { name: 'sign', args: ['sign', 'agreement.pdf', '--p12', 'anna.p12', '--out', 'out.pdf'], target: 'out.pdf' },
  { name: 'sign in place', args: ['sign', 'agreement.pdf', '--p12', 'anna.p12', '--out', 'agreement.pdf'], target: 'agreement.pdf' },
  { name: 'signatory add', args: ['signatory', 'add', 'compact.yaml', '--party', 'civilsamhallet', '--organisation', 'Föreningen Gemenskap', '--date', '2024-05-01'], target: 'compact.yaml' },
  { name: 'signatory import', args: ['signatory', 'import', 'compact.yaml', 'rows.csv'], target: 'compact.yaml' },
  { name: 'signatory list --output', args: ['signatory', 'list', 'signatories.yaml', '--output', 'out.txt'], target: 'out.txt' },
  { name: 'fmt', args: ['fmt', 'compact.yaml'], target: 'compact.yaml' },
  { name: 'revise', args: ['revise', 'compact.yaml', ...REVISION], target: 'compact.yaml' },
  { name: 'init --force', args: ['init', 'out.yaml', '--jurisdiction', 'Exempelby kommun', '--force'], target: 'out.yaml' },
  { name: 'report --output', args: ['report', 'compact.yaml', 'other.yaml', '--output', 'out.txt'], target: 'out.txt' },
  { name: 'lint --output', args: ['lint', 'compact.yaml', '--output', 'out.txt'], target: 'out.txt' },
  { name: 'validate --output', args: ['validate', 'compact.yaml', '--output', 'out.txt'], target: 'out.txt' },
  { name: 'diff --output', args: ['diff', 'other.yaml', 'compact.yaml', '--output', 'out.txt'], target: 'out.txt' },
  { name: 'verify --output', args: ['verify', 'signed.pdf', '--output', 'out.txt'], target: 'out.txt' },
  { name: 'schema --output', args: ['schema', '--output', 'out.json'], target: 'out.json' },
];

/**
 * Killing the process tests the temporary file and the rename, which every command shares (the ENOSPC cases show
 * that each command writes through them), so it is run on one command of each kind: a rewrite, a binary output,
 * a binary rewrite in place, an edit of the compact.
 */
const KILLED = new Set(['fmt', 'render --format pdf', 'sign in place', 'signatory import']);

const PREVIOUS = 'the previous version of this file, which a failed write must leave as it is\n';

let inputs: string;
beforeAll(async () => {
  inputs = await makeInputs();
});
afterAll(removeWorkspaces);

/** A fresh folder for `command`, its target holding PREVIOUS unless the target is one of the inputs. */
function prepare(command: WritingCommand): string {
  const dir = copyOf(inputs);
  if (!snapshot(dir).has(command.target)) writeFileSync(join(dir, command.target), PREVIOUS);
  return dir;
}

describe.concurrent('each writing command', () => {
  for (const command of COMMANDS) {
    it(`${command.name} leaves ${command.target} as it was, and no temporary file, when the disk fills up mid-write`, async () => {
      const dir = prepare(command);
      const before = snapshot(dir);
      const result = await runWithFault(command.args, dir, 'enospc');
      expect(result.stderr).toContain(`compact: cannot write ${command.target}: no space left on the device`);
      expect(result.code).toBe(2);
      expect(snapshot(dir)).toEqual(before);
    });
  }

  for (const command of COMMANDS.filter((candidate) => KILLED.has(candidate.name))) {
    it(`${command.name} leaves ${command.target} as it was when killed mid-write`, async () => {
      const dir = prepare(command);
      const before = snapshot(dir);
      const result = await runWithFault(command.args, dir, 'kill-mid-write');
      expect(result.code).toBe(-1);
      const after = snapshot(dir);
      const leftovers = temporaryFiles(after);
      expect(leftovers).toHaveLength(1);
      expect(leftovers[0]).toMatch(new RegExp(`^\\.${command.target.replace('.', '\\.')}\\.`));
      for (const leftover of leftovers) after.delete(leftover);
      expect(after).toEqual(before);
    });
  }
});

describe.concurrent('every step of a write can fail without harm', () => {
  const cases: readonly [Fault, RegExp][] = [
    ['sync-fails', /cannot write compact\.yaml: an input\/output error from the disk/],
    ['rename-fails', /cannot write compact\.yaml: an input\/output error from the disk/],
  ];
  for (const [fault, message] of cases) {
    it(`fmt: ${fault}`, async () => {
      const dir = copyOf(inputs);
      const before = snapshot(dir);
      const result = await runWithFault(['fmt', 'compact.yaml'], dir, fault);
      expect(result.stderr).toMatch(message);
      expect(result.code).toBe(2);
      expect(snapshot(dir)).toEqual(before);
    });
  }

  it('fmt: killed after the temporary file is complete, before the rename', async () => {
    const dir = copyOf(inputs);
    const before = snapshot(dir);
    expect((await runWithFault(['fmt', 'compact.yaml'], dir, 'kill-before-rename')).code).toBe(-1);
    const after = snapshot(dir);
    const [leftover, ...more] = temporaryFiles(after);
    expect(more).toEqual([]);
    after.delete(leftover!);
    expect(after).toEqual(before);
  });
});

describe('render --per-signatory writes each copy atomically', () => {
  const args = ['render', 'signatories.yaml', '--per-signatory', 'copies', '--format', 'md', '--quiet'];

  it('a failure at the second copy leaves the first copy complete, and no partial or later copy', async () => {
    const complete = copyOf(inputs);
    expect((await runWithFault(args, complete, undefined)).code).toBe(0);
    const copies = snapshot(join(complete, 'copies'));
    expect(copies.size).toBeGreaterThanOrEqual(3);

    const dir = copyOf(inputs);
    const result = await runWithFault(args, dir, 'enospc', { COMPACT_FAULT_AT: '2' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^compact: cannot write copies\/[^/]+\.md: no space left on the device\n$/);
    const written = [...snapshot(join(dir, 'copies'))];
    expect(written).toHaveLength(1);
    const [name, bytes] = written[0]!;
    expect(bytes).toEqual(copies.get(name));
  });
});

describe('fmt over several files', () => {
  it('stops at the first file it cannot write: the files before it are formatted, that one and the rest are as they were', async () => {
    const dir = copyOf(inputs);
    const original = readFileSync(join(dir, 'compact.yaml'));
    for (const name of ['a.yaml', 'b.yaml', 'c.yaml']) writeFileSync(join(dir, name), original);
    const result = await runWithFault(['fmt', 'a.yaml', 'b.yaml', 'c.yaml'], dir, 'enospc', { COMPACT_FAULT_AT: '2' });
    expect(result.stderr).toBe('compact: cannot write b.yaml: no space left on the device\n');
    expect(result.code).toBe(2);
    expect(readFileSync(join(dir, 'a.yaml')).equals(original)).toBe(false);
    expect(readFileSync(join(dir, 'b.yaml'))).toEqual(original);
    expect(readFileSync(join(dir, 'c.yaml'))).toEqual(original);
    expect(temporaryFiles(snapshot(dir))).toEqual([]);
  });
});

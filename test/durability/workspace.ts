import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { makeIdentity } from '../helpers/certificates.js';
import { ROOT, runCli, type CliResult } from '../helpers/cli.js';
import { twoPagePdf } from '../helpers/pdf.js';

export const PASSPHRASE = 'Hemligt-lösen-4711';
export const PRELOAD = join(ROOT, 'test/durability/faulty-fs.cjs');
export const TEMPORARY_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

const workspaces: string[] = [];

export type Fault = 'enospc' | 'sync-fails' | 'rename-fails' | 'kill-mid-write' | 'kill-before-rename';

/** A folder of the inputs every writing command needs: compacts, a CSV, a PDF, a signed PDF and a certificate. */
export async function makeInputs(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'compact-durability-inputs-'));
  workspaces.push(dir);
  // Quotes that protect nothing, so that fmt has something to rewrite.
  writeFileSync(join(dir, 'compact.yaml'), `${readFileSync(join(ROOT, 'examples/orebro.yaml'), 'utf8')}x-note: "fmt removes these quotes"\n`);
  cpSync(join(ROOT, 'examples/boras.yaml'), join(dir, 'other.yaml'));
  cpSync(join(ROOT, 'test/fixtures/render/several-signatories.yaml'), join(dir, 'signatories.yaml'));
  writeFileSync(join(dir, 'rows.csv'), 'party;organisation;date\ncivilsamhallet;Föreningen Gemenskap;2024-05-01\ncivilsamhallet;Idrottsklubben;2024-05-02\n');
  writeFileSync(join(dir, 'agreement.pdf'), await twoPagePdf());
  writeFileSync(join(dir, 'anna.p12'), makeIdentity({ commonName: 'Anna Berg', passphrase: PASSPHRASE }).p12);
  const signed = await runCli(['sign', 'agreement.pdf', '--p12', 'anna.p12', '--out', 'signed.pdf'], { cwd: dir, env: { COMPACT_P12_PASSPHRASE: PASSPHRASE } });
  if (signed.code !== 0) throw new Error(`cannot sign the test PDF: ${signed.stderr}`);
  return dir;
}

/** A fresh copy of the inputs, in which the test may change anything. */
export function copyOf(inputs: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'compact-durability-'));
  workspaces.push(dir);
  cpSync(inputs, dir, { recursive: true });
  return dir;
}

/** Removes the folders this test file made, read-only ones included. */
export function removeWorkspaces(): void {
  for (const dir of workspaces.splice(0)) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isDirectory()) chmodSync(join(entry.parentPath, entry.name), 0o755);
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every file under `dir` (dot files included) with its bytes, by path relative to `dir`. */
export function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), readFileSync(path));
  }
  return files;
}

export function temporaryFiles(files: Map<string, Buffer>): string[] {
  return [...files.keys()].filter((path) => TEMPORARY_FILE.test(path.split('/').at(-1)!));
}

/** Runs the CLI in `dir` with the writing of temporary files under `dir` made to fail as `fault` says. */
export function runWithFault(args: string[], dir: string, fault: Fault | undefined, extraEnv: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { COMPACT_P12_PASSPHRASE: PASSPHRASE, COMPACT_TODAY: '2026-01-15', ...extraEnv };
  if (fault !== undefined) Object.assign(env, { NODE_OPTIONS: `--require ${PRELOAD}`, COMPACT_FAULT: fault, COMPACT_FAULT_DIR: dir });
  return runCli(args, { cwd: dir, env });
}

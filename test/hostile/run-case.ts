import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliResult } from '../helpers/cli.js';
import { HOSTILE_FIXTURES } from './generate.js';
import type { HostileCase } from './cases.js';

const PRELOAD = join(import.meta.dirname, 'report-rss.cjs');
const ENDLESS = Buffer.alloc(64 * 1024 * 1024, 'compact: 1\n');

export interface CaseRun extends CliResult {
  seconds: number;
  megabytes: number;
  /** What the case left in its output folder. */
  written: string[];
}

/** Runs one case through the built CLI, measuring its time and its peak resident memory. */
export async function runCase(hostile: HostileCase, generated: string): Promise<CaseRun> {
  const out = mkdtempSync(join(tmpdir(), 'compact-hostile-out-'));
  const rssFile = join(out, '..', `${out.split('/').pop()}.rss`);
  const args = hostile.args.map((arg) => arg.replace('@fixtures', HOSTILE_FIXTURES).replace('@gen', generated).replace('@out', out));
  const started = performance.now();
  const result = await runCli(args, {
    env: { NODE_OPTIONS: `--require ${PRELOAD}`, COMPACT_TEST_RSS_FILE: rssFile, COMPACT_TODAY: '2026-01-01', SOURCE_DATE_EPOCH: '1767225600' },
    ...(hostile.stdin === 'endless' ? { input: ENDLESS } : {}),
  });
  const seconds = (performance.now() - started) / 1000;
  const megabytes = Number(readFileSync(rssFile, 'utf8')) / 1024 / 1024;
  const written = readdirSync(out).sort();
  rmSync(rssFile);
  return { ...result, seconds, megabytes, written, stdout: result.stdout.replaceAll(out, '@out'), stderr: result.stderr.replaceAll(out, '@out') };
}

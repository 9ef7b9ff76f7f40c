import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_CASES } from './cases.js';
import { generateHostileFiles } from './generate.js';
import { runCase } from './run-case.js';

const DEFAULT_SECONDS = 10;
const DEFAULT_MEGABYTES = 300;
const STACK_TRACE = /\n\s+at /;

let generated: string;
const measured: { name: string; seconds: number; megabytes: number }[] = [];

beforeAll(() => {
  generated = mkdtempSync(join(tmpdir(), 'compact-hostile-'));
  generateHostileFiles(generated);
});

afterAll(() => {
  rmSync(generated, { recursive: true, force: true });
  const slowest = measured.reduce((a, b) => (b.seconds > a.seconds ? b : a), measured[0]!);
  const largest = measured.reduce((a, b) => (b.megabytes > a.megabytes ? b : a), measured[0]!);
  console.info(
    `${measured.length} hostile cases; slowest ${slowest.seconds.toFixed(1)} s (${slowest.name}); most memory ${Math.round(largest.megabytes)} MB (${largest.name})`,
  );
});

describe('hostile inputs fail safely, with a clear message, in bounded time and memory', () => {
  it.concurrent.each(HOSTILE_CASES.map((hostile) => [hostile.name, hostile] as const))('%s', async (_, hostile) => {
    const run = await runCase(hostile, generated);
    measured.push({ name: hostile.name, seconds: run.seconds, megabytes: run.megabytes });
    const output = `${run.stdout}${run.stderr}`;
    expect({ exit: run.code, output }).toMatchObject({ exit: hostile.exit });
    expect(output).toMatch(hostile.message);
    expect(output).not.toMatch(STACK_TRACE);
    expect(output).not.toMatch(/internal error/);
    if (hostile.absent) expect(output).not.toMatch(hostile.absent);
    expect(run.written).toEqual(hostile.writes ?? []);
    expect(run.seconds).toBeLessThan(hostile.seconds ?? DEFAULT_SECONDS);
    expect(run.megabytes).toBeLessThan(hostile.megabytes ?? DEFAULT_MEGABYTES);
  });
});

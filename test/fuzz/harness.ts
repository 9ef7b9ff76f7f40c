import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASE_TIME_LIMIT_MS, HANG_LIMIT_MS, multiplier, propertyTimeLimitFor, runsOf, seed, type PropertyName } from './budget.js';
import { startWatchdog, type Watchdog } from './watchdog.js';

const FUZZ_DIR = fileURLToPath(new URL('.', import.meta.url));
/** One JSON file per test file; the fuzz global setup sums them into `.last-run.json`. */
export const PARTS_DIR = join(FUZZ_DIR, '.last-run');
export const SUMMARY_FILE = join(FUZZ_DIR, '.last-run.json');
const HUNG_CASE_FILE = join(FUZZ_DIR, '.hung-case.txt');

export interface PropertyRun {
  cases: number;
  seconds: number;
  passed: boolean;
}

const runs = new Map<PropertyName, PropertyRun>();
let watchdog: Watchdog | undefined;

/**
 * Runs a property with its budgeted number of cases and the run's seed, records how many cases ran and how
 * long they took, and fails with fast-check's report (seed, path and the shrunk counterexample).
 */
export async function checkProperty<T>(name: PropertyName, property: fc.IRawProperty<T>): Promise<void> {
  const started = performance.now();
  // Shrinking a large failing case can take far longer than the run: stop it, and report what was found, at the bound.
  const plugins = [fc.interruptAfterTimeLimit(propertyTimeLimitFor(name), { failOnInterrupt: true })];
  const details = await fc.check(property, { numRuns: runsOf(name), seed: seed(), includeErrorInReport: true, plugins });
  runs.set(name, { cases: details.numRuns, seconds: (performance.now() - started) / 1000, passed: !details.failed });
  if (details.failed) throw new Error(`${name}: ${fc.defaultReportMessage(details)}`);
}

/** Runs one case under the hang watchdog; `describe` gives the input to report if it never returns. */
export async function guarded<T>(describe: () => string, run: () => T | Promise<T>): Promise<T> {
  watchdog ??= startWatchdog(HANG_LIMIT_MS, HUNG_CASE_FILE);
  watchdog.start(describe);
  try {
    return await run();
  } finally {
    watchdog.finish();
  }
}

/** Calls `run` and fails the case when it took longer than the per-case limit. */
export async function timed<T>(what: string, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  if (ms > CASE_TIME_LIMIT_MS) throw new Error(`${what} took ${Math.round(ms)} ms on one case (the limit is ${CASE_TIME_LIMIT_MS} ms)`);
  return result;
}

/** Writes this test file's runs for the fuzz global setup to sum up. */
export function saveRuns(testFile: string): void {
  mkdirSync(PARTS_DIR, { recursive: true });
  const part = { seed: seed(), multiplier: multiplier(), properties: Object.fromEntries(runs) };
  writeFileSync(join(PARTS_DIR, `${basename(fileURLToPath(testFile))}.json`), `${JSON.stringify(part, null, 2)}\n`);
}

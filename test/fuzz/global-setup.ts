import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PARTS_DIR, SUMMARY_FILE, type PropertyRun } from './harness.js';

interface Part {
  seed: number;
  multiplier: number;
  properties: Record<string, PropertyRun>;
}

/**
 * Clears the fuzz results of an earlier run; after the run, sums what each fuzz test file ran into
 * `test/fuzz/.last-run.json` (the figures the README quotes) and prints them on one line.
 */
export default function setup(): () => void {
  rmSync(PARTS_DIR, { recursive: true, force: true });
  return () => {
    if (!existsSync(PARTS_DIR)) return;
    const parts = readdirSync(PARTS_DIR)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => JSON.parse(readFileSync(join(PARTS_DIR, name), 'utf8')) as Part);
    if (parts.length === 0) return;
    const properties = Object.fromEntries(parts.flatMap((part) => Object.entries(part.properties)).sort(([a], [b]) => a.localeCompare(b)));
    const runs = Object.values(properties);
    const cases = runs.reduce((sum, run) => sum + run.cases, 0);
    const seconds = Math.round(runs.reduce((sum, run) => sum + run.seconds, 0) * 10) / 10;
    const failed = Object.entries(properties).filter(([, run]) => !run.passed).map(([name]) => name);
    const summary = { finished: new Date().toISOString(), seed: parts[0]!.seed, multiplier: parts[0]!.multiplier, cases, seconds, passed: failed.length === 0, failed, properties };
    writeFileSync(SUMMARY_FILE, `${JSON.stringify(summary, null, 2)}\n`);
    rmSync(PARTS_DIR, { recursive: true, force: true });
    const outcome = failed.length === 0 ? 'all passed' : `${failed.length} properties FAILED (${failed.join(', ')})`;
    console.log(`fuzz: ${cases.toLocaleString('en')} generated cases in ${seconds} s over ${runs.length} properties, ${outcome} (seed ${summary.seed}, runs ×${summary.multiplier}; test/fuzz/.last-run.json)`);
  };
}

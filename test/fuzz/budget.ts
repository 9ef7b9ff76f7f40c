/**
 * How many generated cases each fuzz property runs, and the time bounds they are held to. The counts are
 * sized so that one `npm test` runs about 1 300 cases, a share of the suite's time budget; the COMPACT_FUZZ_RUNS
 * multiplier scales them all for a longer run (CI runs `COMPACT_FUZZ_RUNS=10 npx vitest run test/fuzz` after
 * `npm test`, about 13 300 cases from another seed),
 * and COMPACT_FUZZ_SEED replays another seed than the fixed default.
 */
export const BASE_RUNS = {
  yamlTextLoad: 480,
  yamlTextFormat: 120,
  mutatedRender: 40,
  schemaCompactAll: 80,
  schemaCompactFormat: 30,
  poolCompactAll: 40,
  nearMissValidate: 180,
  nearMissForced: 40,
  diffGenerated: 180,
  diffForced: 140,
} as const;

export type PropertyName = keyof typeof BASE_RUNS;

export const DEFAULT_SEED = 20261125;

/** Today for the lint rules and review dates, so that a run does not depend on the clock. */
export const FUZZ_TODAY = '2026-11-25';

/** Longest one call (a parse, a lint, a render, …) may take on one generated case. */
export const CASE_TIME_LIMIT_MS = 2000;

/** A case still running after this long is a hang: the watchdog reports it and ends the test process. */
export const HANG_LIMIT_MS = 30_000;

export function multiplier(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.COMPACT_FUZZ_RUNS;
  if (raw === undefined || raw === '') return 1;
  const value = Number(raw);
  if (!(value > 0) || !Number.isFinite(value)) throw new Error(`COMPACT_FUZZ_RUNS must be a positive number (got ${JSON.stringify(raw)})`);
  return value;
}

export function seed(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.COMPACT_FUZZ_SEED;
  if (raw === undefined || raw === '') return DEFAULT_SEED;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`COMPACT_FUZZ_SEED must be an integer (got ${JSON.stringify(raw)})`);
  return value;
}

export function runsOf(name: PropertyName): number {
  return Math.max(1, Math.round(BASE_RUNS[name] * multiplier()));
}

/** Longest a whole property may run, its shrinking included: generous per case, so that the per-case bound decides what is slow. */
export function propertyTimeLimitFor(name: PropertyName): number {
  return 60_000 + runsOf(name) * 100;
}

/** The vitest timeout of a property's test: past the property's own limit, so that fast-check reports first. */
export function testTimeoutFor(name: PropertyName): number {
  return propertyTimeLimitFor(name) + 30_000;
}

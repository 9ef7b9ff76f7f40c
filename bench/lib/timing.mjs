// Whole-process timings: hyperfine when installed, else a runner of our own with warm-up runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function hasHyperfine() {
  return spawnSync('hyperfine', ['--version']).status === 0;
}

const quote = (arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

/** Times each case; all cases of a group run together, round by round, so their ratios are comparable. */
export function timeCases(cases, { runs, warmup, cwd, useHyperfine }) {
  if (useHyperfine) {
    const dir = mkdtempSync(join(tmpdir(), 'compact-bench-'));
    const out = join(dir, 'hyperfine.json');
    const args = ['-N', '--warmup', String(warmup), '--runs', String(runs), '--export-json', out, '--style', 'none', '-i'];
    for (const c of cases) args.push('-n', c.name, c.argv.map(quote).join(' '));
    execFileSync('hyperfine', args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
    const { results } = JSON.parse(readFileSync(out, 'utf8'));
    rmSync(dir, { recursive: true, force: true });
    return results.map((r, i) => ({ ...cases[i], median: r.median * 1000, min: r.min * 1000, max: r.max * 1000, runs: r.times.length }));
  }
  // Round by round, every case once per round: a machine that speeds up or slows down during the group (another
  // VM on the host, a CPU's clock) then moves every case alike, and the ratios hold.
  const times = cases.map(() => []);
  for (let i = 0; i < warmup + runs; i++) {
    cases.forEach((c, index) => {
      const start = process.hrtime.bigint();
      spawnSync(c.argv[0], c.argv.slice(1), { cwd, stdio: 'ignore' });
      if (i >= warmup) times[index].push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  }
  return cases.map((c, index) => {
    times[index].sort((a, b) => a - b);
    const sorted = times[index];
    const mid = Math.floor(sorted.length / 2);
    const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    return { ...c, median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
  });
}

/** Peak RSS (MiB) of a command and the Node processes it starts, from one extra run. */
export function peakRss(argv, { cwd, probe }) {
  const dir = mkdtempSync(join(tmpdir(), 'compact-rss-'));
  const file = join(dir, 'rss');
  spawnSync(argv[0], argv.slice(1), {
    cwd,
    stdio: 'ignore',
    env: { ...process.env, NODE_OPTIONS: `--require ${probe}`, COMPACT_BENCH_RSS_FILE: file },
  });
  let peak = 0;
  try {
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line) peak = Math.max(peak, Number(line));
  } catch {}
  rmSync(dir, { recursive: true, force: true });
  return peak ? peak / 1024 : undefined;
}

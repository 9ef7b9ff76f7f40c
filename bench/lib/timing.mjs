// Whole-process timings: hyperfine when installed, else a runner of our own with warm-up runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function hasHyperfine() {
  return spawnSync('hyperfine', ['--version']).status === 0;
}

const quote = (arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

/** Times each case; all cases of a group run in one go so their ratios are comparable. */
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
  return cases.map((c) => {
    const times = [];
    for (let i = 0; i < warmup + runs; i++) {
      const start = process.hrtime.bigint();
      spawnSync(c.argv[0], c.argv.slice(1), { cwd, stdio: 'ignore' });
      if (i >= warmup) times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    const mid = Math.floor(times.length / 2);
    const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
    return { ...c, median, min: times[0], max: times[times.length - 1], runs: times.length };
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

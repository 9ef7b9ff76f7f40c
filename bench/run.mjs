// npm run bench: start-up, batch, scale, render and diff timings of `compact`, against `node -e 0` and the
// tools a user would otherwise pick (ajv-cli, Spectral), all measured in this one run on this machine.
// Prints a table of medians (min–max) with ratios and peak RSS, checks the targets and writes bench/results.json.
// Options: --quick (fewer runs, smaller batches), --skip-peers, --compare (ratios against the committed results).
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCompact, generateYaml } from './lib/generate.mjs';
import { ensurePeers } from './lib/peers.mjs';
import { hasHyperfine, peakRss, timeCases } from './lib/timing.mjs';
import { inProcess } from './lib/in-process.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const work = join(root, 'bench/.work');
const probe = join(root, 'bench/lib/rss-probe.cjs');
const compact = (...args) => ['node', 'bin/compact.js', ...args];

if (!existsSync(join(root, 'dist/cli.cjs'))) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
const help = spawnSync('node', ['bin/compact.js', '--help'], { cwd: root, encoding: 'utf8' }).stdout ?? '';
const has = (command) => new RegExp(`^  ${command}\\b`, 'm').test(help);
const commands = { lint: has('lint'), render: has('render'), diff: has('diff') };
const peers = process.argv.includes('--skip-peers') ? undefined : ensurePeers(root);
const useHyperfine = hasHyperfine();
const runs = (n) => (quick ? Math.max(3, Math.ceil(n / 3)) : n);
const timing = (cases, n, warmup = 2) => timeCases(cases, { runs: runs(n), warmup, cwd: root, useHyperfine });

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const write = (name, text) => {
  const file = join(work, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return `bench/.work/${name}`;
};

const groups = [];
function group(title, rows, notes = []) {
  for (const row of rows) row.rss ??= peakRss(row.argv, { cwd: root, probe });
  groups.push({ title, rows, notes });
  print(groups.at(-1));
}

// 1. One file.
const one = 'examples/orebro.yaml';
const single = [
  { name: 'node -e 0', argv: ['node', '-e', '0'] },
  { name: 'compact validate', argv: compact('validate', one) },
  ...(commands.lint ? [{ name: 'compact lint', argv: compact('lint', '--today', '2026-11-25', one) }] : []),
  ...(peers ? [{ name: 'ajv-cli validate', argv: peers.ajv(one) }, { name: 'spectral lint', argv: peers.spectral(one) }] : []),
];
const singleRows = timing(single, 20, 3);
const floor = singleRows[0].median;
for (const row of singleRows) row.ratio = row.median / floor;
group('One file (examples/orebro.yaml); ratio = × node -e 0', singleRows);

// 2. Batches of generated compacts in one invocation.
const batchSizes = quick ? [1, 10, 100] : [1, 10, 100, 1000];
const batchRows = [];
for (const size of batchSizes) {
  for (let i = 0; i < size; i++) write(`batch-${size}/compact-${i + 1}.yaml`, generateYaml({ index: i, commitments: 24, signatories: 12 }));
  const dir = `bench/.work/batch-${size}`;
  const cases = [
    { name: `${size} files: compact validate`, argv: compact('validate', '-q', dir) },
    // bench/.work is git-ignored, and lint skips what .gitignore names in a folder it is given.
    ...(commands.lint ? [{ name: `${size} files: compact lint`, argv: compact('lint', '-q', '--no-ignore', '--today', '2026-11-25', dir) }] : []),
    ...(peers ? [{ name: `${size} files: ajv-cli`, argv: peers.ajv(`${dir}/*.yaml`) }, { name: `${size} files: spectral`, argv: peers.spectral(`${dir}/*.yaml`) }] : []),
  ];
  const rows = timing(cases, size >= 1000 ? 3 : size >= 100 ? 5 : 10, size >= 1000 ? 1 : 2);
  const ajv = rows.find((row) => row.name.endsWith('ajv-cli'));
  for (const row of rows) row.ratio = ajv ? row.median / ajv.median : undefined;
  batchRows.push(...rows);
}
group('Batches in one invocation; ratio = × ajv-cli on the same files', batchRows);

// 3. Scale: one compact with many commitments and signatories.
const scaleSizes = quick ? [100, 1000] : [100, 1000, 10000, 100000];
const scaleRows = [];
for (const size of scaleSizes) {
  const file = write(`scale-${size}.yaml`, generateYaml({ commitments: size, signatories: size }));
  // 100 000 commitments and signatories make a file of about 40 MB, over the default limit of 10 MB.
  const limit = size > 10000 ? ['--max-file-size', '100'] : [];
  scaleRows.push({ name: `${size} commitments: validate`, argv: compact('validate', '-q', ...limit, file) });
  if (commands.lint) scaleRows.push({ name: `${size} commitments: lint`, argv: compact('lint', '-q', '--today', '2026-11-25', ...limit, file) });
}
const scaleTimed = [...timing(scaleRows.filter((row) => !row.name.startsWith('100000')), 10), ...timing(scaleRows.filter((row) => row.name.startsWith('100000')), 3, 1)];
const oneFile = singleRows.find((row) => row.name === 'compact lint') ?? singleRows[1];
for (const row of scaleTimed) row.ratio = row.median / oneFile.median;
group(`Scale; ratio = × one-file ${oneFile.name}`, scaleTimed);

// 4. Render.
if (commands.render) {
  const out = join(work, 'render');
  mkdirSync(out, { recursive: true });
  const signing = write('signing-85.yaml', generateYaml({ commitments: 40, signatories: 85 }));
  const renderRows = timing(
    [
      { name: 'render md (Örebro)', argv: compact('render', one, '--format', 'md', '--out', 'bench/.work/render/orebro.md') },
      { name: 'render html (Örebro)', argv: compact('render', one, '--format', 'html', '--out', 'bench/.work/render/orebro.html') },
      { name: 'render pdf (Örebro)', argv: compact('render', one, '--format', 'pdf', '--out', 'bench/.work/render/orebro.pdf') },
      { name: 'render pdf (85 signatories)', argv: compact('render', signing, '--format', 'pdf', '--out', 'bench/.work/render/one.pdf') },
      { name: 'per-signatory: 85 PDFs', argv: compact('render', signing, '--format', 'pdf', '--quiet', '--per-signatory', 'bench/.work/render/each') },
    ],
    5,
    1,
  );
  const onePdf = renderRows[3].median;
  for (const row of renderRows) row.ratio = row.median / onePdf;
  group('Render; ratio = × one PDF of the 85-signatory compact', renderRows);
}

// 5. Diff of two revisions of a 1 000-commitment compact.
if (commands.diff) {
  const before = generateCompact({ commitments: 1000, signatories: 100 });
  const after = structuredClone(before);
  after.version = 3;
  after.commitments = after.commitments.filter((_, i) => i % 50 !== 7).map((c, i) => (i % 20 === 0 ? { ...c, text: `${c.text} Uppdaterad.` } : c));
  after.commitments.push({ id: 'ny-1', party: 'kommunen', text: 'Kommunen inrättar ett nytt forum.', principles: ['dialog'] });
  after.principles[1].text += ' Dialogen förs löpande.';
  const { stringify } = await import('yaml');
  const a = write('diff-a.yaml', stringify(before, { lineWidth: 0 }));
  const b = write('diff-b.yaml', stringify(after, { lineWidth: 0 }));
  const diffRows = timing(
    [
      { name: 'node -e 0', argv: ['node', '-e', '0'] },
      { name: 'diff 1 000 commitments (text)', argv: compact('diff', a, b, '--no-color') },
      { name: 'diff 1 000 commitments (json)', argv: compact('diff', a, b, '--format', 'json') },
    ],
    10,
  );
  for (const row of diffRows) row.ratio = row.median / diffRows[0].median;
  group('Diff; ratio = × node -e 0', diffRows);
}

// 6. The language server: a keystroke in a 10 000-commitment file until its fresh diagnostics.
if (has('lsp') && !quick) {
  const run = spawnSync('node', ['bench/lsp.mjs', '10000', '5'], { cwd: root, encoding: 'utf8' });
  const found = /median (\d+) ms \(min (\d+), max (\d+); (\d+) keystrokes/.exec(run.stdout ?? '');
  if (found) {
    const [, median, min, max, keystrokes] = found.map(Number);
    groups.push({ title: 'Editor (compact lsp): 10 000 commitments, last keystroke → fresh diagnostics (200 ms debounce included)', rows: [{ name: 'lsp: keystroke → diagnostics', median, min, max, runs: keystrokes }], notes: [] });
    print(groups.at(-1));
  } else console.log(`\nlsp: no figure (${(run.stderr ?? '').trim().split('\n').at(-1)})`);
}

// 7. In-process, with tinybench: the library functions without start-up.
const inProcessRows = await inProcess(root, scaleSizes, quick);
groups.push({ title: 'In-process (tinybench), library API', rows: inProcessRows, notes: [] });
print(groups.at(-1));

const targets = checkTargets();
console.log('\nTargets');
for (const t of targets) console.log(`  ${t.met === undefined ? '–' : t.met ? '✔' : '✘'} ${t.target}: ${t.value}`);

if (process.argv.includes('--compare')) compareWithCommitted();

writeFileSync(
  join(root, 'bench/results.json'),
  `${JSON.stringify(
    { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, runner: useHyperfine ? 'hyperfine' : 'own', quick, groups, targets },
    null,
    2,
  )}\n`,
);
console.log('\nwritten to bench/results.json');
const { performancePage } = await import('./performance-page.mjs');
writeFileSync(join(root, 'docs/performance.md'), performancePage(JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8'))));
console.log('written to docs/performance.md');

function print({ title, rows }) {
  console.log(`\n${title}`);
  const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
  const table = rows.map((row) => [
    row.name,
    fmt(row.median),
    `${fmt(row.min)} – ${fmt(row.max)}`,
    row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`,
    row.rss === undefined ? '' : `${row.rss.toFixed(0)} MiB`,
    row.runs === undefined ? '' : String(row.runs),
  ]);
  const header = ['case', 'median', 'min – max', 'ratio', 'peak RSS', 'runs'];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
  const line = (cells) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}`;
  console.log(line(header));
  for (const r of table) console.log(line(r));
}

function checkTargets() {
  const find = (name) => groups.flatMap((g) => g.rows).find((row) => row.name === name);
  const ratio = (a, b) => (a && b ? a.median / b.median : undefined);
  const list = [];
  const add = (target, value, limit, below = true) =>
    list.push({ target, value: value === undefined ? 'not measured' : `${value.toFixed(2)}×`, met: value === undefined ? undefined : below ? value <= limit : value >= limit });
  const base = find('node -e 0');
  for (const name of ['compact validate', 'compact lint']) {
    add(`${name} ≤ 1.6× node -e 0`, ratio(find(name), base), 1.6);
    add(`${name} ≥ 6× faster than Spectral`, ratio(find('spectral lint'), find(name)), 6, false);
  }
  add('100 files: lint ≥ 1.5× faster than ajv-cli', ratio(find('100 files: ajv-cli'), find('100 files: compact lint')), 1.5, false);
  add('1 000 files: lint ≥ 2× faster than ajv-cli', ratio(find('1000 files: ajv-cli'), find('1000 files: compact lint')), 2, false);
  add('10 000 commitments ≤ 4× one-file lint', ratio(find('10000 commitments: lint'), find('compact lint')), 4);
  const rss = find('10000 commitments: lint')?.rss;
  list.push({ target: '10 000 commitments: peak RSS ≤ 200 MiB', value: rss === undefined ? 'not measured' : `${rss.toFixed(0)} MiB`, met: rss === undefined ? undefined : rss <= 200 });
  add('10× commitments (1 000 → 10 000) ≤ 12× the time', ratio(find('10000 commitments: lint'), find('1000 commitments: lint')), 12);
  add('10× commitments (10 000 → 100 000) ≤ 12× the time', ratio(find('100000 commitments: lint'), find('10000 commitments: lint')), 12);
  const lsp = find('lsp: keystroke → diagnostics')?.median;
  list.push({ target: 'editor: 10 000 commitments re-checked ≤ 1 s after the last keystroke', value: lsp === undefined ? 'not measured' : `${lsp.toFixed(0)} ms`, met: lsp === undefined ? undefined : lsp <= 1000 });
  add('85 per-signatory PDFs ≤ 15× one PDF', ratio(find('per-signatory: 85 PDFs'), find('render pdf (85 signatories)')), 15);
  return list;
}

/** Each ratio of this run beside the same row's ratio in the committed bench/results.json, so a regression shows. */
function compareWithCommitted() {
  const committed = spawnSync('git', ['show', 'HEAD:bench/results.json'], { cwd: root, encoding: 'utf8' });
  if (committed.status !== 0) {
    console.log('\n--compare: no committed bench/results.json to compare with');
    return;
  }
  const before = new Map(JSON.parse(committed.stdout).groups.flatMap((g) => g.rows.map((row) => [`${g.title.split(';')[0]}\u0000${row.name}`, row])));
  console.log('\nCompared with the committed results (ratio then → now)');
  for (const g of groups) {
    for (const row of g.rows) {
      const old = before.get(`${g.title.split(';')[0]}\u0000${row.name}`);
      if (!old || old.ratio === undefined || row.ratio === undefined) continue;
      const change = row.ratio / old.ratio;
      const mark = change > 1.1 ? '  ← slower' : change < 0.9 ? '  faster' : '';
      console.log(`  ${row.name.padEnd(40)} ${old.ratio.toFixed(2)}× → ${row.ratio.toFixed(2)}×${mark}`);
    }
  }
}

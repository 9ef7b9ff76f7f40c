// How long an editor waits for fresh diagnostics: opens a generated compact of N commitments (default 10 000) in
// `compact lsp --stdio`, types one character, and prints the milliseconds from that last didChange to the
// publishDiagnostics of the new version (the 200 ms debounce included). Usage: node bench/lsp.mjs [commitments] [runs]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { generateYaml } from './lib/generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const commitments = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 5);
if (!existsSync(`${root}dist/cli.cjs`)) spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

const text = generateYaml({ commitments, signatories: 100 });
const child = spawn(process.execPath, [`${root}bin/compact.js`, 'lsp', '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, COMPACT_TODAY: '2026-11-25' } });
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map();
connection.onNotification('textDocument/publishDiagnostics', ({ version }) => waiting.get(version)?.(performance.now()));
connection.listen();
const published = (version) => new Promise((resolve) => waiting.set(version, resolve));

const uri = pathToFileURL(`${root}bench/.work/lsp-${commitments}.yaml`).href;
await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
await connection.sendNotification('initialized', {});
let started = performance.now();
const opened = published(1);
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
const openMs = (await opened) - started;

// A keystroke in the text of the last commitment: one character inserted, as an editor sends it (incremental).
const lines = text.split('\n');
const line = lines.findLastIndex((candidate) => /^\s+text: /.test(candidate));
const character = lines[line].length;
const timings = [];
const cpuTimes = [];
for (let run = 0; run < runs; run++) {
  const cpuBefore = serverCpuMs();
  const version = run + 2;
  const done = published(version);
  started = performance.now();
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line, character: character + run }, end: { line, character: character + run } }, text: 'x' }],
  });
  timings.push((await done) - started);
  cpuTimes.push(serverCpuMs() - cpuBefore);
}
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');

const sorted = [...timings].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(`${commitments} commitments (${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB): first diagnostics after open ${openMs.toFixed(0)} ms`);
const cpu = [...cpuTimes].sort((a, b) => a - b)[Math.floor(cpuTimes.length / 2)];
console.log(`server CPU time per re-check: median ${cpu.toFixed(0)} ms (on a busy machine the wall time above exceeds debounce + CPU time)`);
console.log(`last didChange → publishDiagnostics: median ${median.toFixed(0)} ms (min ${sorted[0].toFixed(0)}, max ${sorted.at(-1).toFixed(0)}; ${runs} keystrokes; includes the 200 ms debounce)`);

/** User and system CPU time of the server process so far (Linux /proc), in milliseconds. */
function serverCpuMs() {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

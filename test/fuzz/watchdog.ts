import { Worker } from 'node:worker_threads';

/**
 * A hang in the code under test blocks the test's own thread, so neither vitest's timeout nor fast-check's
 * can fire. A watchdog thread watches a heartbeat instead: when one case has run longer than the limit, it
 * writes the case to stderr and to `reportFile`, and kills the test process, so that CI fails instead of
 * freezing.
 */
const WATCHDOG_SOURCE = `
const { workerData } = require('node:worker_threads');
const { writeFileSync, writeSync } = require('node:fs');
const { state, label, limitMs, reportFile } = workerData;
let seen = -1;
let since = Date.now();
setInterval(() => {
  const generation = Atomics.load(state, 0);
  if (generation !== seen || Atomics.load(state, 1) === 0) {
    seen = generation;
    since = Date.now();
    return;
  }
  if (Date.now() - since < limitMs) return;
  const input = Buffer.from(label.slice(0, Atomics.load(state, 2))).toString('utf8');
  writeSync(2, '\\nfuzz: a generated case has run for more than ' + limitMs + ' ms; the case is in ' + reportFile + ':\\n' + input.slice(0, 2000) + '\\n');
  try { writeFileSync(reportFile, input); } catch {}
  process.kill(process.pid, 'SIGKILL');
}, 250);
`;

const LABEL_BYTES = 256 * 1024;

export interface Watchdog {
  /** Marks the start of a case; `describe` is what is reported if it hangs. */
  start(describe: () => string): void;
  finish(): void;
}

export function startWatchdog(limitMs: number, reportFile: string): Watchdog {
  const state = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  const label = new Uint8Array(new SharedArrayBuffer(LABEL_BYTES));
  const worker = new Worker(WATCHDOG_SOURCE, { eval: true, workerData: { state, label, limitMs, reportFile } });
  worker.unref();
  const encoder = new TextEncoder();
  return {
    start(describe) {
      const { written } = encoder.encodeInto(describe(), label);
      Atomics.store(state, 2, written);
      Atomics.add(state, 0, 1);
      Atomics.store(state, 1, 1);
    },
    finish() {
      Atomics.store(state, 1, 0);
    },
  };
}

import createModule from '@neslinesli93/qpdf-wasm';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const wasm = createRequire(import.meta.url).resolve('@neslinesli93/qpdf-wasm/dist/qpdf.wasm');
async function qpdf(args, bytes) {
  const out = [], err = [];
  const log = console.log, error = console.error;
  console.log = (...a) => out.push(a.join(' '));
  console.error = (...a) => err.push(a.join(' '));
  let p;
  try { p = createModule({ locateFile: () => wasm }); } finally { console.log = log; console.error = error; }
  const m = await p;
  m.FS.writeFile('/in.pdf', bytes);
  const saved = process.exitCode;
  const code = m.callMain(args.map(a => a === '{}' ? '/in.pdf' : a));
  process.exitCode = saved;
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const t = Date.now();
const bytes = readFileSync(process.argv[2]);
console.log(await qpdf(['--version'], bytes));
const r = await qpdf(['--check', '{}'], bytes); console.log(r, Date.now() - t);
const j = await qpdf(['--json', '--json-key=outlines', '{}'], bytes); console.log(j.code, j.out.slice(0, 300), Date.now() - t);
const bad = await qpdf(['--check', '{}'], bytes.subarray(0, bytes.length - 500)); console.log(bad, Date.now() - t);

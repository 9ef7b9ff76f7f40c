import { openSync, closeSync, readFileSync, constants, fstatSync, readSync, statSync } from 'node:fs';
const files = Array.from({ length: 1000 }, (_, i) => `/tmp/bn/1000/compact-${i + 1}.yaml`);
const NB = constants.O_RDONLY | constants.O_NONBLOCK;
const cases = {
  openClose: (f) => closeSync(openSync(f, 'r')),
  openNbClose: (f) => closeSync(openSync(f, NB)),
  stat: (f) => statSync(f),
  readFileSync: (f) => readFileSync(f),
  full: (f) => { const fd = openSync(f, NB); const st = fstatSync(fd); const b = Buffer.allocUnsafe(st.size + 1); readSync(fd, b, 0, st.size + 1, 0); closeSync(fd); },
};
for (let w = 0; w < 3; w++) for (const [k, fn] of Object.entries(cases)) { const s = performance.now(); for (const f of files) fn(f); if (w === 2) console.log(k.padEnd(14), ((performance.now() - s)).toFixed(1), 'µs/file'); }

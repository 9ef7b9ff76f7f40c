import { readFileSync, readdirSync } from 'node:fs';
const lib = await import('/work/main/dist/index.js');
const dir = process.argv[2]; const rounds = Number(process.argv[3] ?? 3);
const files = readdirSync(dir).map((f) => `${dir}/${f}`);
const texts = files.map((f) => readFileSync(f, 'utf8'));
for (let r = 0; r < rounds; r++) {
  let tParse = 0, tVal = 0, tLint = 0, tSm = 0;
  for (let i = 0; i < files.length; i++) {
    const b = performance.now();
    const loaded = lib.parseCompact(texts[i], files[i]); const c = performance.now();
    loaded.data; const c2 = performance.now();
    lib.validate(loaded); const d = performance.now();
    lib.lint(loaded, { today: '2026-11-25' }); const e = performance.now();
    tParse += c2 - b; tVal += d - c2; tLint += e - d;
  }
  console.log(`round ${r}: parse ${tParse.toFixed(0)} validate ${tVal.toFixed(0)} lint(incl. validate again) ${tLint.toFixed(0)}`);
}

const lib = await import('/work/main/dist/index.js');
for (let r = 0; r < 5; r++) {
  const s = performance.now();
  const res = await lib.lintFiles(['/tmp/bn/1000'], { today: '2026-11-25', ignore: false, workers: 0 });
  console.log('round', r, (performance.now() - s).toFixed(0), Array.isArray(res) ? res.length : Object.keys(res));
}

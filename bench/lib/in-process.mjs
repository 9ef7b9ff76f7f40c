// In-process timings with tinybench: parsing, schema validation and lint on large compacts, no start-up.
import { Bench } from 'tinybench';
import { generateYaml } from './generate.mjs';

export async function inProcess(root, sizes, quick) {
  const library = await import(new URL('../../dist/index.js', import.meta.url).href);
  const bench = new Bench({ time: quick ? 200 : 600, warmupTime: 100 });
  for (const size of sizes) {
    const text = generateYaml({ commitments: size, signatories: size });
    const loaded = library.parseCompact(text, `scale-${size}.yaml`);
    bench.add(`parse ${size} commitments`, () => library.parseCompact(text, 'x.yaml'));
    bench.add(`validate ${size} commitments`, () => library.validate(loaded));
    if (library.lint) bench.add(`lint ${size} commitments`, () => library.lint(loaded, { today: '2026-11-25' }));
  }
  await bench.run();
  return bench.tasks.map((task) => {
    const latency = task.result.latency ?? task.result;
    return { name: task.name, median: latency.p50 ?? latency.mean, min: latency.min, max: latency.max, runs: latency.samples?.length ?? task.result.samples?.length };
  });
}

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** Whether Node has loaded pdfkit (a CommonJS package, so it shows in the require cache) after `script` ran against the built library. */
function pdfkitLoadedAfter(script: string): boolean {
  const probe = `
    import { createRequire } from 'node:module';
    ${script}
    const cache = createRequire(import.meta.url).cache;
    console.log(JSON.stringify(Object.keys(cache).some((path) => path.includes('/node_modules/pdfkit/'))));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: ROOT, encoding: 'utf8' })) as boolean;
}

describe('loading the PDF backend', () => {
  it('does not load pdfkit when the library is imported', () => {
    expect(pdfkitLoadedAfter("await import('./dist/index.js');")).toBe(false);
  });

  it('loads pdfkit on the first PDF', () => {
    const render = `
      const { parseCompact, render } = await import('./dist/index.js');
      const { readFileSync } = await import('node:fs');
      await render(parseCompact(readFileSync('examples/sodertalje.yaml', 'utf8')).data, { format: 'pdf' });
    `;
    expect(pdfkitLoadedAfter(render)).toBe(true);
  });
});

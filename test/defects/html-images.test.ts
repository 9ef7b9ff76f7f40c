import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

async function compactWithImages(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'compact-images-'));
  expect((await runCli(['init', 'c.yaml', '-j', 'Exempelby', '-y', '--today', '2026-01-10'], { cwd: dir })).code).toBe(0);
  const text = readFileSync(join(dir, 'c.yaml'), 'utf8').replace(
    /^( {4}text: Kommunen bjuder in .*)$/m,
    '$1 ![Spårpixel](https://tracker.example/t.png) ![Logga](logga.png) ![](//cdn.example/x.png)',
  );
  writeFileSync(join(dir, 'c.yaml'), text);
  return dir;
}

describe('rendered HTML loads nothing from elsewhere', () => {
  it('shows a remote image as a link with its alt text, a local one as its alt text, under a Content-Security-Policy', async () => {
    const dir = await compactWithImages();
    const result = await runCli(['render', 'c.yaml', '-f', 'html', '-o', '-'], { cwd: dir });
    expect(result.code).toBe(0);
    const html = result.stdout;
    expect(html).not.toMatch(/<img\b/);
    expect(html).toContain('<a href="https://tracker.example/t.png" class="remote-image">Spårpixel</a>');
    expect(html).toContain('<a href="//cdn.example/x.png" class="remote-image">//cdn.example/x.png</a>');
    expect(html).toContain(' Logga ');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`);
  });

  it('--allow-remote-images lets remote images load, and the policy allows them', async () => {
    const dir = await compactWithImages();
    const result = await runCli(['render', 'c.yaml', '-f', 'html', '-o', '-', '--allow-remote-images'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('<img src="https://tracker.example/t.png" alt="Spårpixel">');
    expect(result.stdout).toContain("img-src data: https: http:;");
    expect(result.stdout).not.toContain('src="logga.png"');
  });
});

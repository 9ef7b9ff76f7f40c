import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
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
    expect(result.stderr).toContain('c.yaml: image "logga.png" was not embedded: there is no such file\n');
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

/** A small valid PNG (one transparent pixel). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** A compact in its own folder (inside a parent folder) whose first text shows these images. */
async function compactShowing(images: string): Promise<{ parent: string; dir: string }> {
  const parent = mkdtempSync(join(tmpdir(), 'compact-local-images-'));
  const dir = join(parent, 'compact');
  mkdirSync(dir);
  expect((await runCli(['init', 'c.yaml', '-j', 'Exempelby', '-y', '--today', '2026-01-10'], { cwd: dir })).code).toBe(0);
  const text = readFileSync(join(dir, 'c.yaml'), 'utf8').replace(/^( {4}text: Kommunen bjuder in .*)$/m, `$1 ${images}`);
  writeFileSync(join(dir, 'c.yaml'), text);
  return { parent, dir };
}

function dataUris(html: string): { alt: string; type: string; bytes: Buffer }[] {
  return [...html.matchAll(/<img src="data:([^;"]+);base64,([A-Za-z0-9+/=]+)" alt="([^"]*)">/g)].map((match) => ({ type: match[1]!, bytes: Buffer.from(match[2]!, 'base64'), alt: match[3]! }));
}

describe('local images in rendered HTML', () => {
  it('embeds a PNG in the compact\'s folder, or a subfolder, as a data: URI of its bytes, the same every time', async () => {
    const { dir } = await compactShowing('![Logga](logga.png) ![Karta](bilder/karta%20ny.png)');
    writeFileSync(join(dir, 'logga.png'), PNG);
    mkdirSync(join(dir, 'bilder'));
    const map = Buffer.concat([PNG, Buffer.from('karta')]);
    writeFileSync(join(dir, 'bilder', 'karta ny.png'), map);
    const result = await runCli(['render', 'c.yaml', '-f', 'html', '-o', '-'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('not embedded');
    const images = dataUris(result.stdout);
    expect(images.map((image) => [image.alt, image.type])).toEqual([['Logga', 'image/png'], ['Karta', 'image/png']]);
    expect(images[0]!.bytes.equals(PNG)).toBe(true);
    expect(images[1]!.bytes.equals(map)).toBe(true);
    expect(result.stdout).toContain("img-src data:;");
    // From another folder too: the path is read from the compact's folder, not the working directory.
    const elsewhere = await runCli(['render', join(dir, 'c.yaml'), '-f', 'html', '-o', '-'], { cwd: tmpdir() });
    expect(elsewhere.stdout).toBe(result.stdout);
  });

  it('decides the type from the first bytes: GIF, JPEG, WebP and SVG are embedded, whatever their names', async () => {
    const { dir } = await compactShowing('![G](a.png) ![J](b.gif) ![W](c.img) ![S](d.svg)');
    writeFileSync(join(dir, 'a.png'), Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'));
    writeFileSync(join(dir, 'b.gif'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    writeFileSync(join(dir, 'c.img'), Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'));
    writeFileSync(join(dir, 'd.svg'), '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n');
    const result = await runCli(['render', 'c.yaml', '-f', 'html', '-o', '-'], { cwd: dir });
    expect(dataUris(result.stdout).map((image) => image.type)).toEqual(['image/gif', 'image/jpeg', 'image/webp', 'image/svg+xml']);
  });

  it('refuses a file outside the folder, one that is not an image, one over 2 MB and a missing one: alt text, and a line on stderr', async () => {
    const { parent, dir } = await compactShowing('![Utanför](../outside.png) ![Text](text.png) ![Stor](stor.png) ![Saknas](saknas.png) ![Länk](lank.png) ![Mapp](bilder)');
    writeFileSync(join(parent, 'outside.png'), PNG);
    writeFileSync(join(dir, 'text.png'), 'this is not a picture\n');
    writeFileSync(join(dir, 'stor.png'), Buffer.concat([PNG, Buffer.alloc(3 * 1024 * 1024)]));
    symlinkSync(join(parent, 'outside.png'), join(dir, 'lank.png'));
    mkdirSync(join(dir, 'bilder'));
    const result = await runCli(['render', 'c.yaml', '-f', 'html', '-o', '-'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/<img\b/);
    expect(result.stdout).toContain(' Utanför Text Stor Saknas Länk Mapp');
    expect(result.stderr.split('\n').filter((line) => line.includes('not embedded'))).toEqual([
      'c.yaml: image "../outside.png" was not embedded: it is outside the folder of the compact',
      'c.yaml: image "text.png" was not embedded: it is not a PNG, JPEG, GIF, WebP or SVG image',
      'c.yaml: image "stor.png" was not embedded: it is larger than 2 MB',
      'c.yaml: image "saknas.png" was not embedded: there is no such file',
      'c.yaml: image "lank.png" was not embedded: it is outside the folder of the compact',
      'c.yaml: image "bilder" was not embedded: it is not a file',
    ]);
  });

  it('says it in Swedish too', async () => {
    const { dir } = await compactShowing('![Utanför](../outside.png)');
    const result = await runCli(['render', 'c.yaml', '-f', 'html', '-o', '-'], { cwd: dir, env: { COMPACT_LANG: 'sv' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('c.yaml: bilden "../outside.png" bäddades inte in: den ligger utanför överenskommelsens mapp\n');
  });

  it('from standard input there is no folder: a local image is shown as its alt text, as before', async () => {
    const { dir } = await compactShowing('![Logga](logga.png)');
    writeFileSync(join(dir, 'logga.png'), PNG);
    const result = await runCli(['render', '-', '-f', 'html', '-o', '-'], { cwd: dir, input: readFileSync(join(dir, 'c.yaml')) });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/<img\b/);
    expect(result.stdout).toContain(' Logga');
    expect(result.stderr).not.toContain('not embedded');
  });
});

// The helpers that decide which programs the tests run: the cross-checks' requireTool and the browser oracle's
// choice of Chromium, on a PATH built for each case.
import { chmodSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { requireTool } from '../crosscheck/debian-tools.js';
import { chromiumExecutable, systemChromium } from '../helpers/oracles/browser.js';

const savedPath = process.env.PATH;
const savedChromium = process.env.COMPACT_CHROMIUM;
afterEach(() => {
  process.env.PATH = savedPath;
  if (savedChromium === undefined) delete process.env.COMPACT_CHROMIUM;
  else process.env.COMPACT_CHROMIUM = savedChromium;
});

/** A folder holding `name` as an executable script, and `masked` as a link to /dev/null (what .ci/run binds over a tool). */
function binFolder(name: string, masked: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'compact-test-tools-'));
  writeFileSync(join(folder, name), '#!/bin/sh\nexit 0\n');
  chmodSync(join(folder, name), 0o755);
  symlinkSync('/dev/null', join(folder, masked));
  return folder;
}

describe('requireTool', () => {
  it('gives the path of a program on PATH', () => {
    const folder = binFolder('pdftotext', 'qpdf');
    process.env.PATH = folder;
    expect(requireTool('pdftotext', 'poppler-utils')).toBe(join(folder, 'pdftotext'));
  });

  it('fails, naming the program and the Debian package, when the program is missing or is not a file', () => {
    process.env.PATH = binFolder('pdftotext', 'qpdf');
    expect(() => requireTool('pdffonts', 'poppler-utils')).toThrow(
      'pdffonts is needed by the cross-checks but is not installed (or not runnable): install it with `apt-get install poppler-utils`, then run `npm run test:crosscheck` again',
    );
    expect(() => requireTool('qpdf', 'qpdf')).toThrow('install it with `apt-get install qpdf`');
  });
});

describe("the browser oracle's Chromium", () => {
  it("takes the machine's Chromium from PATH, and passes over one that is hidden", () => {
    const hidden = binFolder('other', 'chromium');
    const real = binFolder('chromium', 'other');
    delete process.env.COMPACT_CHROMIUM;
    process.env.PATH = [hidden, real].join(delimiter);
    expect(systemChromium()).toBe(join(real, 'chromium'));
    process.env.PATH = hidden;
    expect(systemChromium()).toBeUndefined();
  });

  it('takes the program COMPACT_CHROMIUM names, refuses one that is not a program, and the npm build for "npm"', async () => {
    const folder = binFolder('my-chrome', 'chromium');
    process.env.PATH = folder;
    process.env.COMPACT_CHROMIUM = join(folder, 'my-chrome');
    expect(await chromiumExecutable()).toEqual({ path: join(folder, 'my-chrome'), origin: 'system', env: {} });
    process.env.COMPACT_CHROMIUM = join(folder, 'chromium');
    await expect(chromiumExecutable()).rejects.toThrow(`COMPACT_CHROMIUM names ${join(folder, 'chromium')}, which is not an executable file`);
    process.env.COMPACT_CHROMIUM = 'npm';
    const npm = await chromiumExecutable();
    expect(npm).toMatchObject({ origin: 'npm', env: { FONTCONFIG_FILE: expect.stringContaining('node_modules/.cache/compact-chromium-') } });
    expect(npm.path).toMatch(/node_modules\/\.cache\/compact-chromium-[^/]+\/chromium$/);
  }, 120_000);
});

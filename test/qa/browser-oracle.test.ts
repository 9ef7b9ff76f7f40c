// The browser oracle's choice of Chromium, on a PATH built for each case.
import { delimiter, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { binFolder } from '../helpers/find-program.js';
import { chromiumExecutable, npmShipsChromium, systemChromium } from '../helpers/oracles/browser.js';

const savedPath = process.env.PATH;
const savedChromium = process.env.COMPACT_CHROMIUM;
afterEach(() => {
  process.env.PATH = savedPath;
  if (savedChromium === undefined) delete process.env.COMPACT_CHROMIUM;
  else process.env.COMPACT_CHROMIUM = savedChromium;
});

const NPM_BUILD = /node_modules\/\.cache\/compact-chromium-[^/]+\/chromium$/;

describe("the browser oracle's Chromium", () => {
  it('is the one from npm where the package ships one (Linux on x64 and arm64), and only there', () => {
    expect(npmShipsChromium('linux', 'x64')).toBe(true);
    expect(npmShipsChromium('linux', 'arm64')).toBe(true);
    expect(npmShipsChromium('darwin', 'arm64')).toBe(false);
    expect(npmShipsChromium('win32', 'x64')).toBe(false);
  });

  it("passes over the machine's Chromium on PATH where npm ships one: the tests never run Debian's", async () => {
    const folder = binFolder('chromium', 'other');
    delete process.env.COMPACT_CHROMIUM;
    process.env.PATH = folder;
    const chosen = await chromiumExecutable();
    if (npmShipsChromium()) {
      expect(chosen.origin).toBe('npm');
      expect(chosen.path).toMatch(NPM_BUILD);
    } else {
      expect(chosen).toEqual({ path: join(folder, 'chromium'), origin: 'system', env: {} });
    }
  }, 120_000);

  it("finds the machine's Chromium on PATH (for platforms npm ships none for), and passes over one that is hidden", () => {
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
    expect(npm.path).toMatch(NPM_BUILD);
  }, 120_000);
});

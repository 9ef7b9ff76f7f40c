import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findOnPath, isExecutableFile } from '../find-program.js';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Names a Chromium or Chrome installed on the machine goes by. */
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

export interface ChromiumExecutable {
  path: string;
  /** `system`: found on PATH (or named by COMPACT_CHROMIUM); `npm`: unpacked from @sparticuz/chromium. */
  origin: 'system' | 'npm';
  /** Variables the browser needs (a font configuration for the npm build). */
  env: Record<string, string>;
}

/** The machine's own Chromium, where npm ships none: the one COMPACT_CHROMIUM names, else the first on PATH. */
export function systemChromium(): string | undefined {
  const named = process.env.COMPACT_CHROMIUM;
  if (named) {
    if (!isExecutableFile(named)) throw new Error(`COMPACT_CHROMIUM names ${named}, which is not an executable file`);
    return named;
  }
  for (const name of SYSTEM_NAMES) {
    const path = findOnPath(name);
    if (path !== undefined) return path;
  }
  return undefined;
}

/** The package.json of an installed package, also when its exports do not list that file. */
function packageJsonOf(name: string): string {
  for (let folder = dirname(require.resolve(name)); folder !== dirname(folder); folder = dirname(folder)) {
    const candidate = join(folder, 'package.json');
    if (existsSync(candidate) && (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === name) return candidate;
  }
  throw new Error(`cannot find the package.json of ${name}`);
}

const UNPACKING = '.unpacking';
/** A lock older than this was left by a run that was stopped. */
const STALE_LOCK_MS = 120_000;

/**
 * True when this process is to unpack the browser; false when another test process did it meanwhile (one
 * unpacks, the others wait for its file rather than unpack the same 180 MB again).
 */
async function takeTurnToUnpack(folder: string, binary: string): Promise<boolean> {
  const lock = join(folder, UNPACKING);
  for (;;) {
    try {
      mkdirSync(lock);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (existsSync(binary)) return false;
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

let unpacking: Promise<ChromiumExecutable> | undefined;

/**
 * The headless Chromium that ships inside the @sparticuz/chromium package (Linux x64 and arm64), unpacked once
 * into node_modules/.cache. It draws text with the DejaVu fonts of the dejavu-fonts-ttf package, so a machine
 * without fonts renders the same pages.
 */
export function npmChromium(): Promise<ChromiumExecutable> {
  unpacking ??= (async () => {
    if (process.platform !== 'linux') {
      throw new Error(`@sparticuz/chromium ships Chromium for Linux only; on ${process.platform} install Chromium or Chrome and put it on PATH, or name it in COMPACT_CHROMIUM`);
    }
    const packageJson = packageJsonOf('@sparticuz/chromium');
    const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
    const folder = join(ROOT, 'node_modules', '.cache', `compact-chromium-${version}-${process.arch}`);
    const binary = join(folder, 'chromium');
    const fontsConf = join(folder, 'fonts.conf');
    mkdirSync(folder, { recursive: true });
    // Written under a name of its own, then renamed, so test files that start together never run a half-written file.
    const partial = `.${process.pid}.partial`;
    if (!existsSync(binary) && (await takeTurnToUnpack(folder, binary))) {
      try {
        await pipeline(createReadStream(join(dirname(packageJson), 'bin', 'chromium.br')), createBrotliDecompress(), createWriteStream(binary + partial, { mode: 0o755 }));
        renameSync(binary + partial, binary);
      } finally {
        rmSync(join(folder, UNPACKING), { recursive: true, force: true });
      }
    }
    if (!existsSync(fontsConf)) {
      const fonts = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
      const conf = `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${fonts}</dir>\n  <cachedir>${join(folder, 'font-cache')}</cachedir>\n</fontconfig>\n`;
      writeFileSync(fontsConf + partial, conf);
      renameSync(fontsConf + partial, fontsConf);
    }
    return { path: binary, origin: 'npm' as const, env: { FONTCONFIG_FILE: fontsConf } };
  })();
  return unpacking;
}

/** Where @sparticuz/chromium ships a Chromium. */
export function npmShipsChromium(platform: NodeJS.Platform = process.platform, arch: string = process.arch): boolean {
  return platform === 'linux' && (arch === 'x64' || arch === 'arm64');
}

/**
 * The Chromium of `npm test`: the one from npm wherever the package ships one, so the tests never run the
 * machine's own (Debian's Chromium is the cross-checks' business); the program COMPACT_CHROMIUM names when it
 * names one; elsewhere the machine's Chromium or Chrome on PATH.
 */
export async function chromiumExecutable(): Promise<ChromiumExecutable> {
  const named = process.env.COMPACT_CHROMIUM;
  if (named === 'npm' || (!named && npmShipsChromium())) return npmChromium();
  const system = systemChromium();
  if (!system) throw new Error(`no Chromium for the browser tests: @sparticuz/chromium ships none for ${process.platform}-${process.arch}; install Chrome or Chromium and put it on PATH, or name it in COMPACT_CHROMIUM`);
  return { path: system, origin: 'system', env: {} };
}

/** A headless Chromium with the flags a closed network needs. Launch one per test file and close it after. */
export async function launchChromium(executable?: ChromiumExecutable): Promise<Browser> {
  const { path, env } = executable ?? (await chromiumExecutable());
  return chromium.launch({ executablePath: path, args: ARGS, headless: true, env: { ...process.env, ...env } as Record<string, string> });
}

/** Runs axe-core on the page as it is; the ids of the rules it violates. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy (no scripts) does not govern;
  // a <script> tag would be refused by it, as it should be.
  await page.evaluate(AXE);
  const result = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } }).axe;
    return axe.run();
  })) as { violations: { id: string }[] };
  return result.violations.map((violation) => violation.id);
}

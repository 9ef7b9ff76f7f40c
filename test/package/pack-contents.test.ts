// What `npm pack` would publish: only what an installed `compact` needs, and everything it refers to.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/rules/index.js';
import { ruleDocsPath } from '../../src/lint/docs.js';
import { ROOT } from '../helpers/cli.js';
import { npmEnv } from './npm.js';

interface PackedFile {
  path: string;
  size: number;
}

interface PackResult {
  size: number;
  unpackedSize: number;
  files: PackedFile[];
}

const ALLOWED = ['package.json', 'README.md', 'LICENSE', 'bin/compact.js', 'bin/load-bundle.js', 'bin/package.json', 'dist/', 'schemas/', 'templates/', 'messages/', 'docs/', 'examples/'];
const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'bin/compact.js',
  // Loads the CLI's bundle with its code cache, for bin/compact.js and for worker threads.
  'bin/load-bundle.js',
  // Makes bin/compact.js a CommonJS script in this ES module package.
  'bin/package.json',
  'dist/cli.cjs',
  'dist/cli.json',
  'dist/worker.cjs',
  'messages/en.json',
  'messages/sv.json',
  'dist/index.js',
  'dist/types/index.d.ts',
  'schemas/compact.schema.json',
  'templates/style.css',
  'templates/redline.css',
  'docs/format.md',
  'examples/orebro.yaml',
  'messages/en.json',
  'messages/sv.json',
];
const REQUIRED_FOLDERS = ['templates/sv/', 'templates/en/', 'templates/init/', 'dist/chunks/'];
/** The gzipped tarball and the unpacked package stay small: it is mostly bundled JavaScript and text. */
const MAX_TARBALL_BYTES = 1_500_000;
const MAX_UNPACKED_BYTES = 6_000_000;

const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
  main: string;
  types: string;
  bin: Record<string, string>;
  exports: Record<string, unknown>;
  dependencies: Record<string, string>;
};
let packed: PackResult;
let paths: Set<string>;

beforeAll(() => {
  // --ignore-scripts: prepack would rebuild dist/ while other tests run the built CLI.
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, env: npmEnv(), encoding: 'utf8' });
  packed = (JSON.parse(output) as PackResult[])[0]!;
  paths = new Set(packed.files.map((file) => file.path));
});

/** Every string a package.json `exports` value points to, through nested conditions. */
function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

/** Whether a package brings its own type declarations (else they come from @types/…). */
function hasOwnTypes(name: string): boolean {
  const manifest = JSON.parse(readFileSync(`${ROOT}node_modules/${name}/package.json`, 'utf8')) as Record<string, unknown>;
  return 'types' in manifest || 'typings' in manifest || JSON.stringify(manifest.exports ?? {}).includes('"types"') || existsSync(`${ROOT}node_modules/${name}/index.d.ts`);
}

const shipped = (reference: string) => posix.normalize(reference.replace(/^\.\//, ''));

describe('npm pack', () => {
  it('ships only files under the allowed folders', () => {
    const stray = [...paths].filter((path) => !ALLOWED.some((allowed) => (allowed.endsWith('/') ? path.startsWith(allowed) : path === allowed)));
    expect(stray).toEqual([]);
  });

  it('ships no sources, tests, source maps, temporary files or key material', () => {
    const unwanted = [...paths].filter(
      (path) =>
        /^(src|test|bench|scripts|\.ci|node_modules|coverage)\//.test(path) ||
        /\.(map|tmp|tsbuildinfo|p12|pfx|pem|key|crt|env)$/i.test(path) ||
        /(^|\/)\.[^/]+$/.test(path),
    );
    expect(unwanted).toEqual([]);
  });

  it('ships the built CLI, library, types, schema, templates, docs and examples', () => {
    expect(REQUIRED.filter((path) => !paths.has(path))).toEqual([]);
    for (const folder of REQUIRED_FOLDERS) expect([...paths].some((path) => path.startsWith(folder)), folder).toBe(true);
  });

  it('ships a docs page for every lint rule', () => {
    expect(RULES.map((rule) => ruleDocsPath(rule.meta.id)).filter((path) => !paths.has(path))).toEqual([]);
  });

  it('ships every file that bin, main, types and exports point to', () => {
    const references = [...Object.values(pkg.bin), pkg.main, pkg.types, ...exportTargets(pkg.exports)];
    expect(references.length).toBeGreaterThan(4);
    expect(references.map(shipped).filter((path) => !paths.has(path))).toEqual([]);
  });

  it('ships type declarations whose imports resolve inside the package or name a dependency', () => {
    const declarations = [...paths].filter((path) => path.endsWith('.d.ts'));
    expect(declarations.length).toBeGreaterThan(10);
    const broken: string[] = [];
    for (const path of declarations) {
      const text = readFileSync(`${ROOT}${path}`, 'utf8');
      for (const [, specifier] of text.matchAll(/(?:from |import\()['"]([^'"]+)['"]/g)) {
        if (specifier!.startsWith('.')) {
          const target = posix.join(dirname(path), specifier!).replace(/\.js$/, '.d.ts');
          if (!paths.has(target)) broken.push(`${path}: ${specifier}`);
        } else if (!specifier!.startsWith('node:')) {
          const name = specifier!.split('/').slice(0, specifier!.startsWith('@') ? 2 : 1).join('/');
          if (!(name in pkg.dependencies)) broken.push(`${path}: ${specifier} is not a dependency`);
          else if (!hasOwnTypes(name) && !(`@types/${name}` in pkg.dependencies)) broken.push(`${path}: ${specifier} needs @types/${name} as a dependency`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it(`stays under ${MAX_TARBALL_BYTES / 1e6} MB packed and ${MAX_UNPACKED_BYTES / 1e6} MB unpacked`, () => {
    expect(packed.size).toBeLessThan(MAX_TARBALL_BYTES);
    expect(packed.unpackedSize).toBeLessThan(MAX_UNPACKED_BYTES);
  });
});

describe('the runtime dependency tree in package-lock.json', () => {
  interface LockedPackage {
    version?: string;
    resolved?: string;
    integrity?: string;
    dev?: boolean;
    deprecated?: string;
    hasInstallScript?: boolean;
  }
  const lock = JSON.parse(readFileSync(`${ROOT}package-lock.json`, 'utf8')) as { packages: Record<string, LockedPackage> };
  const runtime = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.dev);

  // No "resolved" means the default registry (the lockfile is written without registry URLs).
  it('holds registry packages with integrity hashes, none deprecated and none with an install script', () => {
    expect(runtime.length).toBeGreaterThan(20);
    const odd = runtime
      .filter(([, entry]) => (entry.resolved !== undefined && !entry.resolved.startsWith('https://registry.npmjs.org/')) || !entry.integrity?.startsWith('sha512-') || entry.deprecated || entry.hasInstallScript)
      .map(([path]) => path);
    expect(odd).toEqual([]);
  });

  it('holds one pdfkit', () => {
    expect(runtime.filter(([path]) => path.endsWith('node_modules/pdfkit')).map(([path]) => path)).toEqual(['node_modules/pdfkit']);
  });
});

// Bundles the CLI and the library with esbuild: start-up reads one module, and the heavy libraries
// (PDF, templates, signing, prompts) stay outside, loaded only by the commands that use them.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { precompiledTemplatesModule } from './precompile-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const LAZY_PACKAGES = [
  'pdfkit',
  'fontkit',
  'handlebars',
  'markdown-it',
  'dejavu-fonts-ttf',
  // @signpdf/placeholder-plain is bundled: installed, its @signpdf/placeholder-pdfkit010 would pull in pdfkit 0.10
  // (and its 100-odd dependencies) as a peer, though it never loads it.
  '@signpdf/signpdf',
  '@signpdf/utils',
  'node-forge',
  'pkijs',
  'asn1js',
  '@inquirer/prompts',
  'chokidar',
  'cli-progress',
  'diff',
  // Only `compact lsp` loads the language server.
  'vscode-languageserver',
  'vscode-languageserver-textdocument',
  'docx',
  'jszip',
];

// Fresh bundles every time. The type declarations (dist/types, written by tsc after this) stay unless `--clean`
// is given (as `npm run build` does), which drops declarations of modules that no longer exist before a pack.
const clean = process.argv.includes('--clean');
for (const entry of await readdir(`${root}dist`).catch(() => [])) {
  if (clean || entry !== 'types') await rm(`${root}dist/${entry}`, { recursive: true, force: true });
}

// The built-in templates, precompiled into the bundles in place of the empty src/render/precompiled.ts.
const precompiledTemplates = {
  name: 'precompiled-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]render[\\/]precompiled\.ts$/ }, () => ({ contents: precompiledTemplatesModule(root), loader: 'js' }));
  },
};

// commander requires node:child_process at load, for executable sub-commands, which compact has none of; Node.js
// would load that module (not in its start-up snapshot) on every run. It is required when first used instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy', namespace: 'lazy-child-process' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};

const shared = {
  absWorkingDir: root,
  plugins: [precompiledTemplates, lazyChildProcess],
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: LAZY_PACKAGES,
  legalComments: 'none',
  logLevel: 'warning',
};

// Pure JavaScript that the CLI bundle carries after all: initialised only when a command that uses it runs (render,
// diff), and then read from the V8 code cache with the rest instead of being loaded and compiled file by file.
const IN_CLI_BUNDLE = ['handlebars', 'markdown-it', 'diff'];

const commonJs = {
  ...shared,
  external: LAZY_PACKAGES.filter((name) => !IN_CLI_BUNDLE.includes(name)),
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // import() of a package inside vm.Script warns on stderr; as require() it loads as lazily without warning.
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__compactModuleUrl' },
  banner: { js: 'var __compactModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  minify: true,
};

// The CLI is one CommonJS script so that bin/compact.js can run it through vm.Script with a V8 code cache:
// start-up then skips parsing and compiling what the previous run already compiled.
const cli = await build({ ...commonJs, entryPoints: { cli: 'src/cli/main.ts' }, write: false });
const bundle = cli.outputFiles.find((file) => file.path.endsWith('cli.cjs'));

// Worker threads that check a share of a large batch of files (src/batch).
await build({ ...commonJs, entryPoints: { worker: 'src/batch/worker.ts' } });
// esbuild escapes non-ASCII text in strings but not in regular expressions (a library's /ẞ/g), where a \u escape
// means the same. An ASCII bundle is read into a one-byte string, which start-up reads several times faster.
const cliText = bundle.text.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
await mkdir(`${root}dist`, { recursive: true });
await writeFile(bundle.path, cliText);
await writeFile(`${root}dist/cli.json`, `${JSON.stringify({ sha256: createHash('sha256').update(cliText).digest('hex').slice(0, 32) })}\n`);

// The library keeps ES modules, with the commands' heavy parts in chunks loaded on first use.
await build({
  ...shared,
  entryPoints: { index: 'src/index.ts' },
  outdir: 'dist',
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

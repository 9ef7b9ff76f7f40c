// Bundles the CLI and the library with esbuild: start-up reads one module, and the heavy libraries
// (PDF, templates, signing, prompts) stay outside, loaded only by the commands that use them.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export const LAZY_PACKAGES = [
  'pdfkit',
  'fontkit',
  'handlebars',
  'markdown-it',
  'dejavu-fonts-ttf',
  '@signpdf/*',
  'node-forge',
  'pkijs',
  'asn1js',
  '@inquirer/prompts',
  'chokidar',
  'cli-progress',
  'diff',
  'lilconfig',
];

await rm(`${root}dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: LAZY_PACKAGES,
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});

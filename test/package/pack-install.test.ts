// The package as a user gets it: `npm pack`, then `npm install -g` of the tarball into an empty prefix and
// `npm install` of it into an empty project, and the installed `compact` and library used from there.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdentity } from '../helpers/certificates.js';
import { fixture, ROOT } from '../helpers/cli.js';
import { pdfFonts } from '../helpers/oracles/pdf-fonts.js';
import { npm, npmEnv } from './npm.js';

/** Installs from npm's cache when it can, so a warm machine installs without the network. */
const INSTALL_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
const TODAY = '2026-11-25';
const PASSPHRASE = 'Hemligt-lösen-4711';

const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
let work: string;
let prefix: string;
let installed: string;
let project: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the `compact` that `npm install -g` linked into the prefix's bin folder, found through PATH. */
function compact(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    const options = {
      cwd: work,
      env: npmEnv({ PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1', COMPACT_TODAY: TODAY, ...env }),
      encoding: 'utf8' as const,
      maxBuffer: 64 * 1024 * 1024,
    };
    execFile('compact', args, options, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs node (or a node script) in the temporary project that installed the tarball. */
function nodeInProject(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: project, env: npmEnv(), encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'compact-package-'));
  prefix = join(work, 'prefix');
  project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'uses-compact', private: true, type: 'module' })}\n`);
  // --ignore-scripts: prepack would rebuild dist/ while other tests run the built CLI; the global setup has built it.
  const [packed] = JSON.parse(await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT)) as { filename: string }[];
  const tarball = join(work, packed!.filename);
  await Promise.all([
    npm(['install', '--global', '--prefix', prefix, ...INSTALL_FLAGS, tarball], work),
    npm(['install', '--prefix', project, ...INSTALL_FLAGS, tarball], project),
  ]);
  installed = join(prefix, 'lib', 'node_modules', 'compact');
  writeFileSync(join(work, 'bad.yaml'), readFileSync(`${ROOT}${fixture('invalid', 'bad-id.yaml')}`));
  writeFileSync(join(work, 'signer.p12'), makeIdentity({ commonName: 'Anna Berg', passphrase: PASSPHRASE }).p12);
});

// The two installs take about 70 MB.
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.concurrent('npm install -g of the packed tarball', () => {
  it('puts compact on the PATH, printing the package version', async () => {
    expect(await compact(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('validates and lints the example shipped in the package', async () => {
    const example = join(installed, 'examples', 'orebro.yaml');
    const validated = await compact(['validate', example]);
    expect(validated.code, validated.stderr).toBe(0);
    expect(validated.stdout).toContain('1 file, 0 errors');
    const linted = await compact(['lint', example, '--format', 'json']);
    expect(linted.code, linted.stderr).toBe(0);
  });

  it('lints an invalid file with exit 1 and the line and column of the problem', async () => {
    const result = await compact(['lint', 'bad.yaml']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^bad\.yaml\n\s+14:9\s+error\s+principles\[0\]\.id/m);
  });

  it('renders a PDF with the DejaVu fonts embedded, and HTML', async () => {
    const example = join(installed, 'examples', 'orebro.yaml');
    const pdf = await compact(['render', example, '--out', 'orebro.pdf']);
    expect(pdf.code, pdf.stderr).toBe(0);
    const fonts = await pdfFonts(join(work, 'orebro.pdf'));
    expect(fonts).toContainEqual({ name: expect.stringMatching(/^[A-Z]{6}\+DejaVuSerif$/), type: 'CID TrueType', encoding: 'Identity-H', embedded: true, subset: true, unicode: true });
    expect(fonts.map((font) => font.name)).toContainEqual(expect.stringMatching(/\+DejaVuSans-Bold$/));
    const html = await compact(['render', example, '--format', 'html', '--out', '-']);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/i);
    expect(html.stdout).toContain('Örebro');
  });

  it('renders and signs a PDF in one step, and verifies the signature', async () => {
    const example = join(installed, 'examples', 'orebro.yaml');
    const signed = await compact(['render', example, '--sign', '--p12', 'signer.p12', '--out', 'signed.pdf'], { COMPACT_P12_PASSPHRASE: PASSPHRASE });
    expect(signed.code, signed.stderr).toBe(0);
    const verified = await compact(['verify', 'signed.pdf', '--format', 'json']);
    expect(verified.code, verified.stderr).toBe(0);
    expect((JSON.parse(verified.stdout) as { ok: boolean }).ok).toBe(true);
  });

  it('installs one pdfkit and no package with an install script', async () => {
    const query = (selector: string) => npm(['query', selector], installed).then((output) => JSON.parse(output) as { version: string }[]);
    const [pdfkits, scripted] = await Promise.all([query('#pdfkit'), query(':attr(scripts, [preinstall]), :attr(scripts, [install]), :attr(scripts, [postinstall])')]);
    expect(pdfkits.map((found) => found.version)).toEqual([expect.stringMatching(/^0\.20\./)]);
    expect(scripted).toEqual([]);
  });

  it('prints the schema it ships', async () => {
    const result = await compact(['schema']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(join(installed, 'schemas', 'compact.schema.json'), 'utf8')));
  });
});

describe.concurrent('npm install of the packed tarball into a project', () => {
  it("imports the library from 'compact', with the schema and package.json as subpaths", async () => {
    const result = await nodeInProject([
      '--input-type=module',
      '-e',
      `
      import { createRequire } from 'node:module';
      import { fileURLToPath } from 'node:url';
      import { loadCompact, validate, lint, render, diff } from 'compact';
      const require = createRequire(import.meta.url);
      const example = fileURLToPath(new URL('examples/orebro.yaml', import.meta.resolve('compact/package.json')));
      const orebro = await loadCompact(example);
      const markdown = await render(orebro.data, { format: 'md' });
      const pdf = await render(orebro.data, { format: 'pdf' });
      console.log(JSON.stringify({
        resolved: fileURLToPath(import.meta.resolve('compact')),
        errors: validate(orebro).length + lint(orebro, { today: '${TODAY}' }).filter((f) => f.severity === 'error').length,
        heading: markdown.split('\\n')[0],
        pdf: pdf.subarray(0, 5).toString(),
        same: diff(orebro.data, orebro.data).changes.length,
        schema: require('compact/schema').$schema,
        version: require('compact/package.json').version,
      }));
      `,
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      resolved: join(project, 'node_modules', 'compact', 'dist', 'index.js'),
      errors: 0,
      heading: '# Överenskommelse om samverkan i Örebro mellan det civila samhället och kommunen',
      pdf: '%PDF-',
      same: 0,
      schema: 'https://json-schema.org/draft/2020-12/schema',
      version,
    });
  });

  it('type-checks a TypeScript file that uses the library, checking the shipped declarations too', async () => {
    writeFileSync(
      join(project, 'use.ts'),
      [
        "import { diff, isCompact, lint, parseCompactText, render, validate, type Compact, type Finding } from 'compact';",
        "const loaded = parseCompactText('compact: 1\\n', 'inline.yaml');",
        "const findings: Finding[] = loaded.ok ? [...validate(loaded.compact), ...lint(loaded.compact, { today: '2026-01-01' })] : loaded.findings;",
        'const same = (a: Compact): number => diff(a, a).changes.length;',
        "const output: Promise<string | Buffer> | undefined = loaded.ok && isCompact(loaded.compact.data) ? render(loaded.compact.data, { format: 'md' }) : undefined;",
        'export { findings, same, output };',
        '// @ts-expect-error: the data of a file is unknown until it is checked (the declarations are not `any`)',
        "export const unchecked = loaded.ok ? render(loaded.compact.data, { format: 'md' }) : undefined;",
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules', '@types')],
        },
        files: ['use.ts'],
      }),
    );
    const result = await nodeInProject([join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.']);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(0);
  });
});

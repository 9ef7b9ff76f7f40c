import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const API_DOC = join(ROOT, 'docs/api.md');

function codeBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

describe('docs/api.md', () => {
  it('has examples, and every one of them type-checks against the package as "compact"', async () => {
    const blocks = codeBlocks(readFileSync(API_DOC, 'utf8'));
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    const dir = mkdtempSync(join(tmpdir(), 'compact-api-examples-'));
    const files = blocks.map((code, index) => {
      const file = join(dir, `example-${index + 1}.ts`);
      writeFileSync(file, `${code}\nexport {};\n`);
      return file;
    });
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules/@types')],
          // The declarations the package ships (the test run's global setup keeps them up to date with src).
          paths: { compact: [join(ROOT, 'dist/types/index.d.ts')] },
        },
        files,
      }),
    );
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = await promisify(execFile)(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { cwd: dir }).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(result.stdout).toBe('');
    expect(result.code).toBe(0);
  }, 240_000);

  it('names every value the package exports, and the package exports every function it documents', async () => {
    const doc = readFileSync(API_DOC, 'utf8');
    const api = (await import('../../src/index.js')) as Record<string, unknown>;
    const undocumented = Object.keys(api).filter((name) => !new RegExp(`\\b${name}\\b`).test(doc));
    expect(undocumented).toEqual([]);
    const documented = [...doc.matchAll(/^\| `(\w+)\(/gm)].map((match) => match[1]!);
    expect(documented.filter((name) => !(name in api))).toEqual([]);
  });
});

import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli.js';

const rendering = new Map<string, Promise<string>>();

/**
 * The PDF `compact render <file> --lang <lang>` writes (SOURCE_DATE_EPOCH unset), rendered once in a test run and
 * read by every test file that checks it: a render is deterministic, so one copy stands for all.
 */
export function sharedPdf(file: string, lang: string): Promise<string> {
  const path = join(tmpdir(), 'compact-shared-pdfs', `${file.replace(/\W+/g, '-')}-${lang}.pdf`);
  let pending = rendering.get(path);
  if (!pending) {
    pending = renderTo(file, lang, path);
    rendering.set(path, pending);
  }
  return pending;
}

async function renderTo(file: string, lang: string, path: string): Promise<string> {
  if (existsSync(path)) return path;
  mkdirSync(join(path, '..'), { recursive: true });
  // Another test process may render the same file meanwhile: each writes its own file, then renames it into place.
  const temp = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.pdf`;
  const result = await runCli(['render', file, '--lang', lang, '--out', temp], { env: { SOURCE_DATE_EPOCH: '' } });
  if (result.code !== 0) throw new Error(`compact render ${file} --lang ${lang} exited ${result.code}: ${result.stderr}`);
  renameSync(temp, path);
  return path;
}

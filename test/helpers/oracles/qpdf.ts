import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import createQpdf from '@neslinesli93/qpdf-wasm';

const WASM = createRequire(import.meta.url).resolve('@neslinesli93/qpdf-wasm/dist/qpdf.wasm');
const INPUT = '/input.pdf';
const OUTPUT = '/output.pdf';

export interface QpdfRun {
  /** qpdf's exit status: 0 fine, 2 errors, 3 warnings. */
  code: number;
  stdout: string;
  stderr: string;
  /** What qpdf wrote where `args` said `{out}`, if it wrote anything. */
  output?: Uint8Array;
}

/**
 * Runs qpdf (12, compiled to WebAssembly) with `args` on the PDF, which it reads as `{}` in `args` (and writes
 * as `{out}`): the same command line as the qpdf program, e.g. `qpdf(['--check', '{}'], bytes)` or
 * `qpdf(['--linearize', '{}', '{out}'], bytes)`.
 */
export async function qpdf(args: string[], source: string | Uint8Array): Promise<QpdfRun> {
  const bytes = typeof source === 'string' ? await readFile(source) : source;
  const stdout: string[] = [];
  const stderr: string[] = [];
  // The module binds console.log and console.error as its stdout and stderr when it is made.
  const { log, error } = console;
  console.log = (...parts: unknown[]) => void stdout.push(parts.join(' '));
  console.error = (...parts: unknown[]) => void stderr.push(parts.join(' '));
  let made: ReturnType<typeof createQpdf>;
  try {
    made = createQpdf({ locateFile: () => WASM });
  } finally {
    console.log = log;
    console.error = error;
  }
  const instance = (await made) as Awaited<typeof made> & { FS: { writeFile(path: string, data: Uint8Array): void; readFile(path: string): Uint8Array } };
  instance.FS.writeFile(INPUT, bytes);
  // An exit status other than 0 is also written to process.exitCode, which would fail the test run.
  const exitCode = process.exitCode;
  const code = instance.callMain(args.map((arg) => arg.replaceAll('{}', INPUT).replaceAll('{out}', OUTPUT)));
  process.exitCode = exitCode;
  // A last line without a newline stays in the module's terminal buffer: a newline written to it flushes it.
  instance.FS.writeFile('/dev/stdout', new TextEncoder().encode('\n'));
  let output: Uint8Array | undefined;
  try {
    output = instance.FS.readFile(OUTPUT);
  } catch {
    output = undefined;
  }
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n'), output };
}

/** `qpdf --check`: the structure, cross-reference table and every stream decode without an error or a warning. */
export async function qpdfCheck(source: string | Uint8Array): Promise<{ ok: boolean; output: string }> {
  const run = await qpdf(['--check', '{}'], source);
  return { ok: run.code === 0, output: `${run.stdout}\n${run.stderr}`.trim() };
}

async function succeeded(args: string[], source: string | Uint8Array): Promise<string> {
  const run = await qpdf(args, source);
  if (run.code !== 0) throw new Error(`qpdf ${args.join(' ')} exited with ${run.code}: ${run.stderr}`);
  return run.stdout;
}

/** The text of an indirect object as `qpdf --show-object` prints it, e.g. `trailer` or `3`. */
export function qpdfObject(source: string | Uint8Array, object: string): Promise<string> {
  return succeeded([`--show-object=${object}`, '{}'], source);
}

/** The undecoded bytes of a stream object (`--raw-stream-data`), as text. */
export function qpdfRawStream(source: string | Uint8Array, object: string): Promise<string> {
  return succeeded([`--show-object=${object}`, '--raw-stream-data', '{}'], source);
}

/** A qpdf JSON (version 2) object value: names as "/Name", references as "3 0 R", strings as "u:text" or "b:hex". */
export type QpdfValue = string | number | boolean | null | QpdfValue[] | { [key: string]: QpdfValue };

export interface QpdfObjects {
  /** Every object by its reference ("3 0 R", and "trailer"): a dictionary, or a stream's dictionary. */
  objects: Map<string, QpdfValue>;
  /** The whole JSON text qpdf printed. */
  json: string;
}

/** All objects of the file, from `qpdf --json --json-key=qpdf`. */
export async function qpdfObjects(source: string | Uint8Array): Promise<QpdfObjects> {
  const json = await succeeded(['--json', '--json-key=qpdf', '{}'], source);
  const [, objects] = (JSON.parse(json) as { qpdf: [unknown, Record<string, { value?: QpdfValue; stream?: { dict: QpdfValue } }>] }).qpdf;
  const map = new Map<string, QpdfValue>();
  for (const [key, entry] of Object.entries(objects)) map.set(key.replace(/^obj:/, ''), entry.value ?? entry.stream?.dict ?? null);
  return { objects: map, json };
}

/** An entry of the outline (bookmarks) as qpdf reads it: its title, the page it goes to, its children. */
export interface OutlineItem {
  title: string;
  page: number;
  kids: OutlineItem[];
}

/** The document outline from `qpdf --json --json-key=outlines`. */
export async function qpdfOutline(source: string | Uint8Array): Promise<OutlineItem[]> {
  interface QpdfOutline {
    title: string;
    destpageposfrom1: number;
    kids: QpdfOutline[];
  }
  const json = JSON.parse(await succeeded(['--json', '--json-key=outlines', '{}'], source)) as { outlines: QpdfOutline[] };
  const convert = (item: QpdfOutline): OutlineItem => ({ title: item.title, page: item.destpageposfrom1, kids: item.kids.map(convert) });
  return json.outlines.map(convert);
}

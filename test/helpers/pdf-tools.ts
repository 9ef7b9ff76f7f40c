import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownToPdf, type PdfMeta } from '../../src/render/pdf/index.js';

export const FIXTURES = new URL('../render/fixtures/', import.meta.url);

export function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

export function swedishMeta(overrides: Partial<PdfMeta> = {}): PdfMeta {
  return {
    title: 'Överenskommelse om samverkan i Exempelby',
    author: 'Exempelby kommun',
    subject: 'Överenskommelse mellan kommunen och det civila samhället',
    keywords: ['överenskommelse', 'civilsamhälle'],
    lang: 'sv',
    headerTitle: 'Överenskommelse om samverkan i Exempelby',
    labels: { page: 'Sida {{page}} av {{pages}}' },
    creationDate: new Date('2024-05-12T00:00:00Z'),
    ...overrides,
  };
}

/** A rendered PDF on disk, for the poppler and qpdf command-line tools. */
export interface PdfFile {
  path: string;
  bytes: Buffer;
  remove(): void;
}

export async function renderToFile(markdown: string, meta: PdfMeta): Promise<PdfFile> {
  const bytes = await markdownToPdf(markdown, meta);
  const dir = mkdtempSync(join(tmpdir(), 'compact-pdf-'));
  const path = join(dir, 'out.pdf');
  writeFileSync(path, bytes);
  return { path, bytes, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function tool(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function pdfText(path: string, options: { page?: number; layout?: boolean } = {}): string {
  const args = [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8'];
  if (options.page !== undefined) args.push('-f', String(options.page), '-l', String(options.page));
  return tool('pdftotext', [...args, path, '-']);
}

export function pdfInfo(path: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of tool('pdfinfo', [path]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!] = match[2]!;
  }
  return info;
}

export interface OutlineItem {
  title: string;
  page: number;
  kids: OutlineItem[];
}

/** The document outline as qpdf reads it. */
export function pdfOutline(path: string): OutlineItem[] {
  interface QpdfOutline {
    title: string;
    destpageposfrom1: number;
    kids: QpdfOutline[];
  }
  const json = JSON.parse(tool('qpdf', ['--json', '--json-key=outlines', path])) as { outlines: QpdfOutline[] };
  const convert = (item: QpdfOutline): OutlineItem => ({
    title: item.title,
    page: item.destpageposfrom1,
    kids: item.kids.map(convert),
  });
  return json.outlines.map(convert);
}

/** The text of an indirect object as qpdf prints it, e.g. `trailer` or `3`. */
export function pdfObject(path: string, object: string): string {
  return tool('qpdf', [`--show-object=${object}`, path]);
}

/** Text lines of a page, without blank lines. */
export function pageLines(path: string, page: number): string[] {
  return pdfText(path, { page })
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

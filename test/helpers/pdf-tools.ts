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

/** A rendered PDF on disk, for the oracles in test/helpers/oracles (and the cross-checks' command-line tools). */
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

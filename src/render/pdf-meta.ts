import { earliestDay } from '../domain/dates.js';
import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Compact } from '../model/index.js';
import type { DocxMeta } from './docx/index.js';
import type { PdfMeta } from './pdf-backend.js';
import { label, rawLabel, type Strings } from './strings.js';

/**
 * The PDF's metadata. Its dates come from SOURCE_DATE_EPOCH when set, else from the compact itself (the latest
 * date it records), never from the clock: the same input gives the same bytes.
 */
export function pdfMeta(compact: Compact, strings: Strings, env: NodeJS.ProcessEnv = process.env): PdfMeta {
  const publicParty = compact.parties.find((party) => party.role === 'public');
  const author = compact.jurisdiction ?? publicParty?.name;
  return {
    title: compact.title,
    ...(author ? { author } : {}),
    subject: label(strings, 'pdf.subject'),
    keywords: compact.parties.map((party) => party.name),
    lang: strings.lang,
    headerTitle: compact.title,
    labels: { page: rawLabel(strings, 'pdf.page') },
    creationDate: creationDate(compact, env),
  };
}

function creationDate(compact: Compact, env: NodeJS.ProcessEnv): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new CompactError(t('render.sourceDateEpoch', { value: epoch }));
    return new Date(Number(epoch) * 1000);
  }
  const dates = [
    compact.adoption?.date,
    compact.review?.last_reviewed,
    ...(compact.revisions ?? []).map((revision) => revision.date),
    ...(compact.decisions ?? []).map((decision) => decision.date),
    ...(compact.signatories ?? []).map((signatory) => signatory.date),
  ].filter((date): date is string => typeof date === 'string');
  const latest = dates.map(earliestDay).sort().at(-1) ?? '1970-01-01';
  return new Date(`${latest}T00:00:00Z`);
}

/** The Word document's properties and furniture: the PDF's, with the label of its table of contents. */
export function docxMeta(compact: Compact, strings: Strings, env: NodeJS.ProcessEnv = process.env): DocxMeta {
  const meta = pdfMeta(compact, strings, env);
  return {
    title: meta.title,
    ...(meta.author === undefined ? {} : { author: meta.author }),
    ...(meta.subject === undefined ? {} : { subject: meta.subject }),
    ...(meta.keywords === undefined ? {} : { keywords: meta.keywords }),
    lang: meta.lang,
    headerTitle: meta.headerTitle,
    pageLabel: meta.labels.page,
    contentsLabel: label(strings, 'html.contents'),
    creationDate: meta.creationDate,
  };
}

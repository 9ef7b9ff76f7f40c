import {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { createMarkdownIt } from '../markdown-it.js';
import { tokensToBlocks, type Block, type TextRun as Run } from '../pdf/blocks.js';
import { PAGE } from '../pdf/style.js';
import type { DocxMeta, DocxOptions } from './index.js';
import { fixDates } from './package.js';
import { xmlSafe } from './xml-text.js';

const LOCALES = { sv: 'sv-SE', en: 'en-GB' } as const;
/** Points to twentieths of a point (OOXML's twips). */
const twips = (points: number) => Math.round(points * 20);
const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
const BULLETS = 'compact-bullets';
const NUMBERS = 'compact-numbers';

type Child = Paragraph | Table | TableOfContents;

/** The document as Word would write it: built-in heading styles, real lists, a table of contents, page fields. */
export async function renderDocx(markdown: string, meta: DocxMeta, options: DocxOptions = {}): Promise<Buffer> {
  const blocks = tokensToBlocks(createMarkdownIt({ changeMarks: options.trackChanges !== undefined }).parse(markdown, {}));
  const writer = new Writer(meta, options);
  const body = writer.document(blocks);
  const language = { value: LOCALES[meta.lang] };
  const doc = new Document({
    title: xmlSafe(meta.title),
    ...(meta.subject === undefined ? {} : { subject: xmlSafe(meta.subject) }),
    ...(meta.author === undefined ? {} : { creator: xmlSafe(meta.author), lastModifiedBy: xmlSafe(meta.author) }),
    ...(meta.keywords && meta.keywords.length > 0 ? { keywords: xmlSafe(meta.keywords.join(', ')) } : {}),
    features: { updateFields: true, ...(options.trackChanges ? { trackRevisions: true } : {}) },
    styles: {
      default: {
        document: { run: { language, font: 'Cambria', size: 21 } },
        heading1: { run: { language, font: 'Calibri', size: 30, bold: true }, paragraph: { spacing: { before: 400, after: 160 }, keepNext: true } },
        heading2: { run: { language, font: 'Calibri', size: 24, bold: true }, paragraph: { spacing: { before: 280, after: 100 }, keepNext: true } },
        heading3: { run: { language, font: 'Calibri', size: 21, bold: true }, paragraph: { spacing: { before: 220, after: 60 }, keepNext: true } },
        title: { run: { language, font: 'Calibri', size: 52, bold: true }, paragraph: { spacing: { after: 240 } } },
      },
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: [0, 1, 2, 3].map((level) => ({ level, format: LevelFormat.BULLET, text: ['•', '–', '◦', '•'][level]!, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } } })) },
        { reference: NUMBERS, levels: [0, 1, 2, 3].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } } })) },
      ],
    },
    comments: { children: writer.comments },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: twips(PAGE.margins.top), bottom: twips(PAGE.margins.bottom), left: twips(PAGE.margins.left), right: twips(PAGE.margins.right) },
          },
        },
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: xmlSafe(meta.headerTitle), size: 17, color: '5A6470' })] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: pageLabelRuns(meta.pageLabel) })] }) },
        children: body,
      },
    ],
  });
  return fixDates(await Packer.toBuffer(doc), meta.creationDate);
}

/** "Sida {{page}} av {{pages}}" with PAGE and NUMPAGES fields in place of the placeholders. */
function pageLabelRuns(label: string): TextRun[] {
  return label.split(/(\{\{\s*pages?\s*\}\})/).filter((part) => part !== '').map((part) => {
    if (/\{\{\s*page\s*\}\}/.test(part)) return new TextRun({ children: [PageNumber.CURRENT], size: 17 });
    if (/\{\{\s*pages\s*\}\}/.test(part)) return new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 17 });
    return new TextRun({ text: xmlSafe(part), size: 17 });
  });
}

interface CommentOptions {
  id: number;
  author: string;
  initials: string;
  date: Date;
  children: Paragraph[];
}

/** Blocks to Word paragraphs and tables, with the tracked changes and comments of a redline. */
class Writer {
  readonly comments: CommentOptions[] = [];
  private nextChangeId = 1;
  private readonly date: string;
  /** Notes in a paragraph of their own: commented on the next paragraph. */
  private pendingNotes: string[] = [];
  /** How many block quotes the current block stands in: each indents it further. */
  private quoteDepth = 0;

  constructor(
    private readonly meta: DocxMeta,
    private readonly options: DocxOptions,
  ) {
    this.date = meta.creationDate.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  document(blocks: Block[]): Child[] {
    const firstSection = blocks.findIndex((block) => block.kind === 'heading' && block.level > 1);
    const split = firstSection === -1 ? blocks.length : firstSection;
    const cover = this.blocks(blocks.slice(0, split), 0);
    const contents: Child[] = [
      new Paragraph({ children: [new TextRun({ text: xmlSafe(this.meta.contentsLabel), bold: true, size: 28 })], spacing: { before: 240, after: 120 } }),
      new TableOfContents(xmlSafe(this.meta.contentsLabel), { hyperlink: true, headingStyleRange: '1-3' }),
    ];
    return [...cover, ...contents, ...this.blocks(blocks.slice(split), 0)];
  }

  private blocks(blocks: Block[], depth: number): Child[] {
    const out: Child[] = [];
    blocks.forEach((block, index) => {
      const next = blocks[index + 1];
      out.push(...this.block(block, depth, next));
    });
    return out;
  }

  private block(block: Block, depth: number, next: Block | undefined): Child[] {
    switch (block.kind) {
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[block.level - 1], children: this.runs(block.runs) })];
      case 'paragraph': {
        if (block.runs.length > 0 && block.runs.every((run) => run.change === 'note' || run.text.trim() === '')) {
          this.pendingNotes.push(...block.runs.filter((run) => run.change === 'note').map((run) => run.text));
          return [];
        }
        return [new Paragraph({ children: this.runs(block.runs), spacing: { after: 140 }, ...this.quoteIndent(), ...(next?.kind === 'signature' ? { keepNext: true } : {}) })];
      }
      case 'list':
        return this.list(block, depth);
      case 'quote': {
        this.quoteDepth++;
        const children = this.blocks(block.blocks, depth);
        this.quoteDepth--;
        return children;
      }
      case 'code':
        return block.text.split('\n').map((line) => new Paragraph({ children: this.runs([{ text: line || ' ', bold: false, italic: false, code: true, strike: false, ...(block.change ? { change: block.change } : {}) }]), spacing: { after: 0 } }));
      case 'table':
        return [this.table(block)];
      case 'signature':
        return [this.signature(block.lines)];
      case 'pageBreak':
        return [new Paragraph({ children: [new PageBreak()] })];
    }
  }

  private quoteIndent(): { indent?: { left: number } } {
    return this.quoteDepth === 0 ? {} : { indent: { left: 567 * this.quoteDepth } };
  }

  private list(block: Extract<Block, { kind: 'list' }>, depth: number): Child[] {
    const out: Child[] = [];
    const instance = this.nextChangeId++;
    for (const item of block.items) {
      item.forEach((inner, index) => {
        if (index === 0 && inner.kind === 'paragraph') {
          const children = this.runs(inner.runs);
          out.push(new Paragraph({ children, numbering: { reference: block.ordered ? NUMBERS : BULLETS, level: Math.min(depth, 3), instance }, spacing: { after: 60 } }));
        } else if (inner.kind === 'list') out.push(...this.list(inner, depth + 1));
        else if (inner.kind === 'paragraph') out.push(new Paragraph({ children: this.runs(inner.runs), indent: { left: 360 * (depth + 1) }, spacing: { after: 60 } }));
        else out.push(...this.block(inner, depth + 1, undefined));
      });
    }
    return out;
  }

  private table(block: Extract<Block, { kind: 'table' }>): Table {
    const rows = [...(block.headerRuns.length > 0 ? [{ cells: block.headerRuns, header: true }] : []), ...block.rowRuns.map((cells) => ({ cells, header: false }))];
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: rows.map(
        (row) =>
          new TableRow({
            tableHeader: row.header,
            children: row.cells.map((cell) => new TableCell({ children: [new Paragraph({ children: this.runs(row.header ? cell.map((run) => ({ ...run, bold: true })) : cell) })] })),
          }),
      ),
    });
  }

  /** The lines of a signature block as a table: the label, and what is filled in or a line to sign on. */
  private signature(lines: Extract<Block, { kind: 'signature' }>['lines']): Table {
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const line = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
      rows: lines.map((segments) => {
        const label = segments.find((segment) => segment.kind === 'label');
        const filled = segments.filter((segment) => segment.kind === 'text').map((segment) => (segment as { text: string }).text).join(' ');
        const blank = segments.some((segment) => segment.kind === 'blank');
        return new TableRow({
          height: { value: blank ? 680 : 400, rule: 'atLeast' as never },
          children: [
            new TableCell({ width: { size: 35, type: WidthType.PERCENTAGE }, borders: { top: none, bottom: none, left: none, right: none }, children: [new Paragraph({ children: [new TextRun({ text: xmlSafe(label?.kind === 'label' ? label.text : ''), bold: true })] })] }),
            new TableCell({
              width: { size: 65, type: WidthType.PERCENTAGE },
              borders: { top: none, left: none, right: none, bottom: blank ? line : none },
              children: [new Paragraph({ children: [new TextRun({ text: xmlSafe(filled) })] })],
            }),
          ],
        });
      }),
    });
  }

  /** Runs of text; in a redline, inserted and deleted runs as tracked changes and notes as comments on the paragraph. */
  private runs(runs: Run[]): ParagraphChild[] {
    const children: ParagraphChild[] = [];
    const notes = [...this.pendingNotes];
    this.pendingNotes = [];
    // The space set between deleted words and the words replacing them is no text of either revision.
    const kept = runs.filter((run, index) => !(this.options.trackChanges && run.change === undefined && /^\s+$/.test(run.text) && runs[index - 1]?.change === 'deleted' && runs[index + 1]?.change === 'inserted'));
    for (const run of this.options.trackChanges ? spacesWithChanges(kept) : kept) {
      if (run.change === 'note') {
        notes.push(run.text);
        continue;
      }
      const text = children.length === 0 && notes.length > 0 ? xmlSafe(run.text).trimStart() : xmlSafe(run.text);
      if (text === '') continue;
      const lines = text.split('\n');
      const style = { ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italics: true } : {}), ...(run.strike ? { strike: true } : {}), ...(run.code ? { font: 'Courier New' } : {}) };
      lines.forEach((part, index) => {
        const options = { text: part, ...style, ...(index > 0 ? { break: 1 } : {}) };
        const author = this.options.trackChanges?.author;
        let child: ParagraphChild;
        if (run.change === 'inserted' && author !== undefined) child = new InsertedTextRun({ ...options, id: this.nextChangeId++, author, date: this.date });
        else if (run.change === 'deleted' && author !== undefined) child = new DeletedTextRun({ ...options, id: this.nextChangeId++, author, date: this.date });
        else child = new TextRun(run.href === undefined ? options : { ...options, style: 'Hyperlink' });
        if (run.href !== undefined && run.change === undefined && /^(https?|mailto):/i.test(run.href)) children.push(new ExternalHyperlink({ link: run.href, children: [child as TextRun] }));
        else children.push(child);
      });
    }
    if (notes.length > 0 && this.options.trackChanges) {
      const id = this.comments.length;
      this.comments.push({
        id,
        author: this.options.trackChanges.author,
        initials: this.options.trackChanges.author.slice(0, 2).toUpperCase(),
        date: this.meta.creationDate,
        children: notes.map((note) => new Paragraph({ children: [new TextRun(xmlSafe(note.trim()))] })),
      });
      return [new CommentRangeStart(id), ...children, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];
    }
    if (notes.length > 0) children.unshift(new TextRun({ text: `[${xmlSafe(notes.join('; ').trim())}] `, italics: true, color: '5A6470' }));
    return children;
  }
}

/**
 * A word diff leaves the spaces around a change in the common text: "för samverkan ⸢på lika villkor⸣." Accepting or
 * rejecting it in Word would then leave a space before the full stop, or two spaces. A space the change needs goes
 * into the change: before it when punctuation or the paragraph's end follows, after it when spaces stand on both sides.
 */
function spacesWithChanges(runs: Run[]): Run[] {
  const out = runs.map((run) => ({ ...run }));
  out.forEach((run, index) => {
    if (run.change !== 'inserted' && run.change !== 'deleted') return;
    const previous = out[index - 1];
    const next = out[index + 1];
    if (previous === undefined || previous.change !== undefined || !previous.text.endsWith(' ')) return;
    if (next === undefined || (next.change === undefined && /^[.,;:!?)]/.test(next.text))) {
      previous.text = previous.text.slice(0, -1);
      run.text = ` ${run.text}`;
    } else if (next.change === undefined && next.text.startsWith(' ')) {
      next.text = next.text.slice(1);
      run.text = `${run.text} `;
    }
  });
  return out.filter((run) => run.text !== '');
}

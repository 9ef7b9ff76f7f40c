import type { Block, TextRun } from './blocks.js';
import type { ChangeKind } from '../change-marks.js';
import { currentText, plainText } from './blocks.js';
import { characterSet, splitByCoverage } from './coverage.js';
import { useFace, type Face } from './fonts.js';
import type { Outline } from './outline.js';
import type { SignatureSegment } from './signature.js';
import { BODY, CODE, COLORS, COVER, HEADINGS, LIST, QUOTE, SIGNATURE } from './style.js';

type StructElement = PDFKit.PDFStructureElement;
type Heading = Extract<Block, { kind: 'heading' }>;

interface Context {
  /** Left indent from the margin (lists, quotes). */
  indent: number;
  parent: StructElement;
  listDepth: number;
}

/** DejaVu's ascender (1901 of 2048 units): where the baseline sits below the top of a line pdfkit draws at y. */
const ASCENT = 0.928;
const EPSILON = 0.01;

/**
 * Places blocks on A4 pages: a cover from the `#` title, then the body with headings kept with
 * the start of what follows them, paragraphs without single orphan or widow lines, hanging list
 * labels and signature blanks drawn as rules. Tags every piece of content in the structure tree.
 */
export class Typesetter {
  private pendingGap = 0;
  private suppressGap = false;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly root: StructElement,
    private readonly outline: Outline,
  ) {}

  typeset(blocks: Block[]): void {
    const { cover, body } = splitCover(blocks);
    if (cover.length > 0) {
      this.cover(cover);
      if (body.length > 0) this.doc.addPage();
    }
    this.blocks(body, { indent: 0, parent: this.root, listDepth: 0 });
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }

  private get fullWidth(): number {
    const { margins, width } = this.doc.page;
    return width - margins.left - margins.right;
  }

  private get bottom(): number {
    return this.doc.page.maxY();
  }

  private get atPageTop(): boolean {
    return this.doc.y <= this.doc.page.margins.top + EPSILON;
  }

  private cover(blocks: Block[]): void {
    const doc = this.doc;
    const [title, ...rest] = blocks;
    if (title?.kind !== 'heading') return;
    doc.y = doc.page.height * COVER.titleTop;
    this.setFont('heading', COVER.titleSize);
    doc.fillColor(COLORS.heading);
    this.tagged(this.root, 'H1', () => this.headingText(title, this.left, this.fullWidth, COVER.titleLeading));
    doc.y += 10;
    this.artifact(() => {
      doc.rect(this.left, doc.y, 64, 2.5).fill(COLORS.heading);
    });
    doc.y += 26;
    const context: Context = { indent: 0, parent: this.root, listDepth: 0 };
    rest.forEach((block, index) => {
      if (block.kind === 'paragraph') this.paragraph(block.runs, context, COVER.textSize, COVER.textLeading);
      else this.block(block, rest, index, context);
    });
  }

  private blocks(blocks: Block[], context: Context): void {
    blocks.forEach((block, index) => this.block(block, blocks, index, context));
  }

  private block(block: Block, siblings: Block[], index: number, context: Context): void {
    switch (block.kind) {
      case 'heading':
        return this.heading(block, siblings, index, context);
      case 'paragraph': {
        // A party's name before its signature lines stays on the same page as them.
        const next = siblings[index + 1];
        const keep = next?.kind === 'signature' ? SIGNATURE.spaceBefore + this.signatureHeight(next.lines) : 0;
        return this.paragraph(block.runs, context, BODY.size, BODY.leading, keep);
      }
      case 'signature': {
        const previous = siblings[index - 1];
        const partyLine = previous?.kind === 'heading' ? previous.text : previous?.kind === 'paragraph' ? previous.runs.map((run) => run.text).join('') : '';
        return this.signature(block.lines, context, partyLine);
      }
      case 'list':
        return this.list(block, context);
      case 'quote':
        return this.quote(block.blocks, context);
      case 'code':
        return this.code(block.text, context, block.change);
      case 'table':
        return this.table(block, context);
      case 'pageBreak':
        if (!this.atPageTop) this.doc.addPage();
        this.pendingGap = 0;
        return;
    }
  }

  /**
   * Moves down by the gap before a block, or to a new page when `height` would not fit below it.
   * Gaps collapse (the larger of the previous block's gap after and this one's gap before) and vanish at a page top.
   */
  private place(gapBefore: number, height: number): void {
    const gap = this.suppressGap || this.atPageTop ? 0 : Math.max(this.pendingGap, gapBefore);
    this.suppressGap = false;
    this.pendingGap = 0;
    if (this.doc.y + gap + height > this.bottom + EPSILON && !this.atPageTop) this.doc.addPage();
    else this.doc.y += gap;
  }

  private heading(block: Heading, siblings: Block[], index: number, context: Context): void {
    const doc = this.doc;
    const style = HEADINGS[block.level];
    const width = this.fullWidth - context.indent;
    // What follows starts below the heading's last line gap, after the larger of the two gaps (they collapse).
    const advance = this.measure(block.text, style.face, style.size, style.leading, width) + this.lineGap(style.leading);
    const next = siblings[index + 1];
    const gapBelow = Math.max(style.spaceAfter, next ? gapBefore(next) : 0);
    this.place(style.spaceBefore, advance + gapBelow + this.keepHeight(siblings, index + 1, context));
    this.outline.add(block.level, currentText(block.runs));
    this.setFont(style.face, style.size);
    doc.fillColor(COLORS.heading);
    this.tagged(context.parent, `H${block.level}`, () => this.headingText(block, this.left + context.indent, width, style.leading));
    doc.fillColor(COLORS.text);
    this.pendingGap = style.spaceAfter;
  }

  /** A heading's text in the current face; words marked as inserted or deleted in their colour, underlined or struck through. */
  private headingText(block: Heading, x: number, width: number, leading: number): void {
    const doc = this.doc;
    if (!block.runs.some((run) => run.change)) {
      doc.text(block.text, x, doc.y, { width, lineGap: this.lineGap(leading) });
      return;
    }
    doc.x = x;
    block.runs.forEach((run, index) => {
      doc.fillColor(run.change ? COLORS[run.change] : COLORS.heading);
      doc.text(run.text, { width, lineGap: this.lineGap(leading), continued: index < block.runs.length - 1, ...changeStyle(run) });
    });
    doc.fillColor(COLORS.heading);
    doc.x = this.left;
  }

  /** The height of the start of `siblings[index]` that must share a page with the heading before it. */
  private keepHeight(siblings: Block[], index: number, context: Context): number {
    const next = siblings[index];
    if (!next) return 0;
    const width = this.fullWidth - context.indent;
    switch (next.kind) {
      case 'heading': {
        const style = HEADINGS[next.level];
        const height = this.measure(next.text, style.face, style.size, style.leading, width);
        return style.spaceBefore + height + style.spaceAfter + this.keepHeight(siblings, index + 1, context);
      }
      case 'paragraph':
        return this.startHeight(next.runs, width, BODY.size, BODY.leading);
      case 'list': {
        const first = next.items[0]?.[0];
        return first ? this.keepHeight([first], 0, { ...context, indent: context.indent + LIST.labelWidth }) : 0;
      }
      case 'quote':
        return this.keepHeight(next.blocks, 0, { ...context, indent: context.indent + QUOTE.indent });
      case 'signature':
        return this.signatureHeight(next.lines);
      case 'code':
        return Math.min(next.text.split('\n').length, 3) * CODE.leading;
      case 'table':
        return 3 * BODY.leading;
      case 'pageBreak':
        return 0;
    }
  }

  /** Lines of a paragraph, as the body face sets them in `width`. */
  private lineCount(text: string, width: number, size: number, leading: number): number {
    this.setFont('body', size);
    const height = this.doc.heightOfString(text, { width, lineGap: this.lineGap(leading) });
    return Math.max(1, Math.round(height / leading));
  }

  /** Paragraphs of up to three lines stay whole; longer ones need two lines to start a page's last lines. */
  private startHeight(runs: TextRun[], width: number, size: number, leading: number): number {
    const lines = this.lineCount(plainText(runs), width, size, leading);
    return this.textHeight(Math.min(lines, lines <= 3 ? 3 : 2), leading, size);
  }

  /** Height of `lines` lines: full leading between them, the face's own line height for the last. */
  private textHeight(lines: number, leading: number, size: number): number {
    this.setFont('body', size);
    return (lines - 1) * leading + this.doc.currentLineHeight(true);
  }

  private linesThatFit(leading: number, size: number): number {
    this.setFont('body', size);
    const room = this.bottom - this.doc.y - this.doc.currentLineHeight(true);
    return room < -EPSILON ? 0 : Math.floor((room + EPSILON) / leading) + 1;
  }

  private paragraph(runs: TextRun[], context: Context, size: number, leading: number, keepWithNext = 0): void {
    const doc = this.doc;
    const width = this.fullWidth - context.indent;
    const lines = this.lineCount(plainText(runs), width, size, leading);
    const startHeight = this.startHeight(runs, width, size, leading);
    this.place(BODY.paragraphGap, lines <= 3 && keepWithNext > 0 ? startHeight + keepWithNext : startHeight);
    const page = doc.page;
    const margins = page.margins;
    const fit = this.linesThatFit(leading, size);
    if (lines > fit && lines - fit === 1) {
      // One line would be left alone at the top of the next page: end this page a line earlier.
      page.margins = { ...margins, bottom: margins.bottom + leading };
    }
    this.tagged(context.parent, 'P', () => this.runs(runs, this.left + context.indent, width, size, leading));
    page.margins = margins;
    this.pendingGap = BODY.paragraphGap;
  }

  private runs(runs: TextRun[], x: number, width: number, size: number, leading: number): void {
    const doc = this.doc;
    doc.x = x;
    const pieces = runs.flatMap((run) => this.withFallback(run));
    pieces.forEach(({ run, face }, index) => {
      this.setFont(face, run.code ? size * 0.9 : size);
      doc.fillColor(run.change ? COLORS[run.change] : run.href === undefined ? COLORS.text : COLORS.link);
      doc.text(run.text, {
        width,
        lineGap: this.lineGap(leading),
        continued: index < pieces.length - 1,
        link: run.href ?? null,
        ...changeStyle(run),
      });
    });
    doc.fillColor(COLORS.text);
    doc.x = this.left;
  }

  /** Text the serif lacks (Arabic, Hebrew, …) is set in DejaVu Sans, which has more scripts. */
  private withFallback(run: TextRun): { run: TextRun; face: Face }[] {
    const face = faceFor(run);
    if (run.code) return [{ run, face }];
    return splitByCoverage(run.text, characterSet(this.doc, face)).map((part) => ({
      run: { ...run, text: part.text },
      face: part.covered ? face : run.bold ? 'heading' : run.italic ? 'sansOblique' : 'sans',
    }));
  }

  private list(block: Extract<Block, { kind: 'list' }>, context: Context): void {
    const doc = this.doc;
    const list = this.child(context.parent, 'L');
    const bodyIndent = context.indent + LIST.labelWidth + (block.ordered ? orderedExtra(block) : 0);
    // Items of several paragraphs (a commitment and the principles it serves) stand further apart than the paragraphs within them.
    const itemGap = block.items.some((item) => item.length > 1) ? LIST.looseItemGap : LIST.itemGap;
    block.items.forEach((item, index) => {
      const gap = index === 0 ? (context.listDepth > 0 ? LIST.itemGap : BODY.paragraphGap) : itemGap;
      const first = item[0];
      const itemContext: Context = { indent: bodyIndent, parent: list, listDepth: context.listDepth + 1 };
      this.place(gap, first ? this.keepHeight([first], 0, itemContext) || BODY.leading : BODY.leading);
      const listItem = this.child(list, 'LI');
      const label = block.ordered ? `${block.start + index}.` : LIST.bullets[context.listDepth % LIST.bullets.length]!;
      const y = doc.y;
      this.setFont('body', BODY.size);
      const labelRight = this.left + bodyIndent - LIST.labelGap;
      this.tagged(listItem, 'Lbl', () => {
        doc.text(label, labelRight - doc.widthOfString(label), y, { lineBreak: false });
      });
      doc.x = this.left;
      doc.y = y;
      const listBody = this.child(listItem, 'LBody');
      this.suppressGap = true;
      this.blocks(item, { ...itemContext, parent: listBody });
      listBody.end();
      listItem.end();
      this.pendingGap = itemGap;
    });
    list.end();
    this.pendingGap = context.listDepth > 0 ? LIST.itemGap : BODY.paragraphGap;
  }

  private quote(blocks: Block[], context: Context): void {
    const doc = this.doc;
    const quote = this.child(context.parent, 'BlockQuote');
    this.place(BODY.paragraphGap, this.keepHeight(blocks, 0, { ...context, indent: context.indent + QUOTE.indent }));
    const start = { page: this.pageIndex(), y: doc.y };
    this.suppressGap = true;
    this.blocks(blocks, { ...context, indent: context.indent + QUOTE.indent, parent: quote });
    quote.end();
    const end = { page: this.pageIndex(), y: doc.y };
    this.quoteBar(start, end, this.left + context.indent + QUOTE.barOffset - QUOTE.indent / 2);
    this.pendingGap = BODY.paragraphGap;
  }

  /** The rule beside a quotation, drawn on every page it runs over. */
  private quoteBar(start: { page: number; y: number }, end: { page: number; y: number }, x: number): void {
    const doc = this.doc;
    for (let page = start.page; page <= end.page; page++) {
      doc.switchToPage(page);
      const top = page === start.page ? start.y : doc.page.margins.top;
      const bottom = page === end.page ? end.y - (BODY.leading - doc.currentLineHeight(true)) : this.bottom;
      this.artifact(() => {
        doc.rect(x, top + 2, QUOTE.barWidth, Math.max(bottom - top - 2, 0)).fill(COLORS.rule);
      });
    }
    doc.switchToPage(end.page);
    doc.y = end.y;
  }

  private code(text: string, context: Context, change?: ChangeKind): void {
    const doc = this.doc;
    const width = this.fullWidth - context.indent;
    this.place(BODY.paragraphGap, Math.min(text.split('\n').length, 3) * CODE.leading);
    this.setFont('mono', CODE.size);
    if (change) doc.fillColor(COLORS[change]);
    this.tagged(context.parent, 'Code', () => {
      doc.text(text, this.left + context.indent, doc.y, { width, lineGap: this.lineGap(CODE.leading), underline: change === 'inserted', strike: change === 'deleted' });
    });
    if (change) doc.fillColor(COLORS.text);
    doc.x = this.left;
    this.pendingGap = BODY.paragraphGap;
  }

  /** Tables are set as one line per row, cells separated by a middle dot: compacts rarely have them. */
  private table(block: Extract<Block, { kind: 'table' }>, context: Context): void {
    const rows = block.headerRuns.length > 0 ? [block.headerRuns, ...block.rowRuns] : block.rowRuns;
    rows.forEach((row, index) => {
      const bold = index === 0 && block.headerRuns.length > 0;
      const separator: TextRun = { text: '  ·  ', bold, italic: false, code: false, strike: false };
      const runs: TextRun[] = row.flatMap((cell, column) => [...(column > 0 ? [separator] : []), ...cell.map((run) => (bold ? { ...run, bold } : run))]);
      this.paragraph(runs, context, BODY.size, BODY.leading);
      this.pendingGap = LIST.itemGap;
    });
    this.pendingGap = BODY.paragraphGap;
  }

  private signaturePlaces = 0;

  /**
   * Records where a signature block is, for `compact sign --visible`: a named destination "compact-signature-N: …"
   * (the party's line and the block's words) of type /FitR, whose rectangle is the block on its page. A PDF
   * structure every reader keeps, read back from the file at signing time, so it survives earlier signatures.
   */
  private markSignaturePlace(lines: SignatureSegment[][], context: Context, partyLine: string): void {
    const doc = this.doc;
    const words = lines.flatMap((line) => line.flatMap((segment) => (segment.kind === 'blank' ? [] : [segment.text])));
    const name = `compact-signature-${++this.signaturePlaces}: ${[partyLine, ...words].filter(Boolean).join(' | ')}`;
    const left = this.left + context.indent;
    const top = doc.page.height - doc.y;
    const bottom = top - this.signatureHeight(lines);
    const right = this.left + this.fullWidth;
    doc.addNamedDestination(name, 'FitR', round(left), round(bottom), round(right), round(top));
  }

  private signatureHeight(lines: SignatureSegment[][]): number {
    return lines.reduce((sum, line, index) => sum + this.signatureRowHeight(line, index), 0);
  }

  /** A line with a blank has room above it to write; a filled-in line keeps the rhythm of the form. */
  private signatureRowHeight(line: SignatureSegment[], index: number): number {
    if (line.some((segment) => segment.kind === 'blank')) return SIGNATURE.rowHeight;
    return index === 0 ? BODY.leading : SIGNATURE.filledRowHeight;
  }

  /**
   * Signature lines: the labels of the block in one column and everything after them starting at one x; blanks
   * are rules on the baseline with room above to write, the last blank on a line running to the margin. The
   * whole block stays on one page.
   */
  private signature(lines: SignatureSegment[][], context: Context, partyLine = ''): void {
    const doc = this.doc;
    this.place(SIGNATURE.spaceBefore, this.signatureHeight(lines));
    this.markSignaturePlace(lines, context, partyLine);
    this.setFont('body', BODY.size);
    const x0 = this.left + context.indent;
    const right = this.left + this.fullWidth;
    const labelWidths = lines.flatMap((line) => (line[0]?.kind === 'label' ? [doc.widthOfString(line[0].text)] : []));
    const valueX = x0 + Math.min(Math.max(0, ...labelWidths) + SIGNATURE.labelGap, (right - x0) * SIGNATURE.maxLabelShare);
    this.tagged(context.parent, 'P', () => {
      lines.forEach((line, index) => {
        doc.y += this.signatureRowHeight(line, index) - BODY.leading;
        const y = doc.y;
        const baseline = y + BODY.size * ASCENT;
        let x = x0;
        line.forEach((segment, index) => {
          if (segment.kind === 'label') {
            doc.fillColor(COLORS.text).text(segment.text, x0, y, { lineBreak: false });
            x = Math.max(valueX, x0 + doc.widthOfString(segment.text) + SIGNATURE.labelGap);
            return;
          }
          if (segment.kind === 'text') {
            doc.fillColor(COLORS.text).text(segment.text, x, y, { lineBreak: false });
            x += doc.widthOfString(segment.text) + SIGNATURE.labelGap;
            return;
          }
          const measured = doc.widthOfString('_'.repeat(segment.length));
          const isLast = !line.slice(index + 1).some((s) => s.kind === 'blank');
          const width = Math.max(Math.min(isLast ? right - x : measured, right - x), 0);
          doc.save().moveTo(x, baseline + 1.5).lineTo(x + width, baseline + 1.5).lineWidth(SIGNATURE.ruleWidth).stroke(COLORS.text).restore();
          x += width + SIGNATURE.labelGap;
        });
        doc.x = this.left;
        doc.y = y + BODY.leading;
      });
    });
    this.pendingGap = SIGNATURE.spaceAfter;
  }

  private measure(text: string, face: Face, size: number, leading: number, width: number): number {
    this.setFont(face, size);
    const lines = Math.max(1, Math.round(this.doc.heightOfString(text, { width, lineGap: this.lineGap(leading) }) / leading));
    return (lines - 1) * leading + this.doc.currentLineHeight(true);
  }

  private setFont(face: Face, size: number): void {
    useFace(this.doc, face).fontSize(size);
  }

  /** The gap pdfkit adds below each line so that lines of the current face are `leading` apart. */
  private lineGap(leading: number): number {
    return leading - this.doc.currentLineHeight(true);
  }

  private pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  private child(parent: StructElement, type: string): StructElement {
    const element = this.doc.struct(type);
    parent.add(element);
    return element;
  }

  /** Draws content as one structure element of `type` under `parent`, continued across page breaks. */
  private tagged(parent: StructElement, type: string, draw: () => void): void {
    const element = this.child(parent, type);
    element.add(draw);
    element.end();
  }

  private artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }
}

/** The cover is the `#` title and the paragraphs after it, up to the first heading or page break. */
function splitCover(blocks: Block[]): { cover: Block[]; body: Block[] } {
  const first = blocks[0];
  if (first?.kind !== 'heading' || first.level !== 1) return { cover: [], body: blocks };
  let end = 1;
  while (end < blocks.length && blocks[end]!.kind !== 'heading' && blocks[end]!.kind !== 'pageBreak') end++;
  const body = blocks.slice(end);
  return { cover: blocks.slice(0, end), body: body[0]?.kind === 'pageBreak' ? body.slice(1) : body };
}

/** Inserted words are underlined and deleted ones struck through; a struck-through run of the text itself stays so. */
function changeStyle(run: TextRun): { underline: boolean; strike: boolean } {
  return { underline: run.change === 'inserted', strike: run.strike || run.change === 'deleted', ...(run.change === 'note' ? { oblique: true } : {}) };
}

function faceFor(run: TextRun): Face {
  if (run.code) return 'mono';
  if (run.bold && run.italic) return 'bodyBoldItalic';
  if (run.bold) return 'bodyBold';
  if (run.italic) return 'bodyItalic';
  return 'body';
}

/** Room for numbers wider than "9." in long ordered lists. */
function orderedExtra(block: Extract<Block, { kind: 'list' }>): number {
  const digits = String(block.start + block.items.length - 1).length;
  return Math.max(0, digits - 1) * BODY.size * 0.55;
}

/** The gap a block asks for above it, besides what its keep height already counts (a heading counts its own). */
function gapBefore(block: Block): number {
  switch (block.kind) {
    case 'heading':
    case 'pageBreak':
      return 0;
    case 'signature':
      return SIGNATURE.spaceBefore;
    default:
      return BODY.paragraphGap;
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

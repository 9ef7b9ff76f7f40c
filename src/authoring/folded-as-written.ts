import { isScalar, Scalar, visit, type CST, type Document, type ScalarTag } from 'yaml';

/**
 * The yaml library re-wraps folded block scalars (`>-`) to its line width when it writes a document,
 * and with no line width it joins each paragraph into one line. Authors wrap their prose where they
 * like, so a folded scalar is written back with the line breaks of its source, re-indented.
 */
const FORMAT = 'FOLDED_AS_WRITTEN';

export const foldedAsWrittenTag: ScalarTag = {
  tag: 'tag:yaml.org,2002:str',
  default: true,
  format: FORMAT,
  identify: (value) => typeof value === 'string',
  resolve: (source) => source,
  stringify(item, ctx) {
    const token = item.srcToken as CST.BlockScalar;
    const header = blockHeader(token) ?? '>';
    const lines = token.source.replace(/\n+$/, '').split('\n');
    const margin = lines.reduce((least, line) => (line.trim() === '' ? least : Math.min(least, line.length - line.trimStart().length)), Infinity);
    const indent = ctx.indent || ctx.indentStep;
    // An empty first line keeps the indentation, as the library writes it: else the next fmt, reading the library's
    // output as written, would write that line differently.
    const written = lines.map((line, index) => (line.trim() === '' ? (index === 0 ? indent : '') : indent + line.slice(margin)));
    return `${header}\n${written.join('\n')}`;
  },
};

/** Marks every folded scalar whose source can be written back as it was (`>` or `>-`, no comment, no indentation indicator). */
export function keepFoldedScalarsAsWritten(document: Document): void {
  visit(document, {
    Scalar(_key, node) {
      if (node.type === Scalar.BLOCK_FOLDED && isWrittenAsPlainFold(node)) node.format = FORMAT;
    },
  });
}

/** Undoes keepFoldedScalarsAsWritten: the library lays the folded scalars out again. */
export function releaseFoldedScalars(document: Document): void {
  visit(document, {
    Scalar(_key, node) {
      if (node.format === FORMAT) delete node.format;
    },
  });
}

/**
 * Writes folded scalars literal (`|`): the library's own folding loses a line of only spaces between blank lines
 * ("a\n\n  \n\n  \nb" reads back with one more line break), literal style keeps every line as it is.
 */
export function writeFoldedScalarsLiteral(document: Document): void {
  visit(document, {
    Scalar(_key, node) {
      if (node.type === Scalar.BLOCK_FOLDED) node.type = Scalar.BLOCK_LITERAL;
    },
  });
}

function isWrittenAsPlainFold(node: Scalar): boolean {
  const token = node.srcToken;
  if (!isScalar(node) || token?.type !== 'block-scalar') return false;
  const header = blockHeader(token);
  const onlyHeader = token.props.every((prop) => prop.type === 'block-scalar-header' || prop.type === 'newline');
  return onlyHeader && (header === '>' || header === '>-') && token.source.trim() !== '';
}

function blockHeader(token: CST.BlockScalar): string | undefined {
  const header = token.props.find((prop) => prop.type === 'block-scalar-header');
  return header && 'source' in header ? header.source : undefined;
}

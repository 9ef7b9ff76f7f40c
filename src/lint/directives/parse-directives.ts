import { LineCounter, Parser } from 'yaml';
import type { SourceRange } from '../../findings.js';

export type DirectiveKind = 'compact-disable-next-line' | 'compact-disable' | 'compact-enable';

/** An inline comment that turns rules off or on; `ruleIds` empty means every rule. */
export interface Directive extends SourceRange {
  kind: DirectiveKind;
  ruleIds: string[];
}

const DIRECTIVE = /^(compact-disable-next-line|compact-disable|compact-enable)(?:\s+(.*))?$/;

/**
 * The directives in a file's comments. Comments come from the YAML parser's syntax tree, so a `#` inside
 * a quoted value or a block scalar is never mistaken for one. Text after ` -- ` is a free-form reason.
 */
export function parseDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  // Most files have no directive: skip a second pass of the parser over them.
  if (!mayHoldDirective(text)) return directives;
  const lineCounter = new LineCounter();
  for (const token of new Parser(lineCounter.addNewLine).parse(text)) {
    for (const comment of comments(token)) {
      const match = DIRECTIVE.exec(comment.source.slice(1).trim());
      if (!match) continue;
      const start = lineCounter.linePos(comment.offset);
      const [ids = ''] = (match[2] ?? '').split(/(?:^|\s)--(?:\s|$)/);
      directives.push({
        kind: match[1] as DirectiveKind,
        ruleIds: ids.split(/[\s,]+/).filter((id) => id !== ''),
        line: start.line,
        column: start.col,
        endLine: start.line,
        endColumn: start.col + comment.source.trimEnd().length,
      });
    }
  }
  return directives;
}

/** A directive opens with `#`, spaces and `compact-`: only the places of `#` are looked at. */
const DIRECTIVE_AFTER_HASH = /\s*compact-/y;

function mayHoldDirective(text: string): boolean {
  for (let hash = text.indexOf('#'); hash !== -1; hash = text.indexOf('#', hash + 1)) {
    DIRECTIVE_AFTER_HASH.lastIndex = hash + 1;
    if (DIRECTIVE_AFTER_HASH.test(text)) return true;
  }
  return false;
}

interface CommentToken {
  offset: number;
  source: string;
}

/** Every comment token anywhere in a CST token (documents, collections, their items and separators). */
function* comments(node: unknown): Generator<CommentToken> {
  if (Array.isArray(node)) {
    for (const item of node) yield* comments(item);
  } else if (node !== null && typeof node === 'object') {
    const token = node as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      yield { offset: token.offset, source: token.source };
      return;
    }
    for (const value of Object.values(node)) yield* comments(value);
  }
}

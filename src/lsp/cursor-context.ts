import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';

/**
 * Where the cursor is, as the keys that lead to it (list positions left out): `['commitments', 'principles']` inside
 * a commitment's list of principles, `['commitments', 'party']` in the value of its `party:`. Read from the parsed
 * document; when that does not reach a value (a half-typed line the parser reads differently), from the indentation
 * of the lines above.
 */
export function keysAt(document: Document, text: string, offset: number): string[] | undefined {
  return keysFromDocument(document, text, offset) ?? keysFromLines(text, offset);
}

function keysFromDocument(document: Document, text: string, offset: number): string[] | undefined {
  if (document.errors.length > 0) return undefined;
  const keys: string[] = [];
  let node = (document.contents as Node | null) ?? null;
  for (;;) {
    if (isMap(node)) {
      let next: Node | null | undefined;
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (!isScalar(key) || !key.range) continue;
        if (key.range[0] <= offset && offset <= key.range[1]) return undefined;
        const value = pair.value as Node | null;
        if (value?.range && value.range[0] <= offset && offset <= value.range[1] && !(isEmpty(value) && !sameLine(text, key.range[1], offset))) {
          keys.push(String(key.value));
          next = value;
          break;
        }
        if ((value === null || isEmpty(value)) && offset > key.range[1] && sameLine(text, key.range[1], offset)) {
          keys.push(String(key.value));
          return keys;
        }
      }
      if (!next) return undefined;
      node = next;
    } else if (isSeq(node)) {
      const item = (node.items as Node[]).find((candidate) => candidate?.range && candidate.range[0] <= offset && offset <= candidate.range[1]);
      if (!item) return node.flow ? keys : undefined;
      node = item;
    } else if (isScalar(node)) {
      return keys;
    } else {
      return undefined;
    }
  }
}

function isEmpty(node: Node): boolean {
  return isScalar(node) && node.value === null;
}

function sameLine(text: string, from: number, to: number): boolean {
  return !text.slice(from, to).includes('\n');
}

const KEY_LINE = /^(\s*(?:-\s+)*)([A-Za-z_][\w-]*)\s*:(?:\s|$)/;
const ITEM_LINE = /^(\s*)-(?:\s|$)/;

/** The keys by indentation: the key on the cursor's line (when the cursor is in its value), then each parent key. */
export function keysFromLines(text: string, offset: number): string[] | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const keys: string[] = [];
  let indent: number;
  const keyLine = KEY_LINE.exec(before);
  if (keyLine) {
    keys.push(keyLine[2]!);
    indent = keyLine[1]!.length;
  } else {
    const item = ITEM_LINE.exec(before);
    if (!item || before.includes(':')) return undefined;
    // `- ` may stand in the same column as its parent key.
    indent = item[1]!.length + 1;
  }
  let end = lineStart - 1;
  while (end > 0 && indent > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (/^\s*(#|$)/.test(line)) continue;
    const parent = KEY_LINE.exec(line);
    if (!parent || parent[1]!.length >= indent) {
      const lineIndent = /^\s*/.exec(line)![0].length;
      if (!parent && lineIndent < indent && !ITEM_LINE.test(line)) return undefined;
      continue;
    }
    keys.unshift(parent[2]!);
    indent = parent[1]!.length;
  }
  return keys;
}

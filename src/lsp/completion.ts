import { isMap, isScalar, visit, type Document, type Node, type YAMLSeq } from 'yaml';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver';
import { getBaseline, BASELINES } from '../domain/baselines.js';
import { JOINT } from '../domain/parties.js';
import { t } from '../i18n/index.js';
import type { Rule } from '../lint/types.js';
import { field, type CompactIndex, type IdKind } from './compact-index.js';
import { keysAt } from './cursor-context.js';

/** Which ids a value takes, by the keys that lead to it (list positions left out). */
const REFERENCE_PLACES: Array<{ keys: string[]; kinds: Array<IdKind | 'joint'> }> = [
  { keys: ['commitments', 'principles'], kinds: ['principle'] },
  { keys: ['commitments', 'outcomes'], kinds: ['outcome'] },
  { keys: ['commitments', 'party'], kinds: ['party', 'joint'] },
  { keys: ['governance', 'meetings', 'organiser'], kinds: ['body', 'party'] },
  { keys: ['governance', 'bodies', 'members', 'party'], kinds: ['party'] },
  { keys: ['governance', 'roles', 'party'], kinds: ['party'] },
  { keys: ['governance', 'contacts', 'party'], kinds: ['party'] },
  { keys: ['signatories', 'party'], kinds: ['party'] },
  { keys: ['principles', 'baseline'], kinds: ['baseline-principle'] },
];

const DIRECTIVE = /#\s*compact-(?:disable-next-line|disable|enable)((?:\s+[\w-]*,?)*)$/;
const ID_CHAR = /[a-z0-9-]/i;

/** The completions at an offset: declared ids where a reference goes, rule ids in a `compact-disable` comment. */
export function completionsAt(index: CompactIndex, offset: number, rules: readonly Rule<any>[], rangeOf: (start: number, end: number) => Range): CompletionItem[] {
  const { text } = index;
  let start = offset;
  while (start > 0 && ID_CHAR.test(text.charAt(start - 1))) start--;
  let end = offset;
  while (end < text.length && ID_CHAR.test(text.charAt(end))) end++;
  const range = rangeOf(start, end);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const directive = DIRECTIVE.exec(text.slice(lineStart, start));
  if (directive) {
    const named = new Set(directive[1]!.split(/[\s,]+/));
    return rules
      .filter((rule) => !named.has(rule.meta.id))
      .map((rule) => ({ label: rule.meta.id, kind: CompletionItemKind.Keyword, detail: rule.meta.description, textEdit: { range, newText: rule.meta.id } }));
  }
  const keys = keysAt(index.document, text, offset);
  if (!keys) return [];
  const place = REFERENCE_PLACES.find((candidate) => sameKeys(keys, candidate.keys));
  if (!place) return [];
  // `party:|` without the space YAML needs before a value.
  const prefix = text.charAt(start - 1) === ':' ? ' ' : '';
  const cited = citedAround(index.document, offset);
  const items: CompletionItem[] = [];
  for (const kind of place.kinds) {
    for (const item of candidates(index, kind)) {
      if (cited.has(item.label)) continue;
      items.push({ ...item, textEdit: { range, newText: prefix + item.label }, filterText: item.label, insertTextFormat: InsertTextFormat.PlainText });
    }
  }
  return items;
}

/** The ids already in the list the cursor is in (the one being typed left out): a list cites each id once. */
function citedAround(document: Document, offset: number): Set<string> {
  const contains = (node: Node) => !!node.range && node.range[0] <= offset && offset <= node.range[1];
  let list: YAMLSeq | undefined;
  visit(document, {
    Map: (_, map) => (contains(map) ? undefined : visit.SKIP),
    Pair: () => undefined,
    Seq: (_, seq) => {
      if (!contains(seq)) return visit.SKIP;
      list = seq;
      return undefined;
    },
  });
  const cited = new Set<string>();
  for (const item of (list?.items ?? []) as Node[]) {
    if (isScalar(item) && item.value !== null && !contains(item)) cited.add(String(item.value));
  }
  return cited;
}

function sameKeys(keys: readonly string[], expected: readonly string[]): boolean {
  // Only the top-level list counts: `commitments.principles`, not a principles key anywhere.
  return keys.length === expected.length && expected.every((key, position) => keys[position] === key);
}

function candidates(index: CompactIndex, kind: IdKind | 'joint'): CompletionItem[] {
  if (kind === 'joint') return [{ label: JOINT, kind: CompletionItemKind.Constant, detail: t('lsp.completion.joint') }];
  if (kind === 'baseline-principle') return baselineCandidates(index);
  return [...index.declarations(kind)].map(([id, { entry }]) => {
    const title = field(entry, 'title') ?? field(entry, 'name');
    const text = field(entry, 'text') ?? field(entry, 'purpose') ?? field(entry, 'description');
    return {
      label: id,
      kind: kind === 'party' ? CompletionItemKind.Class : kind === 'body' ? CompletionItemKind.Module : CompletionItemKind.Reference,
      ...(title ? { detail: title } : {}),
      ...(text ? { documentation: { kind: MarkupKind.Markdown, value: text } } : {}),
    };
  });
}

/** The principles of the compact's baseline (`baseline:` at the top), or of every baseline the tool ships. */
function baselineCandidates(index: CompactIndex): CompletionItem[] {
  const root = index.document.contents;
  const named = isMap(root) ? root.get('baseline', true) : undefined;
  const language = isMap(root) && field(root, 'language') === 'en' ? 'en' : 'sv';
  const baseline = isScalar(named) ? getBaseline(String(named.value)) : undefined;
  const baselines = baseline ? [baseline] : Object.values(BASELINES);
  return baselines.flatMap((set) =>
    set.principles.map((principle) => ({ label: principle.id, kind: CompletionItemKind.EnumMember, detail: principle.title[language], labelDetails: { description: set.id } })),
  );
}

import { isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import { JOINT } from '../domain/parties.js';
import { t } from '../i18n/index.js';
import { entries, field, type CompactIndex } from './compact-index.js';

type RangeOf = (start: number, end: number) => Range;

/** The outline: parties, principles, outcomes, commitments by party, governance and signatories. */
export function documentSymbols(index: CompactIndex, rangeOf: RangeOf): DocumentSymbol[] {
  const root = index.document.contents;
  if (!isMap(root)) return [];
  const symbols: DocumentSymbol[] = [];
  const add = (symbol: DocumentSymbol | undefined) => symbol && symbols.push(symbol);
  const partyNames = new Map(entries(root, 'parties').map((party) => [field(party, 'id'), field(party, 'name')]));
  add(group(root, 'parties', t('lsp.outline.parties'), rangeOf, (party) => entrySymbol(party, 'name', SymbolKind.Class, rangeOf)));
  add(group(root, 'principles', t('lsp.outline.principles'), rangeOf, (principle) => entrySymbol(principle, 'title', SymbolKind.Constant, rangeOf)));
  add(group(root, 'outcomes', t('lsp.outline.outcomes'), rangeOf, (outcome) => entrySymbol(outcome, 'title', SymbolKind.Event, rangeOf)));
  add(commitmentsByParty(root, partyNames, rangeOf));
  const governance = pairOf(root, 'governance');
  if (governance && isMap(governance.value)) {
    const children = [
      group(governance.value, 'bodies', t('lsp.outline.bodies'), rangeOf, (body) => entrySymbol(body, 'name', SymbolKind.Module, rangeOf)),
      group(governance.value, 'meetings', t('lsp.outline.meetings'), rangeOf, (meeting) => entrySymbol(meeting, 'name', SymbolKind.Event, rangeOf)),
      group(governance.value, 'action_plans', t('lsp.outline.actionPlans'), rangeOf, (plan) => entrySymbol(plan, 'title', SymbolKind.File, rangeOf)),
    ].filter((symbol): symbol is DocumentSymbol => symbol !== undefined);
    add(section(governance, t('lsp.outline.governance'), SymbolKind.Namespace, children, rangeOf));
  }
  add(
    group(root, 'signatories', t('lsp.outline.signatories'), rangeOf, (signatory) => {
      const name = [field(signatory, 'organisation'), field(signatory, 'name')].filter(Boolean).join(' — ');
      const range = spanOf(signatory);
      if (!range || !name) return undefined;
      return { name, detail: field(signatory, 'role') ?? '', kind: SymbolKind.Field, range: rangeOf(...range), selectionRange: rangeOf(...range) };
    }),
  );
  return symbols;
}

function commitmentsByParty(root: YAMLMap, partyNames: Map<string | undefined, string | undefined>, rangeOf: RangeOf): DocumentSymbol | undefined {
  const pair = pairOf(root, 'commitments');
  if (!pair) return undefined;
  const byParty = new Map<string, { symbols: DocumentSymbol[]; start: number; end: number }>();
  for (const commitment of entries(root, 'commitments')) {
    const symbol = entrySymbol(commitment, 'text', SymbolKind.Method, rangeOf);
    const span = spanOf(commitment);
    if (!symbol || !span) continue;
    const party = field(commitment, 'party') ?? '?';
    const found = byParty.get(party) ?? { symbols: [], start: span[0], end: span[1] };
    found.symbols.push(symbol);
    found.start = Math.min(found.start, span[0]);
    found.end = Math.max(found.end, span[1]);
    byParty.set(party, found);
  }
  const children: DocumentSymbol[] = [...byParty].map(([party, { symbols, start, end }]) => ({
    name: party === JOINT ? t('lsp.outline.joint') : (partyNames.get(party) ?? party),
    detail: party,
    kind: SymbolKind.Namespace,
    range: rangeOf(start, end),
    selectionRange: rangeOf(start, start),
    children: symbols,
  }));
  return section(pair, t('lsp.outline.commitments'), SymbolKind.Namespace, children, rangeOf);
}

function group(map: YAMLMap, key: string, name: string, rangeOf: RangeOf, symbolOf: (entry: YAMLMap) => DocumentSymbol | undefined): DocumentSymbol | undefined {
  const pair = pairOf(map, key);
  if (!pair) return undefined;
  const children = entries(map, key)
    .map(symbolOf)
    .filter((symbol): symbol is DocumentSymbol => symbol !== undefined);
  return section(pair, name, SymbolKind.Namespace, children, rangeOf);
}

function section(pair: Pair, name: string, kind: SymbolKind, children: DocumentSymbol[], rangeOf: RangeOf): DocumentSymbol | undefined {
  const key = pair.key as Node;
  const value = pair.value as Node | null;
  if (!key?.range) return undefined;
  const end = value?.range ? value.range[1] : key.range[1];
  return { name, kind, range: rangeOf(key.range[0], Math.max(end, key.range[1])), selectionRange: rangeOf(key.range[0], key.range[1]), children };
}

function entrySymbol(entry: YAMLMap, detailKey: string, kind: SymbolKind, rangeOf: RangeOf): DocumentSymbol | undefined {
  const id = entry.get('id', true);
  const span = spanOf(entry);
  if (!isScalar(id) || !id.range || id.value === null || !span) return undefined;
  const detail = field(entry, detailKey)?.replace(/\s+/g, ' ').trim();
  return {
    name: String(id.value),
    ...(detail ? { detail: detail.length > 80 ? `${detail.slice(0, 79)}…` : detail } : {}),
    kind,
    range: rangeOf(span[0], span[1]),
    selectionRange: rangeOf(id.range[0], id.range[1]),
  };
}

function spanOf(node: Node): [number, number] | undefined {
  return node.range ? [node.range[0], node.range[1]] : undefined;
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key) as Pair | undefined;
}

import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Scalar, type YAMLMap } from 'yaml';
import { JOINT } from '../domain/parties.js';

/** The kinds of id a compact declares and cites. */
export type IdKind = 'principle' | 'party' | 'body' | 'commitment' | 'outcome' | 'meeting' | 'action-plan' | 'baseline-principle';

/** One place an id is written: its declaration (`id:` of an entry) or a reference to it. Offsets exclude quotes. */
export interface Occurrence {
  kind: IdKind;
  id: string;
  start: number;
  end: number;
  declaration: boolean;
}

/** A declared entry: its `id:` occurrence and the mapping it belongs to. */
export interface Declared {
  occurrence: Occurrence;
  entry: YAMLMap;
}

/**
 * The ids of a compact and every place they are written, read leniently from the YAML `Document`, so that a
 * half-typed file still gives what can be read of it.
 */
export class CompactIndex {
  readonly occurrences: Occurrence[] = [];
  private readonly declared = new Map<IdKind, Map<string, Declared>>();

  constructor(
    readonly document: Document,
    readonly text: string,
  ) {
    this.read();
  }

  static parse(text: string): CompactIndex {
    const document = parseDocument(text, { uniqueKeys: false, keepSourceTokens: false, prettyErrors: false, strict: false, version: '1.2', schema: 'core', logLevel: 'error' });
    return new CompactIndex(document, text);
  }

  /** The entries declared with this kind, by id (the first one when an id is declared twice). */
  declarations(kind: IdKind): ReadonlyMap<string, Declared> {
    return this.declared.get(kind) ?? new Map();
  }

  declaration(kind: IdKind, id: string): Declared | undefined {
    return this.declared.get(kind)?.get(id);
  }

  /** The occurrence at an offset (the cursor just after an id counts). */
  at(offset: number): Occurrence | undefined {
    return this.occurrences.find((occurrence) => occurrence.start <= offset && offset <= occurrence.end);
  }

  /** Every occurrence of an id of a kind, declarations first. */
  occurrencesOf(kind: IdKind, id: string): Occurrence[] {
    return this.occurrences.filter((o) => o.kind === kind && o.id === id).sort((a, b) => Number(b.declaration) - Number(a.declaration) || a.start - b.start);
  }

  private read(): void {
    const root = this.document.contents;
    if (!isMap(root)) return;
    for (const party of entries(root, 'parties')) this.declare('party', party);
    for (const principle of entries(root, 'principles')) {
      this.declare('principle', principle);
      this.reference('baseline-principle', principle.get('baseline', true));
    }
    for (const outcome of entries(root, 'outcomes')) this.declare('outcome', outcome);
    for (const commitment of entries(root, 'commitments')) {
      this.declare('commitment', commitment);
      const party = commitment.get('party', true);
      if (!(isScalar(party) && party.value === JOINT)) this.reference('party', party);
      for (const item of items(commitment.get('principles', true))) this.reference('principle', item);
      for (const item of items(commitment.get('outcomes', true))) this.reference('outcome', item);
    }
    const governance = root.get('governance', true);
    const organisers: Scalar[] = [];
    if (isMap(governance)) {
      for (const body of entries(governance, 'bodies')) {
        this.declare('body', body);
        for (const member of items(body.get('members', true))) if (isMap(member)) this.reference('party', member.get('party', true));
      }
      for (const meeting of entries(governance, 'meetings')) {
        this.declare('meeting', meeting);
        const organiser = meeting.get('organiser', true);
        if (isScalar(organiser)) organisers.push(organiser);
      }
      for (const plan of entries(governance, 'action_plans')) this.declare('action-plan', plan);
      for (const role of entries(governance, 'roles')) this.reference('party', role.get('party', true));
      for (const contact of entries(governance, 'contacts')) this.reference('party', contact.get('party', true));
    }
    for (const signatory of entries(root, 'signatories')) this.reference('party', signatory.get('party', true));
    // An organiser is a body or a party: a body when one is declared with that id.
    for (const organiser of organisers) this.reference(this.declaration('body', String(organiser.value)) ? 'body' : 'party', organiser);
    this.occurrences.sort((a, b) => a.start - b.start);
  }

  private declare(kind: IdKind, entry: YAMLMap): void {
    const occurrence = this.occurrence(kind, entry.get('id', true), true);
    if (!occurrence) return;
    let byId = this.declared.get(kind);
    if (!byId) this.declared.set(kind, (byId = new Map()));
    if (!byId.has(occurrence.id)) byId.set(occurrence.id, { occurrence, entry });
  }

  private reference(kind: IdKind, node: unknown): void {
    this.occurrence(kind, node, false);
  }

  private occurrence(kind: IdKind, node: unknown, declaration: boolean): Occurrence | undefined {
    if (!isScalar(node) || !node.range || node.value === null || typeof node.value === 'object') return undefined;
    const id = String(node.value);
    if (id === '') return undefined;
    let [start, end] = node.range;
    const quote = this.text.charAt(start);
    if ((quote === '"' || quote === "'") && end - start >= 2) {
      start += 1;
      end -= 1;
    }
    const occurrence: Occurrence = { kind, id, start, end, declaration };
    this.occurrences.push(occurrence);
    return occurrence;
  }
}

/** The mappings of the list under `key` (others skipped). */
export function entries(map: YAMLMap, key: string): YAMLMap[] {
  return items(map.get(key, true)).filter((item): item is YAMLMap => isMap(item));
}

export function items(node: unknown): Node[] {
  return isSeq(node) ? (node.items as Node[]) : [];
}

/** A scalar field of an entry as text, or undefined. */
export function field(entry: YAMLMap, key: string): string | undefined {
  const value = entry.get(key, true);
  return isScalar(value) && value.value !== null && typeof value.value !== 'object' ? String(value.value) : undefined;
}

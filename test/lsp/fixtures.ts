import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/cli.js';

/** A document URI inside the repository (no config file applies there but the default). */
export function uriOf(name: string, folder = `${ROOT}test/lsp`): string {
  return pathToFileURL(`${folder}/${name}`).href;
}

/** A draft compact whose first commitment cites `dialogg` while `dialog` is declared. */
export const MISSPELT = `compact: 1
id: exempelby
title: Överenskommelse om samverkan i Exempelby
language: sv
status: draft
parties:
  - id: kommunen
    name: Exempelby kommun
    role: public
  - id: foreningarna
    name: Föreningarna i Exempelby
    role: civil-society
principles:
  - id: dialog
    title: Dialog
    text: En kontinuerlig dialog är en förutsättning för samverkan.
  - id: oppenhet
    title: Öppenhet och insyn
    text: Samverkan ska bygga på tillgänglighet till information.
commitments:
  - id: register
    party: kommunen
    text: Kommunen utvecklar sitt föreningsregister.
    principles: [dialogg, oppenhet]
  - id: samrad
    party: foreningarna
    text: Föreningarna deltar i samråd.
    principles:
      - dialog
governance:
  bodies:
    - id: samradet
      name: Samrådet
      purpose: Utvecklar samarbetet
      members:
        - party: kommunen
        - party: foreningarna
  meetings:
    - id: stormote
      name: Stormöte
      frequency: yearly
      organiser: samradet
`;

/** Line and character of the first occurrence of `needle` (plus `shift` characters) in `text`. */
export function positionOf(text: string, needle: string, shift = 0, from = 0): { line: number; character: number } {
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, offset + shift);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
}

export interface LspTextEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

/** Applies text edits as an editor does (from the last to the first). */
export function applyEdits(text: string, edits: readonly LspTextEdit[]): string {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const offset = (position: { line: number; character: number }) => lineStarts[position.line]! + position.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text);
}

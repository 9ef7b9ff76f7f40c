/**
 * Short, readable compact fixtures. `compactYaml(body)` writes a fixed head and then the body:
 *
 *   1  compact: 1
 *   2  id: exempelby
 *   3  title: Överenskommelse om samverkan i Exempelby
 *   4  language: sv
 *   5  status: adopted
 *   6  parties:
 *   7    - { id: kommunen, name: Exempelby kommun, role: public }
 *   8    - { id: foreningarna, name: Föreningarna i Exempelby, role: civil-society }
 *   9  principles:
 *  10    - { id: dialog, title: Dialog, text: En kontinuerlig dialog är en förutsättning för samverkan. }
 *  11  <body, dedented>
 *
 * `parties` and `principles` replace lines 6–8 and 9–10 (give them the same number of lines to
 * keep the body on line 11). A compact that is not a draft gets `adoption` after the body, since
 * the schema requires it; pass `adoption: ''` when the body has its own.
 */
export interface CompactYamlOptions {
  status?: 'draft' | 'adopted' | 'under-revision' | 'superseded' | 'expired';
  parties?: string;
  principles?: string;
  adoption?: string;
}

export const PARTIES = `parties:
  - { id: kommunen, name: Exempelby kommun, role: public }
  - { id: foreningarna, name: Föreningarna i Exempelby, role: civil-society }`;

export const PRINCIPLES = `principles:
  - { id: dialog, title: Dialog, text: En kontinuerlig dialog är en förutsättning för samverkan. }`;

export const ADOPTION = 'adoption: { body: Kommunfullmäktige, date: 2020-03-12, reference: KS/2019:412 }';

/** The line the body starts on, with the default parties and principles. */
export const BODY_LINE = 11;

export function compactYaml(body = '', options: CompactYamlOptions = {}): string {
  const status = options.status ?? 'adopted';
  const adoption = options.adoption ?? (status === 'draft' ? '' : ADOPTION);
  const lines = [
    'compact: 1',
    'id: exempelby',
    'title: Överenskommelse om samverkan i Exempelby',
    'language: sv',
    `status: ${status}`,
    options.parties ?? PARTIES,
    options.principles ?? PRINCIPLES,
    dedent(body),
    adoption,
  ];
  return `${lines.filter((line) => line !== '').join('\n')}\n`;
}

/** Removes the indentation common to all non-blank lines, and a leading blank line. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').replace(/\s+$/, '').split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)![0].length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common)).join('\n');
}

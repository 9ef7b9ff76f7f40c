import { distance } from 'fastest-levenshtein';

/** The candidate closest to `value`, when it is close enough to be a likely typo. */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  const needle = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(2, Math.floor(Math.max(value.length, best.length) / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** Letters NFKD does not split into a base letter and a mark (ø æ đ ŋ ŧ ł), as their nearest ASCII. */
const UNDECOMPOSABLE: Record<string, string> = { ø: 'o', æ: 'ae', đ: 'd', ŋ: 'n', ŧ: 't', ł: 'l' };

/** `Öppenhet och insyn` → `oppenhet-och-insyn`: an id made from a title. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u00f8\u00e6\u0111\u014b\u0167\u0142]/gi, (letter) => UNDECOMPOSABLE[letter.toLowerCase()]!)
    .replace(/\u00df/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

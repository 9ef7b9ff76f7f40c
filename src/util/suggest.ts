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

/** `Öppenhet och insyn` → `oppenhet-och-insyn`: an id made from a title. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/đ/gi, 'd')
    .replace(/ŋ/gi, 'n')
    .replace(/ŧ/gi, 't')
    .replace(/ł/gi, 'l')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

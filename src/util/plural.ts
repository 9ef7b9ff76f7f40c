/** `count(1, 'year')` → "1 year", `count(3, 'year')` → "3 years". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

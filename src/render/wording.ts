import type { Language } from '../model/index.js';

/**
 * A name in the genitive, for a label such as "{{genitive}} åtaganden": Swedish adds -s except after s, x or z
 * ("Borås Stads", "Borås"); English adds 's, or ' after an s.
 */
export function genitive(name: string, lang: Language): string {
  if (lang === 'en') return /s$/i.test(name) ? `${name}'` : `${name}'s`;
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

/**
 * A name as it reads inside a Swedish sentence: a body named by one common noun is written in lower case
 * ("Antagen av kommunfullmäktige"); a name of several words ("Region Stockholm") or an abbreviation ("KF")
 * keeps its capitals. English keeps the name as written.
 */
export function inSentence(name: string, lang: Language): string {
  if (lang !== 'sv' || !/^\p{Lu}\p{Ll}+$/u.test(name)) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

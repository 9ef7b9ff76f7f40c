/** A named set of principles a compact is expected to cover. */
export interface Baseline {
  id: string;
  /** The languages of the compacts it fits: init offers it (and takes it by default) only for these. */
  languages: readonly ('sv' | 'en')[];
  title: { sv: string; en: string };
  principles: { id: string; title: { sv: string; en: string } }[];
}

/** The six principles of the Swedish national agreement of 2008 (Överenskommelsen). */
export const SE_2008: Baseline = {
  id: 'se-2008',
  languages: ['sv'],
  title: {
    sv: 'Den nationella överenskommelsen 2008',
    en: 'The Swedish national agreement of 2008',
  },
  principles: [
    { id: 'independence', title: { sv: 'Självständighet och oberoende', en: 'Independence' } },
    { id: 'dialogue', title: { sv: 'Dialog', en: 'Dialogue' } },
    { id: 'quality', title: { sv: 'Kvalitet', en: 'Quality' } },
    { id: 'long-term', title: { sv: 'Långsiktighet', en: 'Long-term commitment' } },
    { id: 'openness', title: { sv: 'Öppenhet och insyn', en: 'Openness and transparency' } },
    { id: 'diversity', title: { sv: 'Mångfald', en: 'Diversity' } },
  ],
};

export const BASELINES: Record<string, Baseline> = { [SE_2008.id]: SE_2008 };

export function getBaseline(id: string): Baseline | undefined {
  return Object.hasOwn(BASELINES, id) ? BASELINES[id] : undefined;
}

/** `--baseline none`: principles of the compact's own, tied to no national set. */
export const NO_BASELINE = 'none';

/** The baselines that fit compacts in `language`, the first being init's default. */
export function baselinesFor(language: string): Baseline[] {
  return Object.values(BASELINES).filter((baseline) => (baseline.languages as readonly string[]).includes(language));
}

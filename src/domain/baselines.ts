/** A named set of principles a compact is expected to cover. */
export interface Baseline {
  id: string;
  title: { sv: string; en: string };
  principles: { id: string; title: { sv: string; en: string } }[];
}

/** The six principles of the Swedish national agreement of 2008 (Överenskommelsen). */
export const SE_2008: Baseline = {
  id: 'se-2008',
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
  return BASELINES[id];
}

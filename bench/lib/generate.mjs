// Realistic generated compacts for the benchmarks: Swedish prose, six principles, commitments for both
// parties citing them, governance, adoption, review and signatories with valid organisation numbers.
import { stringify } from 'yaml';

const PRINCIPLES = [
  ['sjalvstandighet', 'Självständighet och oberoende', 'independence'],
  ['dialog', 'Dialog', 'dialogue'],
  ['kvalitet', 'Kvalitet', 'quality'],
  ['langsiktighet', 'Långsiktighet', 'long-term'],
  ['oppenhet', 'Öppenhet och insyn', 'openness'],
  ['mangfald', 'Mångfald', 'diversity'],
];

const WORDS =
  'kommunen föreningarna samverkan dialog utveckling ansvar medborgare möjligheter förutsättningar verksamhet gemensamt långsiktigt öppenhet kvalitet mångfald engagemang demokrati inflytande stöd information'.split(
    ' ',
  );

function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

function sentence(next, words) {
  const chosen = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]);
  const text = chosen.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function luhnDigit(payload) {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let digit = Number(payload[i]) * (i % 2 === 0 ? 2 : 1);
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

function orgNumber(index) {
  const payload = `802${String(100000 + index).slice(-6)}`;
  return `${payload.slice(0, 6)}-${payload.slice(6)}${luhnDigit(payload)}`;
}

/** A compact with `commitments` commitments and as many signatories (at least `signatories`). */
export function generateCompact({ index = 0, commitments = 20, signatories = 10, seed = 1 } = {}) {
  const next = random(seed + index * 7919);
  const municipality = `Exempelby ${index + 1} kommun`;
  return {
    compact: 1,
    id: `exempelby-${index + 1}`,
    title: `Överenskommelse om samverkan mellan ${municipality} och idéburna organisationer`,
    language: 'sv',
    status: 'adopted',
    version: 2,
    jurisdiction: municipality,
    baseline: 'se-2008',
    parties: [
      { id: 'kommunen', name: municipality, role: 'public' },
      { id: 'ideburna', name: 'Idéburna organisationer', role: 'civil-society' },
    ],
    principles: PRINCIPLES.map(([id, title, baseline]) => ({ id, title, text: sentence(next, 40), baseline })),
    commitments: Array.from({ length: commitments }, (_, i) => ({
      id: `c${i + 1}`,
      party: i % 2 === 0 ? 'kommunen' : 'ideburna',
      text: sentence(next, 18),
      principles: [PRINCIPLES[i % 6][0], PRINCIPLES[(i + 3) % 6][0]],
    })),
    governance: {
      bodies: [
        {
          id: 'samradet',
          name: 'Samrådet',
          members: [
            { party: 'kommunen', count: 4 },
            { party: 'ideburna', count: 6 },
          ],
        },
      ],
      meetings: [{ id: 'arligt-forum', name: 'Årligt forum', frequency: 'yearly', organiser: 'samradet' }],
      action_plans: [{ id: 'handlingsplan', title: 'Handlingsplan', start: '2024-01-01', end: '2026-12-31' }],
      contacts: [{ name: 'Kim Andersson', party: 'kommunen', email: 'kim.andersson@example.se' }],
    },
    adoption: { body: 'Kommunfullmäktige', date: '2024-05-24', reference: `KS/2024:${100 + index}` },
    review: { cycle_years: 3, last_reviewed: '2024-05-24' },
    revisions: [
      { version: 1, date: '2021-03-01', summary: 'Första överenskommelsen.' },
      { version: 2, date: '2024-05-24', summary: 'Reviderad efter dialog.' },
    ],
    signatories: [
      { party: 'kommunen', organisation: municipality, name: 'Ordförande i kommunstyrelsen', date: '2024-06-01' },
      ...Array.from({ length: Math.max(signatories, 1) }, (_, i) => ({
        party: 'ideburna',
        organisation: `Förening ${i + 1} i Exempelby`,
        org_number: orgNumber(index * 100000 + i),
        name: `Representant ${i + 1}`,
        date: '2024-06-15',
      })),
    ],
  };
}

/**
 * The compact as YAML. Dates are quoted: ajv-cli reads YAML with js-yaml's YAML 1.1 schema, which turns an
 * unquoted 2024-05-24 into a timestamp that the schema then refuses.
 */
export function generateYaml(options) {
  const yaml = stringify(generateCompact(options), { lineWidth: 0 }).replace(/: (\d{4}-\d{2}-\d{2})$/gm, ': "$1"');
  return `# yaml-language-server: $schema=../../schemas/compact.schema.json\n${yaml}`;
}

import { describe, expect, it } from 'vitest';
import { datePrecision } from '../../src/render/dates.js';
import { genitive, inSentence } from '../../src/render/wording.js';
import { loadTemplates } from '../../src/render/markdown.js';
import { label } from '../../src/render/strings.js';

describe('genitive', () => {
  it('adds -s in Swedish except after s, x or z', () => {
    expect(genitive('Örebro kommun', 'sv')).toBe('Örebro kommuns');
    expect(genitive('Det civila samhället', 'sv')).toBe('Det civila samhällets');
    expect(genitive('Borås', 'sv')).toBe('Borås');
    expect(genitive('Växjö Fox', 'sv')).toBe('Växjö Fox');
  });

  it("adds 's in English, or ' after an s", () => {
    expect(genitive('Exampleton Council', 'en')).toBe("Exampleton Council's");
    expect(genitive('Borås', 'en')).toBe("Borås'");
  });
});

describe('inSentence', () => {
  it('writes a one-word body in lower case inside a Swedish sentence and keeps other names', () => {
    expect(inSentence('Kommunfullmäktige', 'sv')).toBe('kommunfullmäktige');
    expect(inSentence('Region Stockholm', 'sv')).toBe('Region Stockholm');
    expect(inSentence('KF', 'sv')).toBe('KF');
    expect(inSentence('Kommunfullmäktige', 'en')).toBe('Kommunfullmäktige');
  });
});

describe('datePrecision', () => {
  it('says how much of a date is known', () => {
    expect(datePrecision('2018-05-24')).toBe('day');
    expect(datePrecision('2018-05')).toBe('month');
    expect(datePrecision('2018')).toBe('year');
    expect(datePrecision('24 maj 2018')).toBeUndefined();
  });
});

describe('the review cycle in words', () => {
  it('reads "vart tredje år" in Swedish, as the compacts themselves say it, and falls back to the numeral', async () => {
    const { strings } = await loadTemplates('sv');
    const cycle = (count: number) => label(strings, 'adoption.cycle', { count });
    expect([1, 2, 3, 4, 12].map(cycle)).toEqual(['varje år', 'vartannat år', 'vart tredje år', 'vart fjärde år', 'vart 12:e år']);
    const english = await loadTemplates('en');
    expect(label(english.strings, 'adoption.cycle', { count: 3 })).toBe('every 3 years');
  });
});

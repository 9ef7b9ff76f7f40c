import { describe, expect, it } from 'vitest';
import { addYears, daysBetween, earliestDay, latestDay } from '../../src/domain/dates.js';
import { luhnCheckDigit, orgNumberProblem } from '../../src/domain/org-number.js';
import { nextReview } from '../../src/domain/review.js';
import { organisationKey } from '../../src/domain/signatories.js';
import { hasYearlyFollowUp, timesPerYearRange } from '../../src/domain/meetings.js';

describe('organisationsnummer', () => {
  it('accepts numbers with a right Luhn check digit', () => {
    expect(orgNumberProblem('802000-0009')).toBeUndefined();
    expect(orgNumberProblem('212000-2882')).toBeUndefined();
    expect(orgNumberProblem('556036-0793')).toBeUndefined();
  });

  it('names the right check digit when it is wrong', () => {
    expect(orgNumberProblem('802000-0008')).toBe(
      'organisation number "802000-0008" has a wrong check digit (the last digit should be 9); check the number against the register',
    );
  });

  it('explains the written form', () => {
    expect(orgNumberProblem('8020000009')).toContain('write it "802000-0009"');
    expect(orgNumberProblem('16802000-0009')).toContain('leave out the century digits');
    expect(orgNumberProblem('80200-0009')).toContain('must be written NNNNNN-NNNN');
  });

  it('computes Luhn digits', () => {
    expect(luhnCheckDigit('802000000')).toBe(9);
    expect(luhnCheckDigit('811218987')).toBe(6);
  });
});

describe('dates', () => {
  it('reads partial dates as spans', () => {
    expect(earliestDay('2018')).toBe('2018-01-01');
    expect(latestDay('2018')).toBe('2018-12-31');
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(latestDay('2023-02')).toBe('2023-02-28');
    expect(latestDay('2018-05-24')).toBe('2018-05-24');
  });

  it('adds years, keeping 29 February valid', () => {
    expect(addYears('2018-05-24', 3)).toBe('2021-05-24');
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
    expect(daysBetween('2021-01-01', '2021-03-01')).toBe(59);
  });
});

describe('next review', () => {
  it('prefers next_review, then last_reviewed, then adoption.date, plus the cycle', () => {
    expect(nextReview({ review: { next_review: '2025-01-01', cycle_years: 3, last_reviewed: '2018' } })).toEqual({ date: '2025-01-01', basis: 'next_review' });
    expect(nextReview({ review: { cycle_years: 3, last_reviewed: '2018' } })).toEqual({ date: '2021-12-31', basis: 'last_reviewed' });
    expect(nextReview({ review: { cycle_years: 3 }, adoption: { date: '2018-05-24' } })).toEqual({ date: '2021-05-24', basis: 'adoption.date' });
  });

  it('is unknown without a cycle or a date to count from', () => {
    expect(nextReview({ review: { cycle_years: 3 }, adoption: { body: 'Kommunfullmäktige' } })).toBeUndefined();
    expect(nextReview({ adoption: { date: '2018-05-24' } })).toBeUndefined();
  });
});

describe('format 1.1 in the domain', () => {
  it('counts a review from the last day of a month or year given as a partial date', () => {
    expect(nextReview({ review: { cycle_years: 4, last_reviewed: '2020-11' } })).toEqual({ date: '2024-11-30', basis: 'last_reviewed' });
    expect(nextReview({ review: { cycle_years: 3 }, adoption: { date: '2024-02' } })).toEqual({ date: '2027-02-28', basis: 'adoption.date' });
  });

  it('counts a meeting held a number of times a year, or two to four times, as yearly follow-up; as needed is not', () => {
    const meetings = (meeting: Record<string, unknown>) => ({ governance: { meetings: [{ id: 'm', name: 'Möte', ...meeting }] } }) as Parameters<typeof hasYearlyFollowUp>[0];
    expect(hasYearlyFollowUp(meetings({ times_per_year: 4 }))).toBe(true);
    expect(hasYearlyFollowUp(meetings({ times_per_year: { min: 2, max: 4 } }))).toBe(true);
    expect(hasYearlyFollowUp(meetings({ frequency: 'as-needed' }))).toBe(false);
    expect(timesPerYearRange({ times_per_year: 3 })).toEqual({ min: 3, max: 3 });
  });
});

describe('organisationKey', () => {
  it('compares names in Unicode NFC, without case and with runs of whitespace as one space', () => {
    expect(organisationKey('Fo\u0308reningen  O\u0308ST ')).toBe(organisationKey('Föreningen öst'));
    expect(organisationKey('ÅSA-NISSE IF')).toBe('åsa-nisse if');
    expect(organisationKey('Łódź\tklubb')).toBe('łódź klubb');
    expect(organisationKey('\u212Bngby IK')).toBe('ångby ik');
    expect(organisationKey('Röda Korset')).not.toBe(organisationKey('Roda Korset'));
  });

  it('keeps single spaces as they are and makes every other whitespace one space, trimmed', () => {
    for (const [name, key] of [
      ['IFK Örebro', 'ifk örebro'],
      [' IFK Örebro', 'ifk örebro'],
      ['IFK Örebro ', 'ifk örebro'],
      ['IFK\u00a0Örebro', 'ifk örebro'],
      ['IFK\u2003Örebro', 'ifk örebro'],
      ['IFK \n Örebro', 'ifk örebro'],
      ['\u3000IFK', 'ifk'],
    ]) {
      expect(organisationKey(name!)).toBe(key);
    }
  });
});

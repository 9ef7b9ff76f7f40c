import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/lint/run-rules.js';
import { RULES } from '../../src/lint/rules/index.js';
import { parseCompactText } from '../../src/load/index.js';
import { validate } from '../../src/validate/index.js';
import { ROOT } from '../helpers/cli.js';

const ALL_RULES = RULES.map((rule) => ({ rule, severity: rule.meta.defaultSeverity, options: {} }));

function lintExample(name: string, today: string) {
  const file = `examples/${name}.yaml`;
  const parsed = parseCompactText(readFileSync(`${ROOT}${file}`, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} cannot be read`);
  expect(validate(parsed.compact)).toEqual([]);
  return runRules(parsed.compact, ALL_RULES, today);
}

/**
 * Each example on a day in the year it was adopted. Botkyrka's revision is from 2018; Borås' page
 * says the agreement was drafted in 2015 and 2016 and then adopted; Örebro's council accepted it
 * after the policy decision of May 2008; Södertälje is a draft of 2017.
 */
const ADOPTION_YEAR: Record<string, string> = {
  botkyrka: '2018-06-01',
  boras: '2017-06-01',
  orebro: '2009-06-01',
  sodertalje: '2017-06-14',
};

describe('the examples in the year they were adopted', () => {
  it.each(Object.entries(ADOPTION_YEAR))('%s has no errors on %s', (name, today) => {
    const errors = lintExample(name, today).filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => `${finding.line}:${finding.column} ${finding.message} [${finding.ruleId}]`)).toEqual([]);
  });
});

describe('the examples on 2026-11-25', () => {
  it('show the reviews that are really overdue, and the compacts that state no review cycle', () => {
    const reviews = Object.keys(ADOPTION_YEAR).flatMap((name) =>
      lintExample(name, '2026-11-25')
        .filter((finding) => finding.ruleId.startsWith('review-'))
        .map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.ruleId}: ${finding.message}`),
    );
    expect(reviews).toEqual([
      'examples/botkyrka.yaml:321:18 error review-overdue: the review was due by 2021-12-31 (3 years after the last review in 2018) and is 1,790 days overdue; evaluate the compact and record the date in review.last_reviewed',
      'examples/boras.yaml:201:1 warning review-cycle-declared: the compact is under revision but does not say how often it is evaluated; add review.cycle_years (typically 3)',
      'examples/orebro.yaml:300:1 warning review-cycle-declared: the compact is adopted but does not say how often it is evaluated; add review.cycle_years (typically 3)',
    ]);
  });
});

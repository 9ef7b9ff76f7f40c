import { baselineCoverage } from '../../../src/lint/rules/baseline-coverage.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const SIX = `principles:
  - { id: sjalvstandighet, title: Självständighet och oberoende, text: Organisationerna är suveräna., baseline: independence }
  - { id: dialog, title: Dialog, text: Parterna möts på lika villkor., baseline: dialogue }
  - { id: kvalitet, title: Kvalitet, text: Organisationerna avgör själva sin kvalitet., baseline: quality }
  - { id: langsiktighet, title: Långsiktighet, text: Långsiktiga relationer., baseline: long-term }
  - { id: oppenhet, title: Öppenhet och insyn, text: Tillgänglighet till information., baseline: openness }
  - { id: mangfald, title: Mångfald, text: Fler möjligheter att engagera sig., baseline: diversity }
  - { id: demokrati, title: Demokrati, text: Balans mellan representativ demokrati och deltagardemokrati. }`;

const FOUR = `principles:
  - { id: dialog, title: Dialog, text: Parterna möts på lika villkor., baseline: dialogue }
  - { id: oppenhet, title: Öppenhet och insyn, text: Tillgänglighet till information., baseline: openness }
  - { id: langsiktighet, title: Kvalitet och långsiktighet, text: Långsiktiga relationer ger trygghet., baseline: long-term }
  - { id: mangfald, title: Demokrati och mångfald, text: Den mångfald vi tillsammans kan erbjuda., baseline: diversity }`;

ruleTester(baselineCoverage, {
  valid: [
    { name: 'all six, and a seventh of its own (Botkyrka)', code: compactYaml('baseline: se-2008', { principles: SIX }) },
    { name: 'no baseline named', code: compactYaml('', { principles: FOUR }) },
  ],
  invalid: [
    {
      name: 'two of the six are missing',
      code: compactYaml('baseline: se-2008', { principles: FOUR }),
      errors: [
        {
          message: 'no principle realises "independence" (Självständighet och oberoende) of se-2008; mark the principle that does with `baseline: independence`, or add one',
          line: 14,
          column: 11,
        },
        { messageId: 'uncovered', data: { principle: 'quality', title: 'Kvalitet', baseline: 'se-2008' }, line: 14, column: 11 },
      ],
    },
    {
      name: 'titles follow the language of the compact',
      code: compactYaml('baseline: se-2008', { principles: FOUR }).replace('language: sv', 'language: en'),
      errors: [
        { messageId: 'uncovered', data: { principle: 'independence', title: 'Independence', baseline: 'se-2008' }, line: 14, column: 11 },
        { messageId: 'uncovered', data: { principle: 'quality', title: 'Quality', baseline: 'se-2008' }, line: 14, column: 11 },
      ],
    },
  ],
});

import { revisionOrder } from '../../../src/lint/rules/revision-order.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(revisionOrder, {
  valid: [
    {
      name: 'oldest first, the last one the current version (Botkyrka)',
      code: compactYaml(`
        version: "2018"
        revisions:
          - { version: "2009", date: "2009", summary: Den första överenskommelsen. }
          - { version: "2018", date: "2018", summary: Överenskommelsen reviderades. }
      `),
    },
    {
      name: 'a year and a day in that year may be in either order',
      code: compactYaml(`
        revisions:
          - { version: "2018", date: 2018-05-24 }
          - { version: 2018b, date: "2018" }
      `),
    },
    { name: 'a version written as a number matches the same label', code: compactYaml('version: 2018\nrevisions: [{ version: "2018", date: "2018" }]') },
  ],
  invalid: [
    {
      name: 'listed newest first',
      code: compactYaml(`
        version: "2018"
        revisions:
          - { version: "2018", date: 2018-05-24 }
          - { version: "2009", date: 2009-06-17 }
      `),
      errors: [
        { message: 'the compact\'s version is "2018" but the last revision is "2009"; add the revision "2018" or correct the version', line: 11, column: 10 },
        { message: 'revision "2009" (2009-06-17) is dated before the revision listed above it, "2018" (2018-05-24); list revisions oldest first', line: 14, column: 30 },
      ],
    },
    {
      name: 'the version was bumped without a revision',
      code: compactYaml(`
        version: "2024"
        revisions:
          - { version: "2009", date: "2009" }
          - { version: "2018", date: "2018-05" }
      `),
      errors: [{ messageId: 'versionMismatch', data: { version: '2024', last: '2018' }, line: 11, column: 10 }],
    },
  ],
});

import { endedRecorded } from '../../../src/lint/rules/ended-recorded.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(endedRecorded, {
  valid: [
    { name: 'an expired compact that records its end', code: compactYaml('ended: { date: 2024-03, body: Kommunstyrelsen, reason: Ersatt av samverkansplaner. }', { status: 'expired' }) },
    { name: 'a superseded compact that records its end', code: compactYaml('ended: { date: "2024", superseded_by: Överenskommelsen 2024 }', { status: 'superseded' }) },
    { name: 'an adopted compact without an end', code: compactYaml('') },
    { name: 'a draft without an end', code: compactYaml('', { status: 'draft' }) },
  ],
  invalid: [
    {
      name: 'an expired compact without ended: at the key ended would follow',
      code: compactYaml('', { status: 'expired' }),
      errors: [
        {
          message:
            'the compact is expired but does not say when it stopped applying; add `ended:` with its date (YYYY-MM-DD, or YYYY-MM or YYYY when only that is known), the body that decided and the reason',
          line: 11,
          column: 1,
        },
      ],
    },
    {
      name: 'a superseded compact with revisions: ended would follow them',
      code: compactYaml('revisions:\n  - { version: "2017", date: "2017" }', { status: 'superseded' }),
      errors: [{ messageId: 'notRecorded', data: { status: 'superseded' }, line: 11, column: 1 }],
    },
    {
      name: 'ended on a draft',
      code: compactYaml('ended: { date: "2024" }', { status: 'draft' }),
      errors: [
        {
          message:
            'the compact is a draft but records an end (`ended`); a draft that was dropped is not a compact to record as ended: remove `ended`, or set status to expired if it was once adopted',
          line: 11,
          column: 1,
        },
      ],
    },
    {
      name: 'ended on a compact in force',
      code: compactYaml('ended: { date: "2024" }', { status: 'under-revision' }),
      errors: [{ message: 'the compact is under revision but records an end (`ended`); set status to expired (or superseded, if a newer compact replaced it), or remove `ended`', line: 11, column: 1 }],
    },
  ],
});

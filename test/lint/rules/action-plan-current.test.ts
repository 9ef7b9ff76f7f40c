import { actionPlanCurrent } from '../../../src/lint/rules/action-plan-current.js';
import { compactYaml } from '../../helpers/compact-yaml.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const PLANS = compactYaml(`
  governance:
    action_plans:
      - { id: handlingsplan-2023, title: Handlingsplan 2023, start: 2023-01-01, end: 2023-12-31 }
      - { id: handlingsplan-2024-2026, title: Treårig handlingsplan, start: 2024-01-01, end: 2026-12-31, reference: KS/2023:88 }
`);

ruleTester(actionPlanCurrent, {
  valid: [
    { name: 'a plan covers today', code: PLANS, today: '2024-06-01' },
    { name: 'the first and the last day are covered', code: PLANS, today: '2026-12-31' },
    { name: 'a draft needs no plan yet', code: compactYaml('', { status: 'draft' }) },
    { name: 'an expired compact needs no current plan', code: PLANS.replace('status: adopted', 'status: expired'), today: '2030-01-01' },
  ],
  invalid: [
    {
      name: 'an adopted compact without any plan',
      code: compactYaml(`
        governance:
          contacts: [{ name: Anna Lind }]
      `),
      errors: [{ message: 'the compact is adopted but has no action plan; add one under governance.action_plans', line: 11, column: 1 }],
    },
    {
      name: 'without governance, the finding points at the key governance would follow (principles), not at the status',
      code: compactYaml('', { status: 'under-revision' }),
      errors: [{ messageId: 'noPlan', data: { status: 'under revision' }, line: 9, column: 1 }],
    },
    {
      name: 'the last plan has ended',
      code: PLANS,
      today: '2027-02-01',
      errors: [
        {
          message: 'action plan "handlingsplan-2024-2026" ended on 2026-12-31 and no plan covers today (2027-02-01); add the next action plan',
          line: 14,
          column: 92,
        },
      ],
    },
    {
      name: 'the next plan has not started',
      code: PLANS,
      today: '2022-11-30',
      errors: [{ messageId: 'notStarted', data: { today: '2022-11-30', plan: 'handlingsplan-2023', start: '2023-01-01' }, line: 13, column: 67 }],
    },
    {
      name: 'a plan that ends before it starts, in any status',
      code: compactYaml(
        `
        governance:
          action_plans:
            - id: handlingsplan-2024
              title: Handlingsplan 2024
              start: 2024-12-31
              end: 2024-01-01
        `,
        { status: 'draft' },
      ),
      errors: [{ message: 'action plan "handlingsplan-2024" ends on 2024-01-01, before it starts on 2024-12-31', line: 16, column: 12 }],
    },
  ],
});

import { isInForce, statusInWords } from '../../domain/status.js';
import type { ActionPlan } from '../../model/index.js';
import { ruleDocsUrl } from '../docs.js';
import { whereMissing } from '../present-path.js';
import type { Rule } from '../types.js';

const ID = 'action-plan-current';

export const actionPlanCurrent: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    description: 'A compact in force has an action plan that covers today, and every plan ends after it starts.',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      endsBeforeStart: 'action plan "{{plan}}" ends on {{end}}, before it starts on {{start}}',
      noPlan: 'the compact is {{status}} but has no action plan (handlingsplan); add one under governance.action_plans',
      expired: 'action plan "{{plan}}" ended on {{end}} and no plan covers today ({{today}}); add the next action plan',
      notStarted: 'no action plan covers today ({{today}}); the next, "{{plan}}", starts on {{start}}',
    },
    recommended: true,
  },
  check(compact, context) {
    const plans = compact.governance?.action_plans ?? [];
    plans.forEach((plan, index) => {
      if (plan.start > plan.end) {
        context.report({ messageId: 'endsBeforeStart', data: { plan: plan.id, start: plan.start, end: plan.end }, path: ['governance', 'action_plans', index, 'end'] });
      }
    });
    if (!isInForce(compact.status)) return;
    const { today } = context;
    if (plans.some((plan) => plan.start <= today && today <= plan.end)) return;
    if (plans.length === 0) {
      context.report({ messageId: 'noPlan', data: { status: statusInWords(compact.status) }, ...whereMissing(compact, ['governance', 'action_plans']) });
      return;
    }
    const upcoming = indexOfBest(plans, (plan) => plan.start > today && plan.start <= plan.end, (a, b) => a.start < b.start);
    if (upcoming !== undefined) {
      const plan = plans[upcoming]!;
      context.report({ messageId: 'notStarted', data: { today, plan: plan.id, start: plan.start }, path: ['governance', 'action_plans', upcoming, 'start'] });
      return;
    }
    const latest = indexOfBest(plans, () => true, (a, b) => a.end > b.end)!;
    const plan = plans[latest]!;
    context.report({ messageId: 'expired', data: { today, plan: plan.id, end: plan.end }, path: ['governance', 'action_plans', latest, 'end'] });
  },
};

/** The index of the plan that `better` prefers among those `eligible`. */
function indexOfBest(plans: readonly ActionPlan[], eligible: (plan: ActionPlan) => boolean, better: (a: ActionPlan, b: ActionPlan) => boolean): number | undefined {
  let best: number | undefined;
  plans.forEach((plan, index) => {
    if (eligible(plan) && (best === undefined || better(plan, plans[best]!))) best = index;
  });
  return best;
}

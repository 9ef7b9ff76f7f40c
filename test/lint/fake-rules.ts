import type { Rule } from '../../src/lint/types.js';

/** Test-only rules: small, predictable, and each exercising one part of the engine. */
export const shortTitle: Rule<{ min: number }> = {
  meta: {
    id: 'short-title',
    defaultSeverity: 'warning',
    description: 'A principle title is shorter than `min` characters.',
    docsUrl: 'docs/rules/short-title.md',
    messages: { short: 'the title "{{title}}" is shorter than {{min}} characters' },
    optionsSchema: { type: 'object', properties: { min: { type: 'integer', minimum: 1 } }, additionalProperties: false },
    defaultOptions: { min: 3 },
    recommended: true,
  },
  check(compact, context) {
    compact.principles.forEach((principle, index) => {
      if (principle.title.length < context.options.min) {
        context.report({ messageId: 'short', data: { title: principle.title, min: context.options.min }, path: ['principles', index, 'title'] });
      }
    });
  },
};

export const draftStatus: Rule = {
  meta: {
    id: 'draft-status',
    defaultSeverity: 'info',
    description: 'The compact is still a draft.',
    docsUrl: 'docs/rules/draft-status.md',
    messages: { draft: 'the compact is a draft' },
    recommended: false,
  },
  check(compact, context) {
    if (compact.status === 'draft') context.report({ messageId: 'draft', path: ['status'] });
  },
};

export const explodesOnBoom: Rule = {
  meta: {
    id: 'explodes-on-boom',
    defaultSeverity: 'error',
    description: 'Fails on the compact with id boom.',
    docsUrl: 'docs/rules/explodes-on-boom.md',
    messages: {},
    recommended: true,
  },
  check(compact) {
    if (compact.id === 'boom') throw new Error('cannot read properties of undefined');
  },
};

export const FAKE_RULES: readonly Rule<any>[] = [shortTitle, draftStatus, explodesOnBoom];

/** A valid draft compact that the built-in recommended rules find nothing in; `principleTitle` and `id` vary it. */
export function compactText({ id = 'exempel', principleTitle = 'Dialog', before = '' } = {}): string {
  return `${before}compact: 1
id: ${id}
title: Överenskommelse om samverkan i Exempelby
language: sv
status: draft
parties:
  - id: kommunen
    name: Exempelby kommun
    role: public
  - id: civilsamhallet
    name: Det civila samhället
    role: civil-society
principles:
  - id: dialog
    title: ${principleTitle}
    text: En kontinuerlig dialog är en förutsättning för samverkan.
commitments:
  - id: dialogmoten
    party: kommunen
    text: Kommunen bjuder in till dialogmöten.
    principles: [dialog]
  - id: delta
    party: civilsamhallet
    text: Organisationerna deltar i dialogmötena.
    principles: [dialog]
`;
}

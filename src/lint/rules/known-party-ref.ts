import { JOINT, unknownPartyMessage } from '../../domain/parties.js';
import { t } from '../../i18n/index.js';
import type { JsonPath } from '../../findings.js';
import type { Compact } from '../../model/index.js';
import { closestMatch } from '../../util/suggest.js';
import { ruleDocsUrl } from '../docs.js';
import type { Rule } from '../types.js';

const ID = 'known-party-ref';

interface PartyReference {
  id: string;
  /** How to call the place in a message. */
  where: string;
  path: JsonPath;
  allowJoint: boolean;
}

/**
 * Every place a compact names a party that `known` does not accept, with how to call it in a message; the places
 * that name a known party (all of them, in a sound compact) cost no more than the test.
 */
function unknownPartyReferences(compact: Compact, known: (id: string, allowJoint: boolean) => boolean): PartyReference[] {
  const references: PartyReference[] = [];
  compact.commitments?.forEach((commitment, index) => {
    if (!known(commitment.party, true)) {
      references.push({ id: commitment.party, where: t('rules.known-party-ref.where.commitment', { id: commitment.id }), path: ['commitments', index, 'party'], allowJoint: true });
    }
  });
  const governance = compact.governance;
  governance?.bodies?.forEach((body, bodyIndex) =>
    body.members?.forEach((member, memberIndex) => {
      if (!known(member.party, false)) {
        references.push({ id: member.party, where: t('rules.known-party-ref.where.member', { id: body.id }), path: ['governance', 'bodies', bodyIndex, 'members', memberIndex, 'party'], allowJoint: false });
      }
    }),
  );
  governance?.roles?.forEach((role, index) => {
    if (role.party && !known(role.party, false)) {
      references.push({ id: role.party, where: t('rules.known-party-ref.where.role', { id: role.title }), path: ['governance', 'roles', index, 'party'], allowJoint: false });
    }
  });
  governance?.contacts?.forEach((contact, index) => {
    if (contact.party && !known(contact.party, false)) {
      references.push({ id: contact.party, where: t('rules.known-party-ref.where.contact', { id: contact.name }), path: ['governance', 'contacts', index, 'party'], allowJoint: false });
    }
  });
  compact.signatories?.forEach((signatory, index) => {
    if (!known(signatory.party, false)) {
      references.push({ id: signatory.party, where: t('rules.known-party-ref.where.signatory', { id: signatory.organisation }), path: ['signatories', index, 'party'], allowJoint: false });
    }
  });
  return references;
}

export const knownPartyRef: Rule = {
  meta: {
    id: ID,
    defaultSeverity: 'error',
    description: 'Commitments, body members, roles, contacts, signatories and meeting organisers name a declared party (or `joint` for a shared commitment).',
    docsUrl: ruleDocsUrl(ID),
    messages: {
      unknownParty: '{{where}}: {{problem}}',
      unknownPartySuggest: '{{where}}: {{problem}}; did you mean "{{suggestion}}"?',
      unknownOrganiser: 'meeting "{{meeting}}" is organised by "{{organiser}}", which is neither a body nor a party of this compact',
      unknownOrganiserSuggest:
        'meeting "{{meeting}}" is organised by "{{organiser}}", which is neither a body nor a party of this compact; did you mean "{{suggestion}}"?',
      replace: 'replace "{{wrong}}" with "{{suggestion}}"',
    },
    recommended: true,
  },
  check(compact, context) {
    const partyIds = compact.parties.map((party) => party.id);
    const declared = new Set(partyIds);
    const known = (id: string, allowJoint: boolean) => declared.has(id) || (allowJoint && id === JOINT);
    for (const reference of unknownPartyReferences(compact, known)) {
      const candidates = reference.allowJoint ? [...partyIds, JOINT] : partyIds;
      const suggestion = closestMatch(reference.id, candidates);
      const problem = unknownPartyMessage(reference.id, partyIds, reference.allowJoint);
      context.report({
        messageId: suggestion ? 'unknownPartySuggest' : 'unknownParty',
        data: { where: reference.where, problem, ...(suggestion ? { suggestion } : {}) },
        path: reference.path,
        ...(suggestion ? { suggestions: [{ messageId: 'replace', data: { wrong: reference.id, suggestion }, fix: (fixer) => fixer.replaceValue(reference.path, suggestion) }] } : {}),
      });
    }

    const bodyIds = compact.governance?.bodies?.map((body) => body.id) ?? [];
    const organisers = new Set([...bodyIds, ...partyIds]);
    compact.governance?.meetings?.forEach((meeting, index) => {
      if (meeting.organiser === undefined || organisers.has(meeting.organiser)) return;
      const suggestion = closestMatch(meeting.organiser, organisers);
      context.report({
        messageId: suggestion ? 'unknownOrganiserSuggest' : 'unknownOrganiser',
        data: { meeting: meeting.id, organiser: meeting.organiser, ...(suggestion ? { suggestion } : {}) },
        path: ['governance', 'meetings', index, 'organiser'],
        ...(suggestion
          ? { suggestions: [{ messageId: 'replace', data: { wrong: meeting.organiser, suggestion }, fix: (fixer) => fixer.replaceValue(['governance', 'meetings', index, 'organiser'], suggestion) }] }
          : {}),
      });
    });
  },
};

/** Examples of prosecution tracking's events. */
import type { EventDocumentation } from './shared';
import {
  CASE_ID,
  OTHER_CASE_ID,
  CASE_REFERENCE,
  INVESTIGATION_ID,
  HEARING_ID,
  CHARGE_ID,
  SUSPECT_ID,
  VERDICT_ID,
  one,
} from './shared';

const investigation = {
  investigationId: INVESTIGATION_ID,
  leadAgencyId: 'kw-public-prosecution',
  caseIds: [CASE_ID, OTHER_CASE_ID],
};

const charge = {
  investigationId: INVESTIGATION_ID,
  chargeId: CHARGE_ID,
  suspectId: SUSPECT_ID,
  lawCode: 'kw-91-2013',
  article: '2',
  version: 1,
  aggravatingCircumstances: ['transnational'],
};

const hearing = {
  investigationId: INVESTIGATION_ID,
  hearingId: HEARING_ID,
  hearingType: 'first_instance',
  court: 'Criminal Court of First Instance',
  scheduledOn: '2026-10-06',
  agencyIds: ['kw-public-prosecution', 'kw-nrm-competent-authority'],
};

export const ProsecutionEvents: Record<string, EventDocumentation> = {
  'nrm.prosecution.investigation-opened': {
    summary:
      "An investigation opened (key: the investigation id; it may span the cases of a network's victims).",
    examples: one('Two referred cases', INVESTIGATION_ID, {
      ...investigation,
      at: '2026-04-02T07:45:00.000Z',
    }),
  },
  'nrm.prosecution.investigation-closed': {
    summary: 'An investigation closed, with the reason.',
    examples: one('Referred to court', INVESTIGATION_ID, {
      ...investigation,
      at: '2026-08-30T12:00:00.000Z',
      closeReason: 'referred_to_court',
    }),
  },
  'nrm.prosecution.case-linked': {
    summary: 'A referred case joined an investigation (key: the case).',
    examples: one('Linked', CASE_ID, {
      investigationId: INVESTIGATION_ID,
      caseId: CASE_ID,
      linkedAt: '2026-04-02T07:45:00.000Z',
    }),
  },
  'nrm.prosecution.charges-filed': {
    summary:
      "A charge against a suspect was filed; the suspect's identity stays sealed in prosecution tracking.",
    examples: one('Trafficking in persons, article 2', INVESTIGATION_ID, charge),
  },
  'nrm.prosecution.charges-amended': {
    summary: 'A charge was amended (a new version).',
    examples: one('An aggravating circumstance added', INVESTIGATION_ID, {
      ...charge,
      version: 2,
      aggravatingCircumstances: ['transnational', 'organised_crime_group'],
    }),
  },
  'nrm.prosecution.hearing-scheduled': {
    summary: 'A court hearing was scheduled.',
    examples: one('A first-instance hearing', INVESTIGATION_ID, hearing),
  },
  'nrm.prosecution.hearing-postponed': {
    summary: 'A court hearing was postponed, with the earlier date.',
    examples: one('Postponed by three weeks', INVESTIGATION_ID, {
      ...hearing,
      scheduledOn: '2026-10-27',
      previousDate: '2026-10-06',
    }),
  },
  'nrm.prosecution.hearing-held': {
    summary: 'A court hearing was held.',
    examples: one('Held', INVESTIGATION_ID, hearing),
  },
  'nrm.prosecution.hearing-approaching': {
    summary: 'A hearing is near (raised once, ahead of it).',
    examples: one('A hearing next week', INVESTIGATION_ID, hearing),
  },
  'nrm.prosecution.victim-testimony-arranged': {
    summary: 'A victim testifies at a hearing, with the protective measures it needs (key: the case).',
    examples: one('Interpreter, closed session and video link', CASE_ID, {
      investigationId: INVESTIGATION_ID,
      hearingId: HEARING_ID,
      caseId: CASE_ID,
      caseReference: CASE_REFERENCE,
      hearingDate: '2026-10-06',
      measures: ['interpreter', 'closed_session', 'video_link'],
    }),
  },
  'nrm.prosecution.verdict-recorded': {
    summary: 'A verdict on one charge against one suspect.',
    examples: one('Convicted at first instance, 15 years', INVESTIGATION_ID, {
      investigationId: INVESTIGATION_ID,
      verdictId: VERDICT_ID,
      suspectId: SUSPECT_ID,
      chargeId: CHARGE_ID,
      lawCode: 'kw-91-2013',
      article: '2',
      outcome: 'convicted',
      courtLevel: 'first_instance',
      decidedOn: '2026-11-17',
      sentenceMonths: 180,
    }),
  },
  'nrm.prosecution.appeal-filed': {
    summary: 'An appeal against a verdict was filed.',
    examples: one('Appealed by the defence', INVESTIGATION_ID, {
      investigationId: INVESTIGATION_ID,
      appealId: '3c5e7a9b-1d3f-4c5e-9a9b-1d3f5b7d9f1a',
      verdictId: VERDICT_ID,
      filedBy: 'defence',
      filedOn: '2026-12-01',
    }),
  },
  'nrm.prosecution.compensation-ordered': {
    summary: 'A court ordered compensation for a victim (key: the case); whether it was paid is tracked.',
    examples: one('3,500 KWD, not yet paid', CASE_ID, {
      investigationId: INVESTIGATION_ID,
      compensationId: '6b8d0f2a-4c6e-4b8d-8f2a-4c6e8a0c2e4b',
      caseId: CASE_ID,
      amount: '3500.000',
      currency: 'KWD',
      orderedOn: '2026-11-17',
      paid: false,
    }),
  },
};

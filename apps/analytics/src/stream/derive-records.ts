import {
  AnonymousNoticeCounted,
  AnonymousNoticeRecorded,
  ConsentChanged,
  InvestigationOpened,
  ReferralRecorded,
  ReferralReceived,
} from '@nrm/contracts';
import type {
  AgencyType,
  AnonymousNoticeCountedV1,
  AnonymousNoticeRecordedV1,
  ConsentChangedV1,
  InvestigationV1,
  ReferralReceivedV1,
  ReferralRecordedV1,
} from '@nrm/contracts';
import { CaseStageEventTypes, deriveCaseStage } from './case-stages';
import { monthOf } from './derivation';
import type { CaseFacts, Derivation, DerivationContext, SourceEvent } from './derivation';
import { ProsecutionStageEventTypes, deriveProsecutionStage, prosecutionRecord } from './prosecution-stages';

/*
 * How the analytics stream is derived from the lifecycle events: plain functions, no I/O. This file
 * derives referrals, anonymous notices, consent and opened investigations, and hands the stages of a
 * case and of a proceeding to their rules (case-stages.ts, prosecution-stages.ts); the records and
 * facts are described in derivation.ts. The rest of the service imports the derivation from here.
 */

export { caseIdOf, daysBetween, investigationIdOf, monthOf } from './derivation';
export type {
  AssessedList,
  CaseFacts,
  Derivation,
  DerivationContext,
  DerivedRecord,
  IndicatorAssessment,
  InvestigationFacts,
  RecordSubject,
  SourceEvent,
} from './derivation';
export { needsCaseFacts } from './case-stages';
export { indicatorAssessment } from './indicator-assessment';

/** Every source event type the stream derives something from, or remembers something of. */
export const SourceEventTypes: readonly string[] = [
  ReferralReceived.type,
  AnonymousNoticeRecorded.type,
  ConsentChanged.type,
  ...CaseStageEventTypes,
  InvestigationOpened.type,
  ...ProsecutionStageEventTypes,
];

function referralRecorded(d: ReferralReceivedV1, agencyType?: AgencyType): ReferralRecordedV1 {
  return {
    month: monthOf(d.referredAt),
    referralChannel: d.referralChannel,
    referringAgencyType: agencyType ?? 'unknown',
    ageBand: d.ageBand,
    child: d.personIsChild,
    sex: d.sex,
    nationalities: [...d.nationalities],
    exploitationTypes: [...d.exploitationTypes],
    meansOfControl: [...d.meansOfControl],
    recruitmentMethod: d.recruitmentMethod,
    immediateRisk: d.immediateRisks.length > 0,
  };
}

function noticeCounted(d: AnonymousNoticeRecordedV1): AnonymousNoticeCountedV1 {
  return {
    month: d.encounterMonth,
    referralChannel: d.channel,
    ageBand: d.ageBand,
    sex: d.sex,
    nationalities: [...d.nationalities],
    exploitationTypes: [...d.exploitationTypes],
  };
}

/** Derives the analytics records of one source event. */
export function deriveRecords(event: SourceEvent, context: DerivationContext = {}): Derivation {
  const facts = context.caseFacts ?? { statisticsConsent: false };
  switch (event.type) {
    case ReferralReceived.type: {
      const d = event.data as ReferralReceivedV1;
      const caseFacts: CaseFacts = {
        ...facts,
        referredOn: d.referredAt.slice(0, 10),
        statisticsConsent: d.statisticsConsent ?? false,
      };
      return {
        caseFacts: { caseId: d.caseId, facts: caseFacts },
        records: [
          {
            definition: ReferralRecorded,
            subject: { kind: 'case', id: d.caseId },
            data: referralRecorded(d, context.referringAgencyType),
            personConsentRequired: true,
          },
        ],
      };
    }
    case AnonymousNoticeRecorded.type: {
      const d = event.data as AnonymousNoticeRecordedV1;
      return {
        records: [
          {
            definition: AnonymousNoticeCounted,
            subject: { kind: 'anonymous' },
            data: noticeCounted(d),
            personConsentRequired: false,
          },
        ],
      };
    }
    case ConsentChanged.type: {
      const d = event.data as ConsentChangedV1;
      if (d.purpose !== 'statistics') return { records: [] };
      return {
        records: [],
        caseFacts: { caseId: d.caseId, facts: { ...facts, statisticsConsent: d.granted } },
      };
    }
    case InvestigationOpened.type: {
      const d = event.data as InvestigationV1;
      const linked = { linkedCases: d.caseIds.length };
      return {
        investigationFacts: { investigationId: d.investigationId, facts: linked },
        records: [
          prosecutionRecord(d.investigationId, {
            stage: 'investigation_opened',
            month: monthOf(d.at),
            linkedCases: linked.linkedCases,
          }),
        ],
      };
    }
  }
  return deriveProsecutionStage(event, context) ?? deriveCaseStage(event, facts, context);
}

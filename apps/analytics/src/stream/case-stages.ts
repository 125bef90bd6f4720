import {
  CaseLinkedToInvestigation,
  CaseStageReached,
  FinalDecisionRecorded,
  IndicatorsAssessed,
  PreliminaryDecisionRecorded,
  ProtectionCaseClosed,
  ProtectionCaseOpened,
  ReconsiderationDecided,
  RecoveryPeriodStarted,
  ReferralWithdrawn,
  ReturnCompleted,
  ScreeningOpened,
  ServiceReferralCompleted,
  ServiceReferred,
  ShelterPlaced,
  VictimTestimonyArranged,
} from '@nrm/contracts';
import type {
  CaseLinkedV1,
  CaseStage,
  CaseStageReachedV1,
  EventDefinition,
  FinalDecisionRecordedV1,
  IndicatorsAssessedV1,
  PreliminaryDecisionRecordedV1,
  ProtectionCaseClosedV1,
  ProtectionCaseOpenedV1,
  ReconsiderationDecidedV1,
  RecoveryPeriodV1,
  ReferralWithdrawnV1,
  ReturnV1,
  ScreeningOpenedV1,
  ServiceReferralV1,
  ShelterPlacementV1,
  StageOutcome,
  VictimTestimonyV1,
} from '@nrm/contracts';
import { caseIdOf, daysBetween, monthOf } from './derivation';
import type { CaseFacts, Derivation, DerivationContext, DerivedRecord, SourceEvent } from './derivation';
import { indicatorAssessment } from './indicator-assessment';

/*
 * The stages of a case the stream records (from referral to protection and court): one rule per
 * source event type, each giving the stage reached, when, and its outcome or service. No I/O.
 */

type CaseStageRule<T> = (
  data: T,
  time: string,
) => {
  stage: CaseStage;
  at: string;
  outcome?: StageOutcome;
  serviceType?: CaseStageReachedV1['serviceType'];
} | null;

const caseStageRules = new Map<string, CaseStageRule<never>>();
function caseStage<T extends object>(definition: EventDefinition<T>, rule: CaseStageRule<T>): void {
  caseStageRules.set(definition.type, rule as CaseStageRule<never>);
}

caseStage<ReferralWithdrawnV1>(ReferralWithdrawn, (d) => ({
  stage: 'referral_withdrawn',
  at: d.withdrawnAt,
}));
caseStage<ScreeningOpenedV1>(ScreeningOpened, (d) => ({ stage: 'screening_opened', at: d.openedAt }));
caseStage<IndicatorsAssessedV1>(IndicatorsAssessed, (d) => ({
  stage: 'indicators_assessed',
  at: d.assessedAt,
  outcome: d.outcome,
}));
caseStage<PreliminaryDecisionRecordedV1>(PreliminaryDecisionRecorded, (d) => ({
  stage: d.reconsideration ? 'reconsideration_decided' : 'preliminary_decision',
  at: d.decidedAt,
  outcome: d.outcome,
}));
caseStage<RecoveryPeriodV1>(RecoveryPeriodStarted, (d) => ({
  stage: 'recovery_period_started',
  at: d.startsOn,
}));
caseStage<FinalDecisionRecordedV1>(FinalDecisionRecorded, (d) => ({
  stage: d.reconsideration ? 'reconsideration_decided' : 'final_decision',
  at: d.decidedAt,
  outcome: d.outcome,
}));
caseStage<ReconsiderationDecidedV1>(ReconsiderationDecided, (d) => ({
  stage: 'reconsideration_decided',
  at: d.decidedAt,
  outcome: d.outcome,
}));
caseStage<ProtectionCaseOpenedV1>(ProtectionCaseOpened, (d) => ({
  stage: 'protection_opened',
  at: d.openedAt,
  outcome: d.openedBecause,
}));
caseStage<ServiceReferralV1>(ServiceReferred, (d, time) => ({
  stage: 'service_referred',
  at: time,
  serviceType: d.needType,
}));
caseStage<ServiceReferralV1>(ServiceReferralCompleted, (d, time) => ({
  stage: 'service_delivered',
  at: time,
  serviceType: d.needType,
}));
caseStage<ShelterPlacementV1>(ShelterPlaced, (_d, time) => ({
  stage: 'shelter_placed',
  at: time,
  serviceType: 'shelter',
}));
caseStage<ReturnV1>(ReturnCompleted, (d) =>
  d.returnedOn ? { stage: 'return_completed', at: d.returnedOn } : null,
);
caseStage<ProtectionCaseClosedV1>(ProtectionCaseClosed, (d) => ({
  stage: 'protection_closed',
  at: d.closedAt,
}));
caseStage<CaseLinkedV1>(CaseLinkedToInvestigation, (d) => ({
  stage: 'investigation_linked',
  at: d.linkedAt,
}));
caseStage<VictimTestimonyV1>(VictimTestimonyArranged, (d) => ({
  stage: 'victim_testimony_arranged',
  at: d.hearingDate,
}));

/** Whether deriving the event needs the facts of its case (its referral seen first). */
export function needsCaseFacts(type: string): boolean {
  return caseStageRules.has(type);
}

/** The source event types that mark a stage of a case. */
export const CaseStageEventTypes: readonly string[] = [...caseStageRules.keys()];

/** The stage record of an event about a case; a link to an investigation also counts towards its victims. */
export function deriveCaseStage(
  event: SourceEvent,
  facts: CaseFacts,
  context: DerivationContext,
): Derivation {
  const rule = caseStageRules.get(event.type) as CaseStageRule<object> | undefined;
  const caseId = caseIdOf(event);
  if (!rule || !caseId) return { records: [] };
  const reached = rule(event.data, event.time);
  if (!reached) return { records: [] };
  const data: CaseStageReachedV1 = { stage: reached.stage, month: monthOf(reached.at) };
  if (reached.outcome) data.outcome = reached.outcome;
  if (reached.serviceType) data.serviceType = reached.serviceType;
  if (facts.referredOn) data.daysSinceReferral = daysBetween(facts.referredOn, reached.at);
  const record: DerivedRecord<CaseStageReachedV1> = {
    definition: CaseStageReached,
    subject: { kind: 'case', id: caseId },
    data,
    personConsentRequired: true,
  };
  if (event.type === IndicatorsAssessed.type) {
    record.assessment = indicatorAssessment(event.data as IndicatorsAssessedV1);
  }
  const derivation: Derivation = { records: [record] };
  // A link to an investigation also counts towards the investigation's victims.
  if (event.type === CaseLinkedToInvestigation.type) {
    const investigationId = (event.data as CaseLinkedV1).investigationId;
    derivation.investigationFacts = {
      investigationId,
      facts: { linkedCases: (context.investigationFacts?.linkedCases ?? 0) + 1 },
    };
  }
  return derivation;
}

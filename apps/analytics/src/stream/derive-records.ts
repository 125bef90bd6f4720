import {
  AnonymousNoticeCounted,
  AnonymousNoticeRecorded,
  CaseLinkedToInvestigation,
  CaseStageReached,
  ChargesFiled,
  CompensationOrdered,
  ConsentChanged,
  FinalDecisionRecorded,
  IndicatorsAssessed,
  InvestigationClosed,
  InvestigationOpened,
  PreliminaryDecisionRecorded,
  ProsecutionStageReached,
  ProtectionCaseClosed,
  ProtectionCaseOpened,
  ReconsiderationDecided,
  RecoveryPeriodStarted,
  ReferralRecorded,
  ReferralReceived,
  ReferralWithdrawn,
  ReturnCompleted,
  ScreeningOpened,
  ServiceReferralCompleted,
  ServiceReferred,
  ShelterPlaced,
  AppealFiled,
  VerdictRecorded,
  VictimTestimonyArranged,
} from '@nrm/contracts';
import type {
  AgencyType,
  AnonymousNoticeCountedV1,
  AnonymousNoticeRecordedV1,
  AppealV1,
  CaseLinkedV1,
  CaseStage,
  CaseStageReachedV1,
  ChargeV1,
  CompensationV1,
  ConsentChangedV1,
  EventDefinition,
  FinalDecisionRecordedV1,
  IndicatorListId,
  IndicatorOutcome,
  IndicatorsAssessedV1,
  InvestigationV1,
  PreliminaryDecisionRecordedV1,
  ProsecutionStageReachedV1,
  ProtectionCaseClosedV1,
  ProtectionCaseOpenedV1,
  ReconsiderationDecidedV1,
  RecoveryPeriodV1,
  ReferralReceivedV1,
  ReferralRecordedV1,
  ReferralWithdrawnV1,
  ReturnV1,
  ScreeningOpenedV1,
  ServiceReferralV1,
  ShelterPlacementV1,
  StageOutcome,
  VerdictV1,
  VictimTestimonyV1,
} from '@nrm/contracts';

/*
 * How the analytics stream is derived from the lifecycle events: plain functions, no I/O. A source
 * event becomes zero or more generalised records; what must be remembered between events (when a case
 * was referred, whether the person agreed to record-level use) is returned as a change to the facts.
 */

/** What the stream remembers of a case. */
export interface CaseFacts {
  referredOn?: string;
  statisticsConsent: boolean;
}

/** What the stream remembers of an investigation. */
export interface InvestigationFacts {
  linkedCases: number;
}

/** Whom a record is about: a case, an investigation (pseudonymised per audience) or nobody. */
export type RecordSubject = { kind: 'case' | 'investigation'; id: string } | { kind: 'anonymous' };

export interface DerivedRecord<TData extends object = object> {
  definition: EventDefinition<TData>;
  subject: RecordSubject;
  data: TData;
  /**
   * Only audiences that receive record-level data about every case (national statistics) get it
   * when the person did not agree to pseudonymous use beyond that.
   */
  personConsentRequired: boolean;
  /**
   * Never published: what the statistics keep of an indicator assessment beside its stage record
   * (the stream carries the advice only).
   */
  assessment?: IndicatorAssessment;
}

/** The dimension results of one indicator list, as the statistics keep them. */
export interface AssessedList {
  list: IndicatorListId;
  outcome: IndicatorOutcome;
  /** D1..D6 in order, each with the ids of the catalogue's indicators found present, sorted and once. */
  dimensions: { dimension: string; positive: boolean; presentIndicatorIds: string[] }[];
}

/** An indicator assessment as the prevalence statistics count it: no case id, no notes, no sources. */
export interface IndicatorAssessment {
  /** ISO 8601 instant: of a case's assessments, the latest (then the last derived) is counted. */
  assessedAt: string;
  outcome: IndicatorOutcome;
  complete: boolean;
  restsOnWeakProvenance: boolean;
  child: boolean;
  catalogueVersion: string;
  ruleVersion: string;
  lists: AssessedList[];
}

export interface SourceEvent {
  type: string;
  /** ISO 8601 instant of the source event. */
  time: string;
  data: object;
}

export interface Derivation {
  records: DerivedRecord[];
  caseFacts?: { caseId: string; facts: CaseFacts };
  investigationFacts?: { investigationId: string; facts: InvestigationFacts };
}

export interface DerivationContext {
  /** Facts of the case the event is about, if it is about one and the stream has seen it. */
  caseFacts?: CaseFacts;
  investigationFacts?: InvestigationFacts;
  /** Type of the agency that referred, looked up by the caller. */
  referringAgencyType?: AgencyType;
}

/** `YYYY-MM` of an ISO date or instant: the only date an analyst sees. */
export function monthOf(isoDateOrTime: string): string {
  return isoDateOrTime.slice(0, 7);
}

/** Whole days between a referral date and an event, never negative. */
export function daysBetween(fromIsoDate: string, toIsoDateOrTime: string): number {
  const from = Date.parse(fromIsoDate.slice(0, 10));
  const to = Date.parse(toIsoDateOrTime.slice(0, 10));
  return Math.max(0, Math.round((to - from) / 86_400_000));
}

/** The case id a source event is about, if any. */
export function caseIdOf(event: SourceEvent): string | undefined {
  const caseId = (event.data as { caseId?: unknown }).caseId;
  return typeof caseId === 'string' ? caseId : undefined;
}

/** The investigation id a source event is about, if any. */
export function investigationIdOf(event: SourceEvent): string | undefined {
  const id = (event.data as { investigationId?: unknown }).investigationId;
  return typeof id === 'string' ? id : undefined;
}

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

/** A stage of a proceeding; the linked cases come from what the stream remembers of it. */
type ProsecutionStageRule<T> = (
  data: T,
  time: string,
) => Omit<ProsecutionStageReachedV1, 'linkedCases'> & { investigationId: string; linkedCasesKnown?: number };

const prosecutionStageRules = new Map<string, ProsecutionStageRule<never>>();
function prosecutionStage<T extends object>(
  definition: EventDefinition<T>,
  rule: ProsecutionStageRule<T>,
): void {
  prosecutionStageRules.set(definition.type, rule as ProsecutionStageRule<never>);
}

prosecutionStage<InvestigationV1>(InvestigationClosed, (d) => ({
  investigationId: d.investigationId,
  stage: 'investigation_closed',
  month: monthOf(d.at),
  linkedCasesKnown: d.caseIds.length,
}));
prosecutionStage<ChargeV1>(ChargesFiled, (d, time) => ({
  investigationId: d.investigationId,
  stage: 'charges_filed',
  month: monthOf(time),
  article: `${d.lawCode}:${d.article}`,
}));
prosecutionStage<VerdictV1>(VerdictRecorded, (d) => ({
  investigationId: d.investigationId,
  stage: 'verdict',
  month: monthOf(d.decidedOn),
  article: `${d.lawCode}:${d.article}`,
  verdictOutcome: d.outcome,
}));
prosecutionStage<AppealV1>(AppealFiled, (d) => ({
  investigationId: d.investigationId,
  stage: 'appeal_filed',
  month: monthOf(d.filedOn),
}));
prosecutionStage<CompensationV1>(CompensationOrdered, (d) => ({
  investigationId: d.investigationId,
  stage: 'compensation_ordered',
  month: monthOf(d.orderedOn),
}));

/** Every source event type the stream derives something from, or remembers something of. */
export const SourceEventTypes: readonly string[] = [
  ReferralReceived.type,
  AnonymousNoticeRecorded.type,
  ConsentChanged.type,
  ...caseStageRules.keys(),
  InvestigationOpened.type,
  ...prosecutionStageRules.keys(),
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

/**
 * What the statistics keep of an assessment: the advice and, per list, the dimension results and the
 * indicators found (catalogue codes). A list or dimension given twice counts once, the first kept.
 */
export function indicatorAssessment(d: IndicatorsAssessedV1): IndicatorAssessment {
  const lists = new Map<IndicatorListId, AssessedList>();
  for (const list of d.lists) {
    if (lists.has(list.list)) continue;
    const dimensions = new Map<string, AssessedList['dimensions'][number]>();
    for (const dimension of list.dimensions) {
      if (dimensions.has(dimension.dimension)) continue;
      dimensions.set(dimension.dimension, {
        dimension: dimension.dimension,
        positive: dimension.positive,
        presentIndicatorIds: [...new Set(dimension.presentIndicatorIds)].sort(),
      });
    }
    lists.set(list.list, {
      list: list.list,
      outcome: list.outcome,
      dimensions: [...dimensions.values()].sort((a, b) => a.dimension.localeCompare(b.dimension)),
    });
  }
  return {
    assessedAt: d.assessedAt,
    outcome: d.outcome,
    complete: d.complete,
    restsOnWeakProvenance: d.restsOnWeakProvenance,
    child: d.personIsChild,
    catalogueVersion: d.catalogueVersion,
    ruleVersion: d.ruleVersion,
    lists: [...lists.values()],
  };
}

function prosecutionRecord(
  investigationId: string,
  data: ProsecutionStageReachedV1,
): DerivedRecord<ProsecutionStageReachedV1> {
  return {
    definition: ProsecutionStageReached,
    subject: { kind: 'investigation', id: investigationId },
    data,
    personConsentRequired: false,
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
  const prosecution = prosecutionStageRules.get(event.type) as ProsecutionStageRule<object> | undefined;
  if (prosecution) {
    const { investigationId, linkedCasesKnown, ...data } = prosecution(event.data, event.time);
    const linkedCases = context.investigationFacts?.linkedCases ?? linkedCasesKnown ?? 0;
    return { records: [prosecutionRecord(investigationId, { ...data, linkedCases })] };
  }
  return deriveCaseStage(event, facts, context);
}

function deriveCaseStage(event: SourceEvent, facts: CaseFacts, context: DerivationContext): Derivation {
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

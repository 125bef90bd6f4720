import type { AgencyType, EventDefinition, IndicatorListId, IndicatorOutcome } from '@nrm/contracts';

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

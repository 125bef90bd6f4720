import {
  AppealFiled,
  ChargesFiled,
  CompensationOrdered,
  InvestigationClosed,
  ProsecutionStageReached,
  VerdictRecorded,
} from '@nrm/contracts';
import type {
  AppealV1,
  ChargeV1,
  CompensationV1,
  EventDefinition,
  InvestigationV1,
  ProsecutionStageReachedV1,
  VerdictV1,
} from '@nrm/contracts';
import { monthOf } from './derivation';
import type { Derivation, DerivationContext, DerivedRecord, SourceEvent } from './derivation';

/*
 * The stages of a proceeding the stream records, about the investigation (never a person): one rule
 * per source event type. No I/O.
 */

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

/** The source event types that mark a stage of a proceeding after it opened. */
export const ProsecutionStageEventTypes: readonly string[] = [...prosecutionStageRules.keys()];

/** A prosecution stage record of the investigation. */
export function prosecutionRecord(
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

/** The record of a proceeding's stage, or undefined for an event that marks none. */
export function deriveProsecutionStage(
  event: SourceEvent,
  context: DerivationContext,
): Derivation | undefined {
  const prosecution = prosecutionStageRules.get(event.type) as ProsecutionStageRule<object> | undefined;
  if (!prosecution) return undefined;
  const { investigationId, linkedCasesKnown, ...data } = prosecution(event.data, event.time);
  const linkedCases = context.investigationFacts?.linkedCases ?? linkedCasesKnown ?? 0;
  return { records: [prosecutionRecord(investigationId, { ...data, linkedCases })] };
}

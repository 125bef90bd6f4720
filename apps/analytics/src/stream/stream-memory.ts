import { ReferralReceived } from '@nrm/contracts';
import type { AgencyType, EventEnvelope, ReferralReceivedV1 } from '@nrm/contracts';
import { caseIdOf, deriveRecords, investigationIdOf, needsCaseFacts } from './derive-records';
import type {
  CaseFacts,
  DerivationContext,
  DerivedRecord,
  InvestigationFacts,
  SourceEvent,
} from './derive-records';

/*
 * What the stream remembers, held in memory for the events of one batch: read once before the batch,
 * kept up to date event by event (a referral and a later stage of its case can share a batch), and
 * handed back as the changes to write once after it. No I/O.
 */

/** What the stream remembered before the batch, of the cases, investigations and agencies it names. */
export interface RememberedFacts {
  cases: ReadonlyMap<string, CaseFacts>;
  investigations: ReadonlyMap<string, InvestigationFacts>;
  agencyTypes: ReadonlyMap<string, AgencyType>;
  /** Stages held by earlier batches for a case whose referral had not come, in the order to derive them. */
  deferred: ReadonlyMap<string, readonly EventEnvelope<unknown>[]>;
}

/** The ids whose facts the events of a batch need. */
export interface FactsWanted {
  caseIds: string[];
  investigationIds: string[];
  agencyIds: string[];
  /** Cases whose referral is in the batch: the stages they hold are released. */
  referredCaseIds: string[];
}

/** The records of one source event and the consent they go out under. */
export interface EventRecords {
  sourceEventId: string;
  records: DerivedRecord[];
  /** Whether the person agreed to record-level use beyond national statistics, as of this event. */
  statisticsConsent: boolean;
}

/** A stage held until its case's referral comes. */
export interface DeferredEvent {
  caseId: string;
  envelope: EventEnvelope<unknown>;
}

/** What a batch changed in the stream's memory, each list ordered by its key (the order rows are locked). */
export interface MemoryChanges {
  cases: { caseId: string; facts: CaseFacts }[];
  investigations: { investigationId: string; facts: InvestigationFacts }[];
  /** Stages held in this batch and still waiting for their referral. */
  deferred: DeferredEvent[];
  /** Ids of stages held by an earlier batch and derived in this one. */
  released: string[];
}

interface Waiting {
  envelope: EventEnvelope<unknown>;
  /** Held by an earlier batch (a row to delete once derived), not by this one. */
  stored: boolean;
}

/** Case and investigation ids are UUIDs: one spelling for each, as PostgreSQL gives them back. */
function idOf(id: string | undefined): string | undefined {
  return id?.toLowerCase();
}

export function sourceEventOf(envelope: EventEnvelope<unknown>): SourceEvent {
  return { type: envelope.type, time: envelope.time, data: envelope.data as object };
}

/** The ids a batch's events (and the held stages their referrals may release) need facts of. */
export function factsWanted(
  envelopes: Iterable<EventEnvelope<unknown>>,
  held: Iterable<EventEnvelope<unknown>> = [],
): FactsWanted {
  const cases = new Set<string>();
  const investigations = new Set<string>();
  const agencies = new Set<string>();
  const referred = new Set<string>();
  const add = (envelope: EventEnvelope<unknown>) => {
    const event = sourceEventOf(envelope);
    const caseId = caseIdOf(event);
    const investigationId = investigationIdOf(event);
    if (caseId) cases.add(caseId);
    if (investigationId) investigations.add(investigationId);
    if (event.type === ReferralReceived.type) {
      agencies.add((event.data as ReferralReceivedV1).referringAgencyId);
      if (caseId) referred.add(caseId);
    }
  };
  for (const envelope of envelopes) add(envelope);
  for (const envelope of held) add(envelope);
  return {
    caseIds: [...cases],
    investigationIds: [...investigations],
    agencyIds: [...agencies],
    referredCaseIds: [...referred],
  };
}

/** The stream's memory over one batch: derives its events in order and gathers what they change. */
export class StreamMemory {
  private readonly cases: Map<string, CaseFacts>;
  private readonly investigations: Map<string, InvestigationFacts>;
  private readonly agencyTypes: ReadonlyMap<string, AgencyType>;
  private readonly waiting = new Map<string, Waiting[]>();
  private readonly changedCases = new Set<string>();
  private readonly changedInvestigations = new Set<string>();
  private readonly released: string[] = [];

  constructor(remembered: RememberedFacts) {
    this.cases = new Map([...remembered.cases].map(([id, facts]) => [idOf(id) as string, facts]));
    this.investigations = new Map(
      [...remembered.investigations].map(([id, facts]) => [idOf(id) as string, facts]),
    );
    this.agencyTypes = remembered.agencyTypes;
    for (const [caseId, envelopes] of remembered.deferred) {
      this.waiting.set(
        idOf(caseId) as string,
        envelopes.map((envelope) => ({ envelope, stored: true })),
      );
    }
  }

  /**
   * The records of one source event, and after a referral those of the stages of its case that were
   * waiting for it, in the order they happened. A stage of a case whose referral has not come yet
   * (another topic, read in parallel) waits, so it gets the case's consent and duration like any other.
   */
  derive(envelope: EventEnvelope<unknown>): EventRecords[] {
    const event = sourceEventOf(envelope);
    const caseId = idOf(caseIdOf(event));
    const facts = caseId ? this.cases.get(caseId) : undefined;
    if (caseId && needsCaseFacts(event.type) && !facts?.referredOn) {
      this.hold(caseId, envelope);
      return [];
    }
    const context: DerivationContext = {};
    if (facts) context.caseFacts = facts;
    const investigationId = idOf(investigationIdOf(event));
    const investigation = investigationId ? this.investigations.get(investigationId) : undefined;
    if (investigation) context.investigationFacts = investigation;
    if (event.type === ReferralReceived.type) {
      const agencyType = this.agencyTypes.get((event.data as ReferralReceivedV1).referringAgencyId);
      if (agencyType) context.referringAgencyType = agencyType;
    }
    const derivation = deriveRecords(event, context);
    if (derivation.caseFacts) {
      const id = idOf(derivation.caseFacts.caseId) as string;
      this.cases.set(id, derivation.caseFacts.facts);
      this.changedCases.add(id);
    }
    if (derivation.investigationFacts) {
      const id = idOf(derivation.investigationFacts.investigationId) as string;
      this.investigations.set(id, derivation.investigationFacts.facts);
      this.changedInvestigations.add(id);
    }
    const derived: EventRecords[] = [
      {
        sourceEventId: envelope.id,
        records: derivation.records,
        statisticsConsent: (derivation.caseFacts?.facts ?? facts)?.statisticsConsent ?? false,
      },
    ];
    if (caseId && event.type === ReferralReceived.type) derived.push(...this.release(caseId));
    return derived;
  }

  changes(): MemoryChanges {
    const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return {
      cases: [...this.changedCases]
        .sort(byKey)
        .map((caseId) => ({ caseId, facts: this.cases.get(caseId) as CaseFacts })),
      investigations: [...this.changedInvestigations].sort(byKey).map((investigationId) => ({
        investigationId,
        facts: this.investigations.get(investigationId) as InvestigationFacts,
      })),
      deferred: [...this.waiting]
        .sort(([a], [b]) => byKey(a, b))
        .flatMap(([caseId, waiting]) =>
          waiting.filter((w) => !w.stored).map(({ envelope }) => ({ caseId, envelope })),
        ),
      released: [...this.released],
    };
  }

  private hold(caseId: string, envelope: EventEnvelope<unknown>): void {
    const waiting = this.waiting.get(caseId) ?? [];
    // The same event twice (a replay, a republished message) waits once.
    if (!waiting.some((w) => w.envelope.id === envelope.id)) waiting.push({ envelope, stored: false });
    this.waiting.set(caseId, waiting);
  }

  private release(caseId: string): EventRecords[] {
    const waiting = this.waiting.get(caseId);
    if (!waiting) return [];
    this.waiting.delete(caseId);
    // By when they happened; a stable sort keeps earlier holds (stored ones come first) before later ones.
    const ordered = [...waiting].sort((a, b) => Date.parse(a.envelope.time) - Date.parse(b.envelope.time));
    const derived: EventRecords[] = [];
    for (const { envelope, stored } of ordered) {
      if (stored) this.released.push(envelope.id);
      derived.push(...this.derive(envelope));
    }
    return derived;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AnalyticsAudiences, AnalyticsTopics } from '@nrm/contracts';
import type { EventEnvelope } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { StatisticsAudience, StatisticsRows } from '../statistics/statistics-rows';
import { AudiencePseudonyms } from './audience-pseudonyms';
import { StreamMemory, factsWanted } from './stream-memory';
import { StreamMemoryRepository } from './stream-memory.repository';
import type { RememberedFacts } from './stream-memory';

/**
 * Derives the analytics records of lifecycle events a batch at a time, in the transaction that consumed
 * them (or that a replay opened): what the stream remembers is read with one query per kind before the
 * batch, the records go to the outbox once per audience, and the remembered facts, held stages and
 * statistics are written with one statement each after it. Record ids are stable, so deriving the same
 * event again republishes the same records.
 */
@Injectable()
export class AnalyticsStream {
  constructor(
    private readonly outbox: OutboxWriter,
    @Inject(AudiencePseudonyms) private readonly pseudonyms: AudiencePseudonyms,
    private readonly memory: StreamMemoryRepository,
  ) {}

  /** Reads what the stream remembers of everything the events name; derive them, then `finish()`. */
  async begin(manager: EntityManager, envelopes: readonly EventEnvelope<unknown>[]): Promise<StreamBatch> {
    const wanted = factsWanted(envelopes);
    const deferred = await this.memory.heldStages(manager, wanted.referredCaseIds);
    // The stages a referral releases may name an investigation no event of the batch names.
    const all = factsWanted(envelopes, [...deferred.values()].flat());
    const remembered: RememberedFacts = {
      cases: await this.memory.cases(manager, all.caseIds),
      investigations: await this.memory.investigations(manager, all.investigationIds),
      agencyTypes: await this.memory.agencyTypes(manager, all.agencyIds),
      deferred,
    };
    return new StreamBatch(manager, new StreamMemory(remembered), this.memory, this.outbox, this.pseudonyms);
  }

  /** Derives one event as a batch of its own; returns how many records were written across audiences. */
  async derive(manager: EntityManager, envelope: EventEnvelope<unknown>): Promise<number> {
    const batch = await this.begin(manager, [envelope]);
    const written = await batch.derive(envelope);
    await batch.finish();
    return written;
  }
}

/** The events of one batch being derived; `finish()` writes what they changed, once, after the last. */
export class StreamBatch {
  private readonly statistics = new StatisticsRows();

  constructor(
    private readonly manager: EntityManager,
    private readonly memory: StreamMemory,
    private readonly remembered: StreamMemoryRepository,
    private readonly outbox: OutboxWriter,
    private readonly pseudonyms: AudiencePseudonyms,
  ) {}

  /**
   * Appends the records of an event (and of the stages a referral releases) to the outbox for each
   * audience that may have them; returns how many were written across audiences.
   */
  async derive(envelope: EventEnvelope<unknown>): Promise<number> {
    let written = 0;
    for (const { sourceEventId, records, statisticsConsent } of this.memory.derive(envelope)) {
      for (const [index, record] of records.entries()) {
        const month = (record.data as { month: string }).month;
        for (const audience of AnalyticsAudiences) {
          // National statistics count every case; other audiences get a person's records only with
          // the person's consent to pseudonymous use.
          if (record.personConsentRequired && audience !== 'national-statistics' && !statisticsConsent)
            continue;
          const subject =
            record.subject.kind === 'anonymous'
              ? 'anonymous'
              : this.pseudonyms.pseudonym(audience, record.subject.kind, record.subject.id);
          const id = this.pseudonyms.recordId(audience, sourceEventId, index);
          await this.outbox.append(this.manager, record.definition, {
            subject,
            data: record.data,
            time: new Date(`${month}-01T00:00:00.000Z`),
            published: { id, topic: AnalyticsTopics[audience] },
          });
          if (audience === StatisticsAudience) this.statistics.add(record, subject, id);
          written++;
        }
      }
    }
    return written;
  }

  /** Writes the batch's changes to the stream's memory and its statistics rows, one statement each. */
  async finish(): Promise<void> {
    const { cases, investigations, deferred, released } = this.memory.changes();
    const m = this.manager;
    await this.remembered.saveCases(m, cases);
    await this.remembered.saveInvestigations(m, investigations);
    await this.remembered.holdStages(m, deferred);
    await this.remembered.releaseStages(m, released);
    await this.statistics.write(m);
  }
}

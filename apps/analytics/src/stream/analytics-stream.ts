import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AnalyticsAudiences, AnalyticsTopics, ReferralReceived } from '@nrm/contracts';
import type { AgencyType, EventEnvelope, ReferralReceivedV1 } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { AudiencePseudonyms } from './audience-pseudonyms';
import { caseIdOf, deriveRecords, investigationIdOf, needsCaseFacts } from './derive-records';
import type { CaseFacts, DerivationContext, SourceEvent } from './derive-records';

/**
 * Writes the analytics records of one lifecycle event to the outbox, once per audience, in the
 * transaction that consumed the event (or that a replay opened). Record ids are stable, so deriving
 * the same event again republishes the same records.
 */
@Injectable()
export class AnalyticsStream {
  constructor(
    private readonly outbox: OutboxWriter,
    @Inject(AudiencePseudonyms) private readonly pseudonyms: AudiencePseudonyms,
  ) {}

  /**
   * Returns how many records were written across audiences. A stage of a case whose referral has not
   * arrived yet (another topic, read in parallel) waits in `analytics_deferred_event` and is derived
   * when the referral comes, so it gets the case's consent and duration like any other.
   */
  async derive(manager: EntityManager, envelope: EventEnvelope<unknown>): Promise<number> {
    const event = { type: envelope.type, time: envelope.time, data: envelope.data as object };
    const context = await this.contextOf(manager, event);
    const caseId = caseIdOf(event);
    if (caseId && needsCaseFacts(event.type) && !context.caseFacts?.referredOn) {
      await manager.query(
        `INSERT INTO analytics_deferred_event (event_id, case_id, event_time, envelope) VALUES ($1, $2, $3, $4)
         ON CONFLICT (event_id) DO NOTHING`,
        [envelope.id, caseId, envelope.time, JSON.stringify(envelope)],
      );
      return 0;
    }
    const written = await this.deriveWith(manager, envelope, event, context);
    if (caseId && event.type === ReferralReceived.type)
      return written + (await this.releaseDeferred(manager, caseId));
    return written;
  }

  private async releaseDeferred(manager: EntityManager, caseId: string): Promise<number> {
    // One statement: nearly every referral finds nothing waiting.
    const [rows]: [{ envelope: EventEnvelope<unknown>; event_time: string; deferred_at: string }[], number] =
      await manager.query(
        `DELETE FROM analytics_deferred_event WHERE case_id = $1 RETURNING envelope, event_time, deferred_at`,
        [caseId],
      );
    const deferred = [...rows].sort(
      (a, b) =>
        new Date(a.event_time).getTime() - new Date(b.event_time).getTime() ||
        new Date(a.deferred_at).getTime() - new Date(b.deferred_at).getTime(),
    );
    let written = 0;
    for (const { envelope } of deferred) written += await this.derive(manager, envelope);
    return written;
  }

  private async deriveWith(
    manager: EntityManager,
    envelope: EventEnvelope<unknown>,
    event: SourceEvent,
    context: DerivationContext,
  ): Promise<number> {
    const derivation = deriveRecords(event, context);
    if (derivation.caseFacts)
      await saveCaseFacts(manager, derivation.caseFacts.caseId, derivation.caseFacts.facts);
    if (derivation.investigationFacts) {
      await manager.query(
        `INSERT INTO analytics_investigation (investigation_id, linked_cases) VALUES ($1, $2)
         ON CONFLICT (investigation_id) DO UPDATE SET linked_cases = EXCLUDED.linked_cases`,
        [derivation.investigationFacts.investigationId, derivation.investigationFacts.facts.linkedCases],
      );
    }
    const consent = (derivation.caseFacts?.facts ?? context.caseFacts)?.statisticsConsent ?? false;
    let written = 0;
    for (const [index, record] of derivation.records.entries()) {
      const month = (record.data as { month: string }).month;
      for (const audience of AnalyticsAudiences) {
        // National statistics count every case; other audiences get a person's records only with
        // the person's consent to pseudonymous use.
        if (record.personConsentRequired && audience !== 'national-statistics' && !consent) continue;
        const subject =
          record.subject.kind === 'anonymous'
            ? 'anonymous'
            : this.pseudonyms.pseudonym(audience, record.subject.kind, record.subject.id);
        await this.outbox.append(manager, record.definition, {
          subject,
          data: record.data,
          time: new Date(`${month}-01T00:00:00.000Z`),
          published: {
            id: this.pseudonyms.recordId(audience, envelope.id, index),
            topic: AnalyticsTopics[audience],
          },
        });
        written++;
      }
    }
    return written;
  }

  private async contextOf(manager: EntityManager, event: SourceEvent): Promise<DerivationContext> {
    const context: DerivationContext = {};
    const caseId = caseIdOf(event);
    if (caseId) {
      const rows: { referred_on: string | null; statistics_consent: boolean }[] = await manager.query(
        `SELECT to_char(referred_on, 'YYYY-MM-DD') AS referred_on, statistics_consent
         FROM analytics_case WHERE case_id = $1`,
        [caseId],
      );
      const row = rows[0];
      if (row) {
        const facts: CaseFacts = { statisticsConsent: row.statistics_consent };
        if (row.referred_on) facts.referredOn = row.referred_on;
        context.caseFacts = facts;
      }
    }
    const investigationId = investigationIdOf(event);
    if (investigationId) {
      const rows: { linked_cases: number }[] = await manager.query(
        `SELECT linked_cases FROM analytics_investigation WHERE investigation_id = $1`,
        [investigationId],
      );
      if (rows[0]) context.investigationFacts = { linkedCases: rows[0].linked_cases };
    }
    if (event.type === ReferralReceived.type) {
      const rows: { agency_type: AgencyType }[] = await manager.query(
        `SELECT agency_type FROM agency_directory WHERE agency_id = $1`,
        [(event.data as ReferralReceivedV1).referringAgencyId],
      );
      if (rows[0]) context.referringAgencyType = rows[0].agency_type;
    }
    return context;
  }
}

async function saveCaseFacts(manager: EntityManager, caseId: string, facts: CaseFacts): Promise<void> {
  await manager.query(
    `INSERT INTO analytics_case (case_id, referred_on, statistics_consent) VALUES ($1, $2, $3)
     ON CONFLICT (case_id) DO UPDATE SET referred_on = COALESCE(EXCLUDED.referred_on, analytics_case.referred_on),
       statistics_consent = EXCLUDED.statistics_consent`,
    [caseId, facts.referredOn ?? null, facts.statisticsConsent],
  );
}

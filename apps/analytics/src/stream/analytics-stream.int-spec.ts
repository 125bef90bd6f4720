import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  AnalyticsTopics,
  ConsentChanged,
  FinalDecisionRecorded,
  ReferralReceived,
  ReferralWithdrawn,
  ScreeningOpened,
  Topics,
  withTopicPrefix,
} from '@nrm/contracts';
import type { EventEnvelope } from '@nrm/contracts';
import type { PlatformProducer } from '@nrm/messaging';
import { eventually } from '@nrm/testing';
import type { AnalyticsStream } from './analytics-stream';
import {
  analyticsStreamOnSchema,
  messageOf,
  referralAt,
  testEnvelope,
} from './analytics-stream.test-fixture';
import type { AnalyticsStreamOnSchema } from './analytics-stream.test-fixture';
import type { AudiencePseudonyms } from './audience-pseudonyms';

/*
 * The analytics stream derived one event at a time, in batches handed to its handler as the consumer
 * hands them (one transaction, events in order, the end step after the last), and in batches consumed
 * from Kafka through the inbox.
 */
describe('the analytics stream against real PostgreSQL and Kafka', () => {
  let fixture: AnalyticsStreamOnSchema;
  let dataSource: DataSource;
  /** The test's own topics, named after its schema. */
  let prefix: string;
  let pseudonyms: AudiencePseudonyms;
  let stream: AnalyticsStream;
  let producer: PlatformProducer;

  const envelope = testEnvelope;
  const referral = (caseId: string, statisticsConsent: boolean) =>
    referralAt(caseId, '2026-03-14T09:00:00.000Z', {
      statisticsConsent,
      exploitationTypes: ['domestic_servitude'],
    });
  const withdrawal = (caseId: string) =>
    envelope(ReferralWithdrawn.type, caseId, '2026-03-20T10:00:00.000Z', {
      caseId,
      withdrawnByAgencyId: 'kw-moi-police',
      withdrawnAt: '2026-03-20T10:00:00.000Z',
    });
  const consentWithdrawn = (caseId: string) =>
    envelope(ConsentChanged.type, caseId, '2026-03-18T10:00:00.000Z', {
      caseId,
      purpose: 'statistics',
      granted: false,
      sharingAgencyTypes: [],
      recordedByAgencyId: 'kw-moi-police',
      changedAt: '2026-03-18T10:00:00.000Z',
    });
  const screening = (caseId: string) =>
    envelope(ScreeningOpened.type, caseId, '2026-03-16T10:00:00.000Z', {
      caseId,
      openedAt: '2026-03-16T10:00:00.000Z',
    });
  const decision = (caseId: string) =>
    envelope(FinalDecisionRecorded.type, caseId, '2026-05-02T08:00:00.000Z', {
      caseId,
      outcome: 'confirmed',
      decidedAt: '2026-05-02T08:00:00.000Z',
      reconsideration: false,
    });

  interface OutboxRecord {
    id: string;
    key: string;
    type: string | undefined;
    data: Record<string, unknown>;
  }
  const outbox = async (topic: string): Promise<OutboxRecord[]> => {
    const rows: {
      event_id: string;
      message_key: string;
      headers: Record<string, string>;
      payload: string;
    }[] = await dataSource.query(
      `SELECT event_id, message_key, headers, payload FROM outbox WHERE topic = $1 ORDER BY seq`,
      [withTopicPrefix(prefix, topic)],
    );
    return rows.map((r) => ({
      id: r.event_id,
      key: r.message_key,
      type: r.headers['ce_type'],
      data: JSON.parse(r.payload) as Record<string, unknown>,
    }));
  };
  /** One event as a batch of its own. */
  const derive = (e: EventEnvelope<unknown>) => dataSource.transaction((m) => stream.derive(m, e));
  const pseudonym = (caseId: string) => fixture.pseudonym(caseId);
  /** The national-statistics records of a case in the outbox: what analysts of that audience receive. */
  const nationalRecords = async (caseId: string) =>
    (
      (await dataSource.query(
        `SELECT event_id, headers->>'ce_type' AS type, payload FROM outbox WHERE topic = $1 AND message_key = $2 ORDER BY seq`,
        [withTopicPrefix(prefix, AnalyticsTopics['national-statistics']), pseudonym(caseId)],
      )) as { event_id: string; type: string; payload: string }[]
    ).map((r) => ({ id: r.event_id, type: r.type, data: JSON.parse(r.payload) as Record<string, unknown> }));
  const recordsOn = async (audience: 'partners' | 'research', caseId: string): Promise<number> =>
    (
      await dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE topic = $1 AND message_key = $2`, [
        withTopicPrefix(prefix, AnalyticsTopics[audience]),
        pseudonyms.pseudonym(audience, 'case', caseId),
      ])
    )[0].n as number;
  const stages = async (caseId: string) =>
    (await dataSource.query(
      `SELECT record_id, stage, month, days_since_referral FROM stat_case_stage WHERE subject = $1 ORDER BY stage`,
      [pseudonym(caseId)],
    )) as { record_id: string; stage: string; month: string; days_since_referral: number | null }[];
  const held = async (caseId: string): Promise<number> =>
    (
      await dataSource.query(`SELECT count(*)::int AS n FROM analytics_deferred_event WHERE case_id = $1`, [
        caseId,
      ])
    )[0].n as number;

  const handAsBatch = (envelopes: EventEnvelope<unknown>[]) => fixture.handAsBatch(envelopes);

  beforeAll(async () => {
    fixture = await analyticsStreamOnSchema(
      'analytics_stream',
      [Topics.intakeReferral],
      [ReferralReceived, ReferralWithdrawn, ConsentChanged].map((d) => d.type),
    );
    ({ dataSource, prefix, pseudonyms, stream, producer } = fixture);
  });

  afterAll(async () => {
    await fixture?.close();
  });

  it('holds the stages of a case whose referral comes later, then derives them with its consent and durations', async () => {
    const caseId = randomUUID();
    // The identification topic was read before the intake topic.
    expect(await derive(decision(caseId))).toBe(0);
    expect(await derive(screening(caseId))).toBe(0);
    expect(await outbox(AnalyticsTopics.partners)).toEqual([]);
    // The referral: its record, then the held stages in the order they happened, for all three audiences.
    expect(await derive(referral(caseId, true))).toBe(9);
    const partners = await outbox(AnalyticsTopics.partners);
    expect(partners.map((r) => [r.type, r.data['stage'], r.data['daysSinceReferral']])).toEqual([
      ['nrm.analytics.referral-recorded', undefined, undefined],
      ['nrm.analytics.case-stage-reached', 'screening_opened', 2],
      ['nrm.analytics.case-stage-reached', 'final_decision', 49],
    ]);
    expect(new Set(partners.map((r) => r.key)).size).toBe(1);
    expect(partners[0]?.key).not.toContain(caseId);
    expect((await dataSource.query(`SELECT count(*)::int AS n FROM analytics_deferred_event`))[0].n).toBe(0);
  });

  it('gives audiences beyond national statistics nothing of a person who did not consent', async () => {
    const caseId = randomUUID();
    const before = (await outbox(AnalyticsTopics.research)).length;
    await derive(screening(caseId));
    await derive(referral(caseId, false));
    expect((await outbox(AnalyticsTopics.research)).length).toBe(before);
    const national = await outbox(AnalyticsTopics['national-statistics']);
    expect(national.filter((r) => r.data['stage'] === 'screening_opened')).toHaveLength(2);
  });

  it('derives an event again under the same record ids, republishing instead of doubling', async () => {
    const caseId = randomUUID();
    const envelope = referral(caseId, true);
    await derive(envelope);
    const first = await outbox(AnalyticsTopics.research);
    await dataSource.query(`UPDATE outbox SET published_at = now()`);
    await derive(envelope);
    expect((await outbox(AnalyticsTopics.research)).map((r) => r.id)).toEqual(first.map((r) => r.id));
    // One record for each of the three audiences is due to be published again.
    expect(
      (await dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL`))[0].n,
    ).toBe(3);
  });
  it('derives stages that come before their referral in the same batch after it, with its duration and consent', async () => {
    const caseId = randomUUID();
    const [d, s, r] = [decision(caseId), screening(caseId), referral(caseId, false)];
    await handAsBatch([d, s, r]);
    const records = await nationalRecords(caseId);
    expect(records.map((x) => [x.type, x.data['stage'], x.data['daysSinceReferral']])).toEqual([
      ['nrm.analytics.referral-recorded', undefined, undefined],
      ['nrm.analytics.case-stage-reached', 'screening_opened', 2],
      ['nrm.analytics.case-stage-reached', 'final_decision', 49],
    ]);
    // Nothing for audiences the person did not agree to, nothing left waiting.
    expect(await recordsOn('partners', caseId)).toBe(0);
    expect(await held(caseId)).toBe(0);
    // The statistics count the very records of the national-statistics topic: same subject, ids, values.
    expect(await stages(caseId)).toEqual(
      records
        .filter((x) => x.type === 'nrm.analytics.case-stage-reached')
        .map((x) => ({
          record_id: x.id,
          stage: x.data['stage'],
          month: x.data['month'],
          days_since_referral: x.data['daysSinceReferral'],
        }))
        .sort((a, b) => String(a.stage).localeCompare(String(b.stage))),
    );
    expect(
      await dataSource.query(
        `SELECT month, referral_channel, referring_agency_type, nationalities FROM stat_referral WHERE subject = $1`,
        [pseudonym(caseId)],
      ),
    ).toEqual([
      {
        month: '2026-03',
        referral_channel: 'police',
        referring_agency_type: 'police',
        nationalities: ['PH'],
      },
    ]);
  });

  it('releases in a later batch the stages an earlier batch held, and derives a later stage of a case referred in the batch', async () => {
    const [early, late] = [randomUUID(), randomUUID()];
    // Batch 1: a stage of a case not referred yet waits.
    await handAsBatch([screening(early)]);
    expect(await held(early)).toBe(1);
    expect(await nationalRecords(early)).toEqual([]);
    // Batch 2: its referral releases it; another case is referred and reaches a stage in the same batch.
    await handAsBatch([referral(late, true), decision(late), referral(early, true)]);
    expect(await held(early)).toBe(0);
    expect((await stages(early)).map((s) => [s.stage, s.days_since_referral])).toEqual([
      ['screening_opened', 2],
    ]);
    expect((await stages(late)).map((s) => [s.stage, s.days_since_referral])).toEqual([
      ['final_decision', 49],
    ]);
    expect(await recordsOn('research', late)).toBe(2);
    expect(
      (await dataSource.query(
        `SELECT to_char(referred_on, 'YYYY-MM-DD') AS d FROM analytics_case WHERE case_id = ANY($1::uuid[])`,
        [[early, late]],
      )) as { d: string }[],
    ).toEqual([{ d: '2026-03-14' }, { d: '2026-03-14' }]);
  });

  it('reads and writes a batch with the same few statements however many events it holds', async () => {
    const batchOf = (cases: number) =>
      Array.from({ length: cases }, () => randomUUID()).flatMap((caseId) => [
        screening(caseId),
        referral(caseId, true),
        decision(caseId),
      ]);
    const small = await handAsBatch(batchOf(2));
    const large = await handAsBatch(batchOf(40));
    expect(large).toBe(small);
    // Reads: held stages, cases, agencies; writes: cases, statistics of referrals and of stages, outbox rows.
    expect(small).toBe(7);
  });

  it('consumes a batch with a stage before its referral and copies of both, with one record each', async () => {
    const caseId = randomUUID();
    const topic = withTopicPrefix(prefix, Topics.intakeReferral);
    const [w, r, c] = [withdrawal(caseId), referral(caseId, true), consentWithdrawn(caseId)];
    // One send, one key: one partition, read as one batch (or a few). The withdrawal comes before the
    // referral, and both come twice.
    await producer.send({ topic, acks: -1, messages: [w, w, r, c, r].map(messageOf) });
    await eventually(async () =>
      expect((await nationalRecords(caseId)).map((x) => x.data['stage'] ?? x.type)).toEqual([
        'nrm.analytics.referral-recorded',
        'referral_withdrawn',
      ]),
    );
    expect((await stages(caseId)).map((s) => [s.stage, s.days_since_referral])).toEqual([
      ['referral_withdrawn', 6],
    ]);
    expect(
      (
        await dataSource.query(`SELECT count(*)::int AS n FROM stat_referral WHERE subject = $1`, [
          pseudonym(caseId),
        ])
      )[0].n,
    ).toBe(1);
    // Released before the consent was withdrawn: the withdrawal went out under the referral's consent.
    expect(await recordsOn('partners', caseId)).toBe(2);
    expect(await held(caseId)).toBe(0);
    expect(
      (
        await dataSource.query(`SELECT statistics_consent FROM analytics_case WHERE case_id = $1`, [caseId])
      )[0],
    ).toEqual({ statistics_consent: false });
    expect(
      (
        await dataSource.query(`SELECT count(*)::int AS n FROM inbox WHERE message_id = ANY($1::uuid[])`, [
          [w.id, r.id, c.id],
        ])
      )[0].n,
    ).toBe(3);
  });
});

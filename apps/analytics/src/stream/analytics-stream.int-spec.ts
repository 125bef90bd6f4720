import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  AnalyticsTopics,
  FinalDecisionRecorded,
  ReferralReceived,
  ScreeningOpened,
  buildEnvelope,
  withTopicPrefix,
} from '@nrm/contracts';
import type { EventEnvelope } from '@nrm/contracts';
import { MessagingMigrations, OutboxWriter } from '@nrm/messaging';
import { createServiceDataSource, migrateServiceDatabase } from '@nrm/persistence';
import { testInfrastructure, uniqueTestName } from '@nrm/testing';
import { analyticsMigrations } from '../migrations';
import { AnalyticsStream } from './analytics-stream';
import { AudiencePseudonyms } from './audience-pseudonyms';

describe('the analytics stream against real PostgreSQL', () => {
  const schema = uniqueTestName('analytics_stream');
  let dataSource: DataSource;
  let stream: AnalyticsStream;

  const event = (type: string, caseId: string, time: string, data: object): EventEnvelope<unknown> =>
    buildEnvelope({
      type,
      source: '/nrm/test',
      subject: caseId,
      schemaVersion: 1,
      correlationId: caseId,
      time: new Date(time),
      data,
    });
  const referral = (caseId: string, statisticsConsent: boolean) =>
    event(ReferralReceived.type, caseId, '2026-03-14T09:00:00.000Z', {
      caseId,
      caseReference: 'KW-2026-ABC123',
      referringAgencyId: 'kw-moi-police',
      referralChannel: 'police',
      referredAt: '2026-03-14T09:00:00.000Z',
      personIsChild: false,
      sex: 'female',
      nationalities: ['PH'],
      exploitationTypes: ['domestic_servitude'],
      immediateRisks: [],
      interpreterNeeded: false,
      ageBand: '27-29',
      meansOfControl: [],
      recruitmentMethod: 'job_offer',
      requiresImmediateProtection: false,
      joinedAnonymousNoticeIds: [],
      statisticsConsent,
    });
  const screening = (caseId: string) =>
    event(ScreeningOpened.type, caseId, '2026-03-16T10:00:00.000Z', {
      caseId,
      openedAt: '2026-03-16T10:00:00.000Z',
    });
  const decision = (caseId: string) =>
    event(FinalDecisionRecorded.type, caseId, '2026-05-02T08:00:00.000Z', {
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
      [withTopicPrefix('', topic)],
    );
    return rows.map((r) => ({
      id: r.event_id,
      key: r.message_key,
      type: r.headers['ce_type'],
      data: JSON.parse(r.payload) as Record<string, unknown>,
    }));
  };
  const derive = (envelope: EventEnvelope<unknown>) =>
    dataSource.transaction((m) => stream.derive(m, envelope));

  beforeAll(async () => {
    const options = {
      url: testInfrastructure().databaseUrl,
      schema,
      applicationName: 'analytics-test',
      migrations: [...MessagingMigrations, ...analyticsMigrations],
      poolSize: 4,
    };
    await migrateServiceDatabase(options);
    dataSource = createServiceDataSource(options);
    await dataSource.initialize();
    const keys = ['national-statistics', 'partners', 'research'].map(
      (a) => `${a}:${randomBytes(32).toString('base64')}`,
    );
    stream = new AnalyticsStream(new OutboxWriter(''), AudiencePseudonyms.fromSetting(keys.join(',')));
  });

  afterAll(async () => {
    await dataSource.query(`DROP SCHEMA "${schema}" CASCADE`);
    await dataSource.destroy();
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
});

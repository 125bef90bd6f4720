import { execFile } from 'node:child_process';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { AnalyticsTopics, ReferralRecorded, Topics, analystPrincipal, deadLetterTopic } from '@nrm/contracts';
import type { AnalyticsAudience } from '@nrm/contracts';
import { eventually, testInfrastructure } from '@nrm/testing';
import { ROOT } from '@nrm/platform-launcher';
import { TestPlatform } from './support/test-platform';
import { today } from './support/dates';

const POLICE = 'kw-moi-police';
const CA = 'kw-nrm-competent-authority';

interface AnalystMessage {
  topic: string;
  key: string;
  headers: Record<string, string>;
  value: string;
}

describe('analytics: a pseudonymised stream per audience and suppressed statistics (end to end)', () => {
  // k = 3 keeps the test small; the default is 11.
  const platform = new TestPlatform('e2e_analytics', 4700, { analytics: { STATISTICS_MIN_CELL: '3' } });
  const caseIds: string[] = [];
  const personal = /Analytic Testperson|Zed Numberholder|AN9988776|2001-02-03|1999-09-19|Fahaheel Block 9/;

  beforeAll(() => platform.start());
  afterAll(() => platform.stop());

  async function refer(index: number, channel: string, statistics: boolean): Promise<string> {
    const token = await platform.token('first_responder', POLICE);
    const created = await platform.api('POST', '/api/v1/referrals', {
      token,
      body: {
        channel,
        encounter: { date: today(), place: 'Fahaheel Block 9' },
        person: {
          names: { latin: index % 2 ? 'Analytic Testperson' : 'Zed Numberholder' },
          sex: 'female',
          nationalities: ['PH'],
          dateOfBirth: index % 2 ? '2001-02-03' : '1999-09-19',
          documents: [{ type: 'passport', number: `AN998877${index}`, issuingCountry: 'PH' }],
        },
        exploitationTypes: ['domestic_servitude'],
        immediateRisks: [],
        interpreter: { needed: false },
        consent: { referral: true, statistics, language: 'en' },
      },
    });
    expect(created.status).toBe(201);
    return created.body.caseId as string;
  }

  /** An analyst's own Kafka client: the SASL listener, its audience's principal, nothing of ours. */
  function analystKafka(audience: AnalyticsAudience): Kafka {
    const access = testInfrastructure().kafkaAccess;
    if (!access)
      throw new Error('the test broker has no SASL listener: start it with tools/kafka/kafka-broker.mjs');
    return new Kafka({
      clientId: 'outside-analyst',
      brokers: access.saslBrokers.split(','),
      sasl: {
        mechanism: 'scram-sha-512',
        username: analystPrincipal(audience),
        password: access.credentials[analystPrincipal(audience)] ?? '',
      },
      logLevel: logLevel.NOTHING,
      retry: { retries: 1 },
    });
  }

  /** Reads analytics topics as an outside analyst would: a plain kafkajs consumer of its own. */
  async function readAsAnalyst(audience: AnalyticsAudience, expected: number): Promise<AnalystMessage[]> {
    const topics = [platform.topic(AnalyticsTopics[audience])];
    const consumer = analystKafka(audience).consumer({
      groupId: `${platform.topicPrefix}${analystPrincipal(audience)}-${Date.now()}`,
    });
    const seen: AnalystMessage[] = [];
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, message }) => {
        seen.push({
          topic,
          key: message.key?.toString() ?? '',
          value: message.value?.toString() ?? '',
          headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])),
        });
      },
    });
    try {
      await eventually(() => expect(seen.length).toBeGreaterThanOrEqual(expected), 60_000);
      // Then until nothing more arrives for a while: the whole topic, not just the first of it.
      let count = -1;
      while (count !== seen.length) {
        count = seen.length;
        await new Promise((r) => setTimeout(r, 1500));
      }
    } finally {
      await consumer.disconnect();
    }
    return seen;
  }

  it('derives one record per stage and audience, with per-audience pseudonyms, months and age bands only', async () => {
    caseIds.push(await refer(1, 'police', true));
    caseIds.push(await refer(2, 'police', false));
    caseIds.push(await refer(3, 'police', false));
    caseIds.push(await refer(4, 'police', true));
    caseIds.push(await refer(5, 'immigration', false));
    const notice = await platform.api('POST', '/api/v1/referrals/anonymous-notices', {
      token: await platform.token('first_responder', POLICE),
      body: {
        channel: 'police',
        encounter: { date: today(), region: 'KW-AH' },
        sex: 'female',
        nationalities: ['PH'],
        estimatedAge: 22,
        exploitationTypes: ['domestic_servitude'],
        link: { names: { latin: 'Zed Numberholder' }, dateOfBirth: '1999-09-19' },
      },
    });
    expect(notice.status).toBe(201);

    const national = platform.topic(AnalyticsTopics['national-statistics']);
    const partners = platform.topic(AnalyticsTopics.partners);
    const research = platform.topic(AnalyticsTopics.research);
    // 5 referrals and 5 screenings opened for everyone, 1 notice: 11 national records at least.
    const records = [
      ...(await readAsAnalyst('national-statistics', 11)),
      ...(await readAsAnalyst('partners', 5)),
      ...(await readAsAnalyst('research', 5)),
    ];
    const of = (topic: string, type: string) =>
      records.filter((r) => r.topic === topic && r.headers['ce_type'] === type);

    const nationalReferrals = of(national, ReferralRecorded.type);
    expect(nationalReferrals).toHaveLength(5);
    // Only the two people who agreed reach audiences beyond national statistics.
    expect(of(partners, ReferralRecorded.type)).toHaveLength(2);
    expect(of(research, ReferralRecorded.type)).toHaveLength(2);
    expect(JSON.parse(nationalReferrals[0]?.value ?? '{}')).toMatchObject({
      month: today().slice(0, 7),
      referralChannel: expect.any(String),
      referringAgencyType: 'police',
      ageBand: expect.stringMatching(/^\d+-\d+$/),
      sex: 'female',
      nationalities: ['PH'],
      exploitationTypes: ['domestic_servitude'],
    });

    // Two audiences cannot join their records: no pseudonym or record id appears in both.
    const keysOf = (topic: string) => new Set(records.filter((r) => r.topic === topic).map((r) => r.key));
    const idsOf = (topic: string) =>
      new Set(records.filter((r) => r.topic === topic).map((r) => r.headers['ce_id']));
    for (const key of keysOf(partners))
      expect(keysOf(research).has(key) || keysOf(national).has(key)).toBe(key === 'anonymous');
    for (const id of idsOf(partners)) expect(idsOf(research).has(id) || idsOf(national).has(id)).toBe(false);

    // No case id, no case reference, no day, no date of birth, nothing from an identifying field.
    const everything = records.map((r) => `${r.key} ${r.value} ${JSON.stringify(r.headers)}`).join('\n');
    for (const caseId of caseIds) expect(everything).not.toContain(caseId);
    expect(everything).not.toMatch(/KW-\d{4}-[0-9A-Z]{6}/);
    expect(everything).not.toMatch(personal);
    expect(everything).not.toMatch(/\d{4}-\d{2}-\d{2}(?!T00:00:00)/);
    expect(records.every((r) => r.headers['ce_time']?.endsWith('-01T00:00:00.000Z'))).toBe(true);
    expect(records.every((r) => !r.headers['ce_causationid'])).toBe(true);
  });

  it("lets an analyst read its own audience's topic only: no service topic, no other audience, no writing", async () => {
    const kafka = analystKafka('research');
    for (const topic of [
      Topics.intakeReferral,
      AnalyticsTopics.partners,
      AnalyticsTopics['national-statistics'],
      deadLetterTopic('analytics'),
    ]) {
      const consumer = kafka.consumer({
        groupId: `${platform.topicPrefix}analyst-research-probe-${Date.now()}`,
      });
      await consumer.connect();
      try {
        await expect(
          consumer.subscribe({ topics: [platform.topic(topic)], fromBeginning: true }),
        ).rejects.toMatchObject({ type: 'TOPIC_AUTHORIZATION_FAILED' });
      } finally {
        await consumer.disconnect();
      }
    }
    // Nor under a group id that is not an analyst's.
    const outsider = kafka.consumer({ groupId: `${platform.topicPrefix}nrm-intake` });
    await outsider.connect();
    try {
      await outsider.subscribe({ topics: [platform.topic(AnalyticsTopics.research)], fromBeginning: true });
      const crashed = new Promise((resolve) =>
        outsider.on(outsider.events.CRASH, (e) => resolve(e.payload.error)),
      );
      await outsider.run({ eachMessage: async () => undefined });
      // The broker refuses to name a coordinator for a group the principal may not use.
      expect(String(await crashed)).toMatch(/GROUP_AUTHORIZATION_FAILED|find group coordinator/);
    } finally {
      await outsider.disconnect();
    }
    const producer = kafka.producer();
    await producer.connect();
    try {
      await expect(
        producer.send({ topic: platform.topic(AnalyticsTopics.research), messages: [{ value: '{}' }] }),
      ).rejects.toMatchObject({ type: 'TOPIC_AUTHORIZATION_FAILED' });
    } finally {
      await producer.disconnect();
    }
  });

  it('serves statistics with small cells and their complements suppressed, as JSON, CSV and a chart', async () => {
    const analyst = await platform.token('analyst', CA);
    const year = today().slice(0, 4);
    const byChannel = await eventually(async () => {
      const answer = await platform.api('GET', `/api/v1/statistics/referrals?by=channel&year=${year}`, {
        token: analyst,
      });
      expect(answer.body.total.count).toBe(5);
      return answer.body;
    }, 60_000);
    // police 4, immigration 1 (below k = 3): immigration is hidden, and police with it, or 5 - 4 gives it away.
    expect(byChannel.cells).toEqual([
      { channel: 'immigration', count: null, suppressed: true },
      { channel: 'police', count: null, suppressed: true },
    ]);
    expect(byChannel).toMatchObject({ minimumCell: 3, suppressedCells: 2, dimensions: ['channel'] });

    const bySex = await platform.api('GET', `/api/v1/statistics/referrals?by=sex,month&year=${year}`, {
      token: analyst,
    });
    expect(bySex.body.cells).toEqual([
      { sex: 'female', month: today().slice(0, 7), count: 5, suppressed: false },
    ]);

    const csv = await fetch(`${platform.gatewayUrl}/api/v1/statistics/referrals?by=channel&format=csv`, {
      headers: { authorization: `Bearer ${analyst}` },
    });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await csv.text()).toBe(
      'channel,count,suppressed\r\nimmigration,,true\r\npolice,,true\r\n(all),5,false\r\n',
    );

    const stages = await eventually(async () => {
      const answer = await platform.api('GET', '/api/v1/statistics/case-stages?by=stage', { token: analyst });
      expect(answer.body.cells).toContainEqual({ stage: 'screening_opened', count: 5, suppressed: false });
      return answer.body;
    });
    expect(stages.total.count).toBe(5);

    const chart = await fetch(
      `${platform.gatewayUrl}/api/v1/statistics/referrals/chart.svg?by=exploitationType`,
      {
        headers: { authorization: `Bearer ${analyst}` },
      },
    );
    expect(chart.status).toBe(200);
    expect(chart.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const svg = await chart.text();
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('domestic_servitude');

    // Clear errors for what a client gets wrong; no statistics for roles that do not read them.
    const unknown = await platform.api('GET', '/api/v1/statistics/referrals?by=name', { token: analyst });
    expect(unknown.status).toBe(400);
    expect(unknown.contentType).toMatch(/^application\/problem\+json/);
    expect(unknown.body.detail).toMatch(/no dimension name/);
    expect((await platform.api('GET', '/api/v1/statistics/victims?by=sex', { token: analyst })).status).toBe(
      404,
    );
    expect(
      (await platform.api('GET', '/api/v1/statistics/referrals?by=sex&year=20x6', { token: analyst })).status,
    ).toBe(400);
    const responder = await platform.token('first_responder', POLICE);
    expect(
      (await platform.api('GET', '/api/v1/statistics/referrals?by=sex', { token: responder })).status,
    ).toBe(403);
  });

  it('rebuilds the stream from the lifecycle topics with the same record ids, showing its progress', async () => {
    const analytics = platform.running.services.find((s) => s.name === 'analytics');
    if (!analytics) throw new Error('analytics is not running');
    const before = await readAsAnalyst('national-statistics', 11);
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) =>
      execFile(
        process.execPath,
        [path.join(ROOT, 'dist/apps/analytics/src/main.js'), 'replay', '--rebuild-statistics'],
        { env: analytics.env },
        (error, out, err) =>
          error ? reject(new Error(`${error.message}\n${err}`)) : resolve({ stdout: out, stderr: err }),
      ),
    );
    expect(stderr).toMatch(/\[#{30}\] 100%/);
    const summary = JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
    expect(summary.derivedFrom).toBeGreaterThanOrEqual(11);
    expect(summary.records).toBeGreaterThanOrEqual(11 + 10);
    expect(summary.unreadable).toBe(0);

    const after = await readAsAnalyst('national-statistics', before.length * 2);
    const ids = after.map((r) => r.headers['ce_id']);
    // Every record appears twice under the same id: an analyst de-duplicates on it.
    expect(new Set(ids).size).toBe(before.length);
    const analyst = await platform.token('analyst', CA);
    await eventually(async () => {
      const answer = await platform.api('GET', '/api/v1/statistics/referrals?by=sex', { token: analyst });
      expect(answer.body.total.count).toBe(5);
    }, 60_000);
  });
});

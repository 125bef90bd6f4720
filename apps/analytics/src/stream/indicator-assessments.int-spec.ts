import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  AnalyticsTopics,
  IndicatorDimensionIds,
  IndicatorsAssessed,
  ReferralReceived,
  Topics,
  parsePayload,
  withTopicPrefix,
} from '@nrm/contracts';
import type {
  AssessedListV1,
  EventEnvelope,
  IndicatorListId,
  IndicatorOutcome,
  IndicatorsAssessedV1,
} from '@nrm/contracts';
import type { PlatformProducer } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { eventually } from '@nrm/testing';
import type { AnalyticsConfig } from '../analytics.config';
import { IndicatorPrevalenceFigures } from '../statistics/queries/indicator-prevalence-figures';
import { StageDurations } from '../statistics/queries/stage-durations';
import { TableCounts } from '../statistics/queries/table-counts';
import { StatisticsController } from '../statistics/statistics.controller';
import { StatisticsRepository } from '../statistics/statistics.repository';
import {
  analyticsStreamOnSchema,
  messageOf,
  referralAt,
  testEnvelope,
} from './analytics-stream.test-fixture';
import type { AnalyticsStreamOnSchema } from './analytics-stream.test-fixture';
import type { AudiencePseudonyms } from './audience-pseudonyms';

/*
 * Indicator assessments in the analytics stream and the prevalence statistics, against real PostgreSQL
 * and Kafka: handed to the handler in batches as the consumer hands them, and consumed from the
 * identification topic through the inbox. Each case counts once, by its latest assessment, however
 * often and in whatever order its assessments arrive.
 */
describe('indicator assessments in analytics against real PostgreSQL and Kafka', () => {
  let fixture: AnalyticsStreamOnSchema;
  const analyst: Actor = { userId: 'analyst-1', agencyId: 'kw-nrm-competent-authority', role: 'analyst' };
  let dataSource: DataSource;
  /** The test's own topics, named after its schema. */
  let prefix: string;
  let pseudonyms: AudiencePseudonyms;
  let producer: PlatformProducer;
  /** The statistics as served with k = 1 (nothing hidden) and with k = 3. */
  let raw: StatisticsController;
  let suppressed: StatisticsController;

  const referral = (caseId: string, statisticsConsent = true) =>
    referralAt(caseId, '2026-12-14T09:00:00.000Z', {
      statisticsConsent,
      exploitationTypes: ['forced_labour'],
    });
  /** A list's results: the dimensions named positive (with the indicators found), others not. */
  const list = (
    id: IndicatorListId,
    outcome: IndicatorOutcome,
    positive: Record<string, string[]>,
    presentOnly: Record<string, string[]> = {},
  ): AssessedListV1 => ({
    list: id,
    outcome,
    dimensions: IndicatorDimensionIds.map((dimension) => ({
      dimension,
      positive: dimension in positive,
      presentIndicatorIds: positive[dimension] ?? presentOnly[dimension] ?? [],
    })),
  });
  const assessment = (
    caseId: string,
    assessedAt: string,
    outcome: IndicatorOutcome,
    lists: AssessedListV1[],
    { complete = true, reassessment = false } = {},
  ): EventEnvelope<unknown> => {
    const data: IndicatorsAssessedV1 = {
      caseId,
      assessmentId: randomUUID(),
      catalogueVersion: 'kw-2026.1',
      ruleVersion: 'ilo-ec-2009.1',
      outcome,
      complete,
      restsOnWeakProvenance: false,
      personIsChild: false,
      lists,
      reassessment,
      assessedAt,
    };
    parsePayload(IndicatorsAssessed, data);
    // Published a minute after it was made.
    return testEnvelope(
      IndicatorsAssessed.type,
      caseId,
      new Date(Date.parse(assessedAt) + 60_000).toISOString(),
      data,
    );
  };
  const labourIndicated = () =>
    list('adult-labour', 'indicated', { D1: ['AL-D1-deceived-about-job'], D4: ['AL-D4-low-or-no-salary'] });
  const notIndicated = (id: IndicatorListId = 'adult-labour') => list(id, 'not-indicated', {});

  const pseudonym = (caseId: string) => fixture.pseudonym(caseId);
  const heldRow = async (caseId: string) =>
    (
      (await dataSource.query(
        `SELECT record_id, month, outcome, to_char(assessed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS at
         FROM stat_indicator_assessment WHERE subject = $1`,
        [pseudonym(caseId)],
      )) as { record_id: string; month: string; outcome: string; at: string }[]
    )[0];
  /** The national-statistics records of the indicators_assessed stage of a case, oldest first. */
  const stageRecords = async (caseId: string) =>
    (
      (await dataSource.query(
        `SELECT event_id, payload FROM outbox WHERE topic = $1 AND message_key = $2 AND payload LIKE '%indicators_assessed%' ORDER BY seq`,
        [withTopicPrefix(prefix, AnalyticsTopics['national-statistics']), pseudonym(caseId)],
      )) as { event_id: string; payload: string }[]
    ).map((r) => ({ id: r.event_id, data: JSON.parse(r.payload) as Record<string, unknown> }));
  /** The payloads an audience receives about a case, in order. */
  const recordsOn = async (audience: 'partners' | 'research', caseId: string): Promise<string[]> =>
    (
      (await dataSource.query(
        `SELECT payload FROM outbox WHERE topic = $1 AND message_key = $2 ORDER BY seq`,
        [withTopicPrefix(prefix, AnalyticsTopics[audience]), pseudonyms.pseudonym(audience, 'case', caseId)],
      )) as { payload: string }[]
    ).map((r) => r.payload);
  const stagesOn = async (audience: 'partners' | 'research', caseId: string): Promise<string[]> =>
    (await recordsOn(audience, caseId)).map((p) => (JSON.parse(p) as { stage?: string }).stage ?? 'referral');

  /** The statistics' internal API, with cells suppressed below `minimumCell`. */
  function statisticsController(minimumCell: number): StatisticsController {
    const config = { STATISTICS_MIN_CELL: minimumCell } as AnalyticsConfig;
    const statistics = new StatisticsRepository();
    return new StatisticsController(
      new StageDurations(dataSource, statistics, config),
      new IndicatorPrevalenceFigures(dataSource, statistics, config),
      new TableCounts(dataSource, statistics, config),
    );
  }

  const handAsBatch = (envelopes: EventEnvelope<unknown>[]) => fixture.handAsBatch(envelopes);

  beforeAll(async () => {
    fixture = await analyticsStreamOnSchema(
      'analytics_indicators',
      [Topics.intakeReferral, Topics.identificationScreening],
      [ReferralReceived, IndicatorsAssessed].map((d) => d.type),
    );
    ({ dataSource, prefix, pseudonyms, producer } = fixture);
    raw = statisticsController(1);
    suppressed = statisticsController(3);
  });

  afterAll(async () => {
    await fixture?.close();
  });

  // Cases whose latest assessment is in 2027, and one reassessed in 2028.
  const labour = Array.from({ length: 4 }, () => randomUUID());
  const rights = Array.from({ length: 2 }, () => randomUUID());
  const reassessed = randomUUID();
  const movedOn = randomUUID();
  const bothLists = Array.from({ length: 3 }, () => randomUUID());

  it('keeps the latest assessment of a case, whatever order its assessments come in and however often', async () => {
    const first = assessment(reassessed, '2027-02-01T10:00:00.000Z', 'not-indicated', [notIndicated()]);
    const second = assessment(
      reassessed,
      '2027-03-01T10:00:00.000Z',
      'indicated',
      [list('adult-sexual', 'indicated', { D1: ['AS-D1-deceived-about-work'], D5: ['AS-D5-debt-bondage'] })],
      { reassessment: true },
    );
    // The reassessment comes first (twice in its batch), the assessment it supersedes later, then both again.
    await handAsBatch([referral(reassessed), second, second]);
    await handAsBatch([first]);
    expect(await heldRow(reassessed)).toMatchObject({ outcome: 'indicated', at: '2027-03-01T10:00' });
    await handAsBatch([second, first]);
    const records = await stageRecords(reassessed);
    expect(records.map((r) => [r.data['month'], r.data['outcome'], r.data['daysSinceReferral']])).toEqual([
      ['2027-03', 'indicated', 77],
      ['2027-02', 'not-indicated', 49],
    ]);
    // One row, the reassessment's, under the pseudonym and record id of its national-statistics record.
    expect(await heldRow(reassessed)).toEqual({
      record_id: records[0]?.id,
      month: '2027-03',
      outcome: 'indicated',
      at: '2027-03-01T10:00',
    });
    // Both stages are in the stream and the case-stage statistics; a person who agreed gets them too.
    expect(
      (
        await dataSource.query(
          `SELECT count(*)::int AS n FROM stat_case_stage WHERE subject = $1 AND stage = 'indicators_assessed'`,
          [pseudonym(reassessed)],
        )
      )[0].n,
    ).toBe(2);
    expect(await stagesOn('partners', reassessed)).toEqual([
      'referral',
      'indicators_assessed',
      'indicators_assessed',
    ]);
    // The stream carries the advice only: no list, dimension or indicator, no assessment or case id.
    const research = (await recordsOn('research', reassessed)).join('\n');
    expect(research).toContain('"outcome":"indicated"');
    expect(research).not.toMatch(/AS-D1|adult-sexual|D5|kw-2026\.1|ilo-ec/);
    expect(research).not.toContain(reassessed);

    // Both in one batch, the later first: the later is written.
    const oneBatch = randomUUID();
    await handAsBatch([
      referral(oneBatch),
      assessment(oneBatch, '2030-02-02T10:00:00.000Z', 'indicated', [labourIndicated()], {
        reassessment: true,
      }),
      assessment(oneBatch, '2030-02-01T10:00:00.000Z', 'not-indicated', [notIndicated()]),
    ]);
    expect(await heldRow(oneBatch)).toMatchObject({ outcome: 'indicated', at: '2030-02-02T10:00' });

    // Assessed in 2027, reassessed in 2028: it counts in 2028 only. Its assessment waits for its referral.
    await handAsBatch([assessment(movedOn, '2027-01-20T10:00:00.000Z', 'not-indicated', [notIndicated()])]);
    expect(await heldRow(movedOn)).toBeUndefined();
    await handAsBatch([
      assessment(movedOn, '2028-01-15T10:00:00.000Z', 'indicated', [labourIndicated()], {
        reassessment: true,
      }),
      referral(movedOn, false),
    ]);
    expect(await heldRow(movedOn)).toMatchObject({ month: '2028-01', outcome: 'indicated' });
    expect(await stagesOn('partners', movedOn)).toEqual([]);
  });

  it('consumes assessments from the identification topic, a copy delivered twice counted once', async () => {
    const assessments = bothLists.map((caseId) =>
      assessment(caseId, '2027-05-10T08:00:00.000Z', 'not-indicated', [
        notIndicated('adult-labour'),
        notIndicated('adult-sexual'),
      ]),
    );
    await producer.send({
      topic: withTopicPrefix(prefix, Topics.intakeReferral),
      acks: -1,
      messages: bothLists.map((caseId) => messageOf(referral(caseId))),
    });
    await producer.send({
      topic: withTopicPrefix(prefix, Topics.identificationScreening),
      acks: -1,
      messages: [...assessments, assessments[0] as EventEnvelope<unknown>].map(messageOf),
    });
    await eventually(async () => {
      for (const caseId of bothLists)
        expect(await heldRow(caseId)).toMatchObject({ outcome: 'not-indicated' });
    }, 30_000);
    expect(
      (
        await dataSource.query(
          `SELECT count(*)::int AS n FROM stat_case_stage WHERE subject = ANY($1) AND stage = 'indicators_assessed'`,
          [bothLists.map(pseudonym)],
        )
      )[0].n,
    ).toBe(3);
  });

  it('writes the indicator results of a batch with one statement, however many assessments it holds', async () => {
    const batchOf = (cases: number) =>
      Array.from({ length: cases }, () => randomUUID()).flatMap((caseId) => [
        referral(caseId),
        assessment(caseId, '2029-06-01T10:00:00.000Z', 'indicated', [labourIndicated()]),
      ]);
    const small = await handAsBatch(batchOf(2));
    const large = await handAsBatch(batchOf(30));
    expect(large).toBe(small);
    // Reads: held stages, cases, agencies; writes: cases, statistics of referrals, of stages and of
    // indicator results, outbox rows.
    expect(small).toBe(8);
  });

  it('counts prevalence in a period from the latest assessment of each case', async () => {
    await handAsBatch([
      ...labour.flatMap((caseId, i) => [
        referral(caseId),
        assessment(caseId, `2027-0${i + 1}-05T10:00:00.000Z`, 'indicated', [
          // The first also has an indicator of a dimension that is not positive.
          i === 0
            ? list(
                'adult-labour',
                'indicated',
                { D1: ['AL-D1-deceived-about-job'], D4: ['AL-D4-low-or-no-salary'] },
                { D3: ['AL-D3-economic-reasons'] },
              )
            : labourIndicated(),
        ]),
      ]),
      ...rights.flatMap((caseId) => [
        referral(caseId),
        assessment(
          caseId,
          '2027-04-20T10:00:00.000Z',
          'labour-rights-case',
          [list('adult-labour', 'labour-rights-case', { D4: ['AL-D4-low-or-no-salary'] })],
          { complete: false },
        ),
      ]),
    ]);

    const year2027 = await raw.indicatorPrevalence(analyst, { year: '2027' });
    expect(year2027).toMatchObject({
      statistic: 'indicator-prevalence',
      minimumCell: 1,
      filters: { year: '2027' },
      casesAssessed: { count: 10, suppressed: false },
      incompleteAdvice: { count: 2, suppressed: false },
      suppressedCells: 0,
    });
    const counts = <T extends { count: number | null }>(cells: T[], label: (c: T) => string) =>
      Object.fromEntries(cells.filter((c) => c.count !== 0).map((c) => [label(c), c.count]));
    expect(counts(year2027.outcomes, (o) => o.outcome)).toEqual({
      indicated: 5,
      'labour-rights-case': 2,
      'not-indicated': 3,
    });
    expect(year2027.outcomes).toHaveLength(3);
    expect(counts(year2027.lists, (l) => l.list)).toEqual({ 'adult-labour': 9, 'adult-sexual': 4 });
    expect(counts(year2027.dimensions, (d) => `${d.list} ${d.dimension}`)).toEqual({
      'adult-labour D1': 4,
      'adult-labour D4': 6,
      'adult-sexual D1': 1,
      'adult-sexual D5': 1,
    });
    expect(year2027.dimensions).toHaveLength(24);
    expect(counts(year2027.indicators, (i) => `${i.list} ${i.dimension} ${i.indicator}`)).toEqual({
      'adult-labour D1 AL-D1-deceived-about-job': 4,
      'adult-labour D3 AL-D3-economic-reasons': 1,
      'adult-labour D4 AL-D4-low-or-no-salary': 6,
      'adult-sexual D1 AS-D1-deceived-about-work': 1,
      'adult-sexual D5 AS-D5-debt-bondage': 1,
    });

    // One list: the cases assessed on it, with its advice.
    const sexual = await raw.indicatorPrevalence(analyst, { year: '2027', list: 'adult-sexual' });
    expect(sexual.casesAssessed.count).toBe(4);
    expect(counts(sexual.outcomes, (o) => o.outcome)).toEqual({ indicated: 1, 'not-indicated': 3 });
    expect(sexual.lists).toEqual([{ list: 'adult-sexual', count: 4, suppressed: false }]);
    expect(sexual.dimensions.map((d) => d.list)).toEqual(Array(6).fill('adult-sexual'));
    expect(sexual.incompleteAdvice.count).toBe(0);

    // A month (one labour case and the reassessed case); and the case reassessed in 2028 counts there, once.
    expect((await raw.indicatorPrevalence(analyst, { month: '2027-03' })).casesAssessed.count).toBe(2);
    const year2028 = await raw.indicatorPrevalence(analyst, { year: '2028' });
    expect(year2028.casesAssessed.count).toBe(1);
    expect(counts(year2028.outcomes, (o) => o.outcome)).toEqual({ indicated: 1 });
  });

  it('suppresses small counts and those that would reveal them, as every statistic does', async () => {
    const p = await suppressed.indicatorPrevalence(analyst, { year: '2027' });
    expect(p.minimumCell).toBe(3);
    expect(p.casesAssessed).toEqual({ count: 10, suppressed: false });
    // labour-rights-case (2) is hidden, and not-indicated (3) with it, or 10 - 5 - 3 would give it away.
    expect(p.outcomes).toEqual([
      { outcome: 'indicated', count: 5, suppressed: false },
      { outcome: 'labour-rights-case', count: null, suppressed: true },
      { outcome: 'not-indicated', count: null, suppressed: true },
    ]);
    expect(p.incompleteAdvice).toEqual({ count: null, suppressed: true });
    expect(p.lists.filter((l) => l.count !== 0)).toEqual([
      { list: 'adult-labour', count: 9, suppressed: false },
      { list: 'adult-sexual', count: 4, suppressed: false },
    ]);
    const dimension = (list: string, d: string) =>
      p.dimensions.find((x) => x.list === list && x.dimension === d);
    expect(dimension('adult-labour', 'D1')).toMatchObject({ count: 4, suppressed: false });
    // 6 of 9 positive: the 3 who are not are k, so it shows.
    expect(dimension('adult-labour', 'D4')).toMatchObject({ count: 6, suppressed: false });
    expect(dimension('adult-sexual', 'D1')).toMatchObject({ count: null, suppressed: true });
    expect(dimension('adult-sexual', 'D2')).toMatchObject({ count: 0, suppressed: false });
    expect(p.indicators.filter((i) => i.suppressed).map((i) => i.indicator)).toEqual([
      'AL-D3-economic-reasons',
      'AS-D1-deceived-about-work',
      'AS-D5-debt-bondage',
    ]);
    expect(p.suppressedCells).toBe(8);
  });

  it('answers analysts, supervisors and administrators only, with checked parameters', async () => {
    await expect(
      raw.indicatorPrevalence({ ...analyst, role: 'identification_officer' }, { year: '2027' }),
    ).rejects.toMatchObject({ problem: expect.objectContaining({ status: 403 }) });
    const queries: Record<string, string>[] = [
      { list: 'adult' },
      { month: '2027-13' },
      { year: '27' },
      { by: 'list' },
    ];
    for (const query of queries) {
      await expect(raw.indicatorPrevalence(analyst, query)).rejects.toMatchObject({
        problem: expect.objectContaining({ status: 400 }),
      });
    }
  });
});

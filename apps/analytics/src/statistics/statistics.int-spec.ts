import { randomUUID } from 'node:crypto';
import type { Actor } from '@nrm/security';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import type { AnalyticsConfig } from '../analytics.config';
import { service } from '../service';
import { StageDurations } from './queries/stage-durations';
import { TableCounts } from './queries/table-counts';
import { StatisticsRepository } from './statistics.repository';

describe('statistics queries against real PostgreSQL', () => {
  let db: ServiceSchema;
  let durations: StageDurations;
  let tableCounts: TableCounts;
  const config = { STATISTICS_MIN_CELL: 3 } as AnalyticsConfig;
  const analyst: Actor = { userId: 'analyst-1', agencyId: 'kw-nrm-competent-authority', role: 'analyst' };

  /** A case that reached `stage` in `month`, `days` after its referral. */
  const reached = (stage: string, month: string, days: number | null) =>
    db.dataSource.query(
      `INSERT INTO stat_case_stage (record_id, subject, stage, month, days_since_referral) VALUES ($1, $2, $3, $4, $5)`,
      [randomUUID(), `p-${randomUUID()}`, stage, month, days],
    );
  const referred = (sex: string, month: string) =>
    db.dataSource.query(
      `INSERT INTO stat_referral (subject, month, referral_channel, referring_agency_type, age_band, child, sex,
         nationalities, exploitation_types, immediate_risk)
       VALUES ($1, $2, 'police', 'police', '27-29', false, $3, '{PH}', '{forced_labour}', false)`,
      [`p-${randomUUID()}`, month, sex],
    );

  beforeAll(async () => {
    db = await serviceSchemaForTest(service, 'analytics_statistics');
    const statistics = new StatisticsRepository();
    durations = new StageDurations(db.dataSource, statistics, config);
    tableCounts = new TableCounts(db.dataSource, statistics, config);
    for (const days of [2, 4, 6, 8]) await reached('screening_opened', '2026-03', days);
    await reached('screening_opened', '2027-01', 20);
    await reached('screening_opened', '2026-03', null);
    for (const days of [30, 40]) await reached('final_decision', '2026-05', days);
    for (let i = 0; i < 4; i++) await referred('female', '2026-03');
    await referred('male', '2026-04');
  });

  afterAll(() => db.close());

  describe('StageDurations', () => {
    it('answers each stage from k cases up, with median, mean and 90th percentile, and suppresses the others', async () => {
      expect(await durations.execute(analyst, undefined)).toEqual({
        minimumCell: 3,
        unit: 'days from referral',
        stages: [
          { stage: 'final_decision', cases: null, suppressed: true },
          {
            stage: 'screening_opened',
            cases: 5,
            suppressed: false,
            medianDays: 6,
            meanDays: 8,
            p90Days: expect.closeTo(15.2),
          },
        ],
      });
      expect((await durations.execute(analyst, '2026')).stages[1]).toEqual({
        stage: 'screening_opened',
        cases: 4,
        suppressed: false,
        medianDays: 5,
        meanDays: 5,
        p90Days: expect.closeTo(7.4),
      });
    });

    it('refuses a malformed year and roles that do not read statistics', async () => {
      await expect(durations.execute(analyst, '26')).rejects.toMatchObject({ status: 400 });
      await expect(
        durations.execute({ ...analyst, role: 'first_responder' }, undefined),
      ).rejects.toMatchObject({
        status: 403,
      });
    });
  });

  describe('TableCounts', () => {
    it('counts a table by a dimension, in a year, with small cells and their complements suppressed', async () => {
      const table = await tableCounts.execute(analyst, 'referrals', { by: 'sex', year: '2026' }, 'table');
      expect(table).toMatchObject({ table: 'referrals', dimensions: ['sex'], minimumCell: 3 });
      expect(table.cells).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ sex: 'female', count: null, suppressed: true }),
          expect.objectContaining({ sex: 'male', count: null, suppressed: true }),
        ]),
      );
      expect(table.total).toEqual({ count: 5, suppressed: false });
    });

    it('checks the format before the table, and only for a table', async () => {
      await expect(tableCounts.execute(analyst, 'nope', { format: 'xml' }, 'table')).rejects.toMatchObject({
        status: 400,
        response: { detail: 'format must be json or csv' },
      });
      await expect(tableCounts.execute(analyst, 'nope', { format: 'xml' }, 'chart')).rejects.toMatchObject({
        status: 404,
      });
      await expect(
        tableCounts.execute(analyst, 'referrals', { by: 'sex,month' }, 'chart'),
      ).rejects.toMatchObject({ status: 400 });
    });
  });
});

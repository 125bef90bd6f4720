import type { EntityManager } from 'typeorm';
import { CaseStageReached } from '@nrm/contracts';
import type { IndicatorAssessment } from '../stream/derive-records';
import { StatisticsRows } from './statistics-rows';

/** A transaction's manager whose connection records the statements it is given. */
function recordingManager(): { manager: EntityManager; statements: { sql: string; rows: unknown }[] } {
  const statements: { sql: string; rows: unknown }[] = [];
  const manager = {
    queryRunner: {
      isReleased: false,
      query: async (sql: string, params: unknown[]) => {
        statements.push({ sql, rows: JSON.parse(String(params[0])) });
        return { records: [] };
      },
    },
  } as unknown as EntityManager;
  return { manager, statements };
}

const assessment = (assessedAt: string, outcome: IndicatorAssessment['outcome']): IndicatorAssessment => ({
  assessedAt,
  outcome,
  complete: true,
  restsOnWeakProvenance: false,
  child: false,
  catalogueVersion: 'kw-2026.1',
  ruleVersion: 'ilo-ec-2009.1',
  lists: [
    {
      list: 'adult-labour',
      outcome,
      dimensions: [{ dimension: 'D1', positive: true, presentIndicatorIds: ['AL-D1-a'] }],
    },
  ],
});

const stage = (a: IndicatorAssessment) => ({
  definition: CaseStageReached,
  data: { stage: 'indicators_assessed', month: a.assessedAt.slice(0, 7), outcome: a.outcome },
  assessment: a,
});

describe('statistics rows of indicator assessments', () => {
  it('keep the latest assessment of a person in the batch, the later of two made at once, in one statement', async () => {
    const rows = new StatisticsRows();
    rows.add(
      stage(assessment('2026-03-20T10:00:00.000Z', 'indicated')),
      'p-a',
      'a0000000-0000-4000-8000-000000000002',
    );
    // An earlier assessment derived after it (topics read out of order) does not replace it.
    rows.add(
      stage(assessment('2026-03-16T10:00:00.000Z', 'not-indicated')),
      'p-a',
      'a0000000-0000-4000-8000-000000000001',
    );
    rows.add(
      stage(assessment('2026-04-01T10:00:00.000Z', 'not-indicated')),
      'p-b',
      'b0000000-0000-4000-8000-000000000001',
    );
    rows.add(
      stage(assessment('2026-04-01T10:00:00.000Z', 'labour-rights-case')),
      'p-b',
      'b0000000-0000-4000-8000-000000000002',
    );
    const { manager, statements } = recordingManager();
    await rows.write(manager);

    const indicator = statements.filter((s) => s.sql.startsWith('INSERT INTO stat_indicator_assessment'));
    expect(indicator).toHaveLength(1);
    // A row already written is replaced only by an assessment made at the same time or later.
    expect(indicator[0]?.sql).toMatch(
      /ON CONFLICT \(subject\) DO UPDATE SET .* WHERE EXCLUDED\.assessed_at >= stat_indicator_assessment\.assessed_at$/,
    );
    expect(indicator[0]?.rows).toEqual([
      expect.objectContaining({
        subject: 'p-a',
        record_id: 'a0000000-0000-4000-8000-000000000002',
        month: '2026-03',
        assessed_at: '2026-03-20T10:00:00.000Z',
        outcome: 'indicated',
      }),
      expect.objectContaining({
        subject: 'p-b',
        record_id: 'b0000000-0000-4000-8000-000000000002',
        outcome: 'labour-rights-case',
        lists: ['adult-labour'],
        list_outcomes: ['adult-labour:labour-rights-case'],
        positive_dimensions: ['adult-labour:D1'],
        present_indicators: ['adult-labour:D1:AL-D1-a'],
      }),
    ]);
    // Each stage record is a row of its own in the case stages, as before.
    const stages = statements.find((s) => s.sql.startsWith('INSERT INTO stat_case_stage'));
    expect(stages?.rows).toHaveLength(4);
  });

  it('write no indicator row for a stage without an assessment', async () => {
    const rows = new StatisticsRows();
    rows.add(
      { definition: CaseStageReached, data: { stage: 'screening_opened', month: '2026-03' } },
      'p-a',
      'c0000000-0000-4000-8000-000000000001',
    );
    const { manager, statements } = recordingManager();
    await rows.write(manager);
    expect(statements.map((s) => s.sql.split(' ')[2])).toEqual(['stat_case_stage']);
  });
});

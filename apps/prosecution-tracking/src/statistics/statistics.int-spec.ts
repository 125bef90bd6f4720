import type { INestApplicationContext } from '@nestjs/common';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import {
  caseWorker,
  chargedInvestigationOf,
  prosecutionOver,
  prosecutor,
  refusal,
} from '../prosecution.test-fixture';
import { service } from '../service';
import { RecordVerdict } from '../verdicts/commands/record-verdict';
import { ProsecutionStatisticsQuery } from './queries/prosecution-statistics';

describe('prosecution statistics against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'prosecution_statistics');
    app = await prosecutionOver(schema);
  });

  afterAll(async () => {
    await app.close();
    await schema.close();
  });

  it('counts the year’s investigations, prosecutions and verdicts, from referral to verdict', async () => {
    const year = new Date().getUTCFullYear();
    const { investigationId, chargeId } = await chargedInvestigationOf(app);
    const decidedOn = new Date().toISOString().slice(0, 10);
    await app
      .get(RecordVerdict)
      .execute(
        investigationId,
        { chargeId, outcome: 'convicted', courtLevel: 'first_instance', decidedOn } as never,
        prosecutor,
      );
    const stats = await app.get(ProsecutionStatisticsQuery).execute(prosecutor, String(year));
    expect(stats).toMatchObject({
      year,
      investigationsOpened: 1,
      prosecutions: 1,
      verdictsByOutcome: { convicted: 1, acquitted: 0, dismissed: 0 },
      convictionsByArticle: [{ lawCode: 'kw-91-2013', article: '2', convictions: 1 }],
      referralToVerdictDays: { verdicts: 1 },
    });
    expect(
      await refusal(() => app.get(ProsecutionStatisticsQuery).execute(prosecutor, '1999')),
    ).toMatchObject({
      status: 400,
      errors: [expect.objectContaining({ field: 'year' })],
    });
    expect(await refusal(() => app.get(ProsecutionStatisticsQuery).execute(caseWorker))).toMatchObject({
      status: 403,
    });
  });
});

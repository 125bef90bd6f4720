import type { INestApplicationContext } from '@nestjs/common';
import { NeedsAssessed } from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { police, protectionOver, referredCase, refusal, rows, worker } from '../protection.test-fixture';
import { service } from '../service';
import { AssessNeeds } from './commands/assess-needs';

describe('service plan commands against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'protection_plans');
    app = await protectionOver(schema);
  });

  afterAll(async () => {
    await app.close();
    await schema.close();
  });

  describe('AssessNeeds', () => {
    it('writes the plan with due dates and sealed notes; a later assessment withdraws the needs it no longer names', async () => {
      const caseId = await referredCase(app);
      const now = new Date('2027-05-10T06:00:00Z');
      const assessed = await app.get(AssessNeeds).execute(
        caseId,
        {
          needs: [
            { needType: 'medical', priority: 'urgent', note: 'untreated injury' },
            { needType: 'legal_aid', priority: 'normal', dueOn: '2027-05-20' },
          ],
        },
        worker,
        now,
      );
      expect(assessed).toEqual({
        caseId,
        needs: [
          { needType: 'medical', priority: 'urgent', dueOn: '2027-05-11' },
          { needType: 'legal_aid', priority: 'normal', dueOn: '2027-05-20' },
        ],
      });
      const needs = await rows<{ need_type: string; note_sealed: string | null }>(
        app,
        `SELECT need_type, priority, due_on::text, status, note_sealed, assessed_by FROM need WHERE case_id = $1 ORDER BY need_type`,
        [caseId],
      );
      expect(needs).toEqual([
        {
          need_type: 'legal_aid',
          priority: 'normal',
          due_on: '2027-05-20',
          status: 'open',
          note_sealed: null,
          assessed_by: 'worker-1',
        },
        {
          need_type: 'medical',
          priority: 'urgent',
          due_on: '2027-05-11',
          status: 'open',
          note_sealed: expect.any(String),
          assessed_by: 'worker-1',
        },
      ]);
      expect(needs[1].note_sealed).not.toContain('injury');
      expect(await schema.published(NeedsAssessed.type)).toContain(caseId);

      await app
        .get(AssessNeeds)
        .execute(caseId, { needs: [{ needType: 'medical', priority: 'high' }] }, worker, now);
      expect(
        await rows(
          app,
          `SELECT need_type, priority, status, note_sealed IS NOT NULL AS noted FROM need WHERE case_id = $1 ORDER BY need_type`,
          [caseId],
        ),
      ).toEqual([
        { need_type: 'legal_aid', priority: 'normal', status: 'withdrawn', noted: false },
        { need_type: 'medical', priority: 'high', status: 'open', noted: true },
      ]);
    });

    it('refuses another agency, a case not open, and a need named twice', async () => {
      const caseId = await referredCase(app);
      const assess = (needs: { needType: 'medical'; priority: 'high' }[], actor = worker) =>
        refusal(() => app.get(AssessNeeds).execute(caseId, { needs }, actor));
      const medical = { needType: 'medical', priority: 'high' } as const;
      expect(await assess([medical], police)).toMatchObject({ status: 403 });
      expect(await assess([medical, medical])).toMatchObject({ status: 400 });
      const awaiting = await referredCase(app, { urgentRisk: false });
      expect(
        await refusal(() => app.get(AssessNeeds).execute(awaiting, { needs: [medical] }, worker)),
      ).toMatchObject({ status: 404 });
      expect(
        await rows(app, `SELECT 1 FROM need WHERE case_id = ANY ($1)`, [[caseId, awaiting]]),
      ).toHaveLength(0);
    });
  });
});

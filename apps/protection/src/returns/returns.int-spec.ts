import type { INestApplicationContext } from '@nestjs/common';
import type { ReturnPlanRequest } from '@nrm/api-contracts';
import { ReturnCompleted, ReturnPlanned } from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import {
  protectionOver,
  referredCase,
  refusal,
  returnPlan,
  rows,
  supervisor,
  worker,
} from '../protection.test-fixture';
import { service } from '../service';
import { CancelReturn } from './commands/cancel-return';
import { CompleteReturn } from './commands/complete-return';
import { PlanReturn } from './commands/plan-return';

describe('return commands against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;
  const after = new Date('2027-07-02T06:00:00Z');

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'protection_returns');
    app = await protectionOver(schema);
  });

  afterAll(async () => {
    await app.close();
    await schema.close();
  });

  describe('PlanReturn', () => {
    it('writes the plan with the receiving organisation sealed and tells the follow-up agency', async () => {
      const caseId = await referredCase(app);
      expect(await app.get(PlanReturn).execute(caseId, returnPlan(), worker)).toEqual({
        returnId: expect.any(String),
        status: 'planned',
      });
      const [plan] = await rows<{ receiving_organisation_sealed: string }>(
        app,
        `SELECT status, destination_country, risk_level, planned_on::text, receiving_organisation_sealed, risk_note_sealed
           FROM return_plan WHERE case_id = $1`,
        [caseId],
      );
      expect(plan).toMatchObject({
        status: 'planned',
        destination_country: 'PH',
        planned_on: '2027-07-01',
        risk_note_sealed: null,
      });
      expect(plan.receiving_organisation_sealed).not.toContain('Manila');
      expect(await schema.published(ReturnPlanned.type)).toContain(caseId);
    });

    it('refuses a return without consent, a high risk by a case worker, an unknown agency, a second plan', async () => {
      const caseId = await referredCase(app);
      const plan = (request: ReturnPlanRequest, actor = worker) =>
        refusal(() => app.get(PlanReturn).execute(caseId, request, actor));
      expect(await plan(returnPlan({ consentToReturn: false }))).toMatchObject({ status: 409 });
      expect(await plan(returnPlan({ riskLevel: 'high' }))).toMatchObject({ status: 403 });
      expect(await plan(returnPlan({ followUpAgencyId: 'nobody' }))).toMatchObject({ status: 400 });
      await app
        .get(PlanReturn)
        .execute(caseId, returnPlan({ riskLevel: 'high', riskNote: 'threats' }), supervisor);
      expect(await plan(returnPlan())).toMatchObject({ status: 409 });
      expect(await rows(app, `SELECT 1 FROM return_plan WHERE case_id = $1`, [caseId])).toHaveLength(1);
    });
  });

  describe('CompleteReturn and CancelReturn', () => {
    it('completes the return and schedules the follow-ups after it, 3, 6 and 12 months on', async () => {
      const caseId = await referredCase(app);
      expect(
        await refusal(() =>
          app.get(CompleteReturn).execute(caseId, { returnedOn: '2027-07-01' }, worker, after),
        ),
      ).toMatchObject({
        status: 409,
      });
      await app.get(PlanReturn).execute(caseId, returnPlan(), worker);
      expect(
        await app.get(CompleteReturn).execute(caseId, { returnedOn: '2027-07-01' }, worker, after),
      ).toEqual({
        status: 'completed',
        followUpsDueOn: ['2027-10-01', '2028-01-01', '2028-07-01'],
      });
      expect(
        await rows(
          app,
          `SELECT kind, sequence, due_on::text, about_date::text, recipient_agency_id FROM follow_up WHERE case_id = $1 ORDER BY sequence`,
          [caseId],
        ),
      ).toEqual(
        ['2027-10-01', '2028-01-01', '2028-07-01'].map((dueOn, i) => ({
          kind: 'return_follow_up',
          sequence: i + 1,
          due_on: dueOn,
          about_date: '2027-07-01',
          recipient_agency_id: 'iom-kuwait',
        })),
      );
      expect(
        await rows(app, `SELECT status, returned_on::text FROM return_plan WHERE case_id = $1`, [caseId]),
      ).toEqual([{ status: 'completed', returned_on: '2027-07-01' }]);
      expect(await schema.published(ReturnCompleted.type)).toContain(caseId);
      expect(await refusal(() => app.get(CancelReturn).execute(caseId, worker))).toMatchObject({
        status: 409,
      });
    });

    it('cancels a planned return, after which another may be planned', async () => {
      const caseId = await referredCase(app);
      await app.get(PlanReturn).execute(caseId, returnPlan(), worker);
      expect(await app.get(CancelReturn).execute(caseId, worker)).toEqual({ status: 'cancelled' });
      expect(await rows(app, `SELECT status FROM return_plan WHERE case_id = $1`, [caseId])).toEqual([
        { status: 'cancelled' },
      ]);
      await app.get(PlanReturn).execute(caseId, returnPlan(), worker);
    });
  });
});

import type { INestApplicationContext } from '@nestjs/common';
import { FollowUpDue } from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { protectionOver, referredCase, refusal, returnPlan, rows, worker } from '../protection.test-fixture';
import { CompleteReturn } from '../returns/commands/complete-return';
import { PlanReturn } from '../returns/commands/plan-return';
import { service } from '../service';
import { RaiseDueFollowUps } from './commands/raise-due-follow-ups';
import { RecordFollowUpOutcome } from './commands/record-follow-up-outcome';

const iomStaff = { userId: 'iom-1', agencyId: 'iom-kuwait', role: 'service_provider' } as const;

describe('follow-up commands against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;
  let caseId: string;
  const followUps = () =>
    rows<{ follow_up_id: string; raised: boolean }>(
      app,
      `SELECT follow_up_id, raised_at IS NOT NULL AS raised FROM follow_up WHERE case_id = $1 ORDER BY sequence`,
      [caseId],
    );

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'protection_follow_ups');
    app = await protectionOver(schema);
    caseId = await referredCase(app);
    await app.get(PlanReturn).execute(caseId, returnPlan(), worker);
    await app
      .get(CompleteReturn)
      .execute(caseId, { returnedOn: '2027-07-01' }, worker, new Date('2027-07-02T06:00:00Z'));
  });

  afterAll(async () => {
    await app.close();
    await schema.close();
  });

  describe('RaiseDueFollowUps', () => {
    it('raises each follow-up once when it falls due on the jurisdiction’s calendar', async () => {
      const raise = app.get(RaiseDueFollowUps);
      expect(await raise.execute(new Date('2027-09-30T20:00:00Z'))).toBe(0);
      // 23:30 in Kuwait on 30 September is already 1 October there.
      expect(await raise.execute(new Date('2027-09-30T21:30:00Z'))).toBe(1);
      expect(await raise.execute(new Date('2027-10-01T21:30:00Z'))).toBe(0);
      expect((await followUps()).map((f) => f.raised)).toEqual([true, false, false]);
      expect(await schema.published(FollowUpDue.type)).toEqual([caseId]);
    });
  });

  describe('RecordFollowUpOutcome', () => {
    it('records the outcome by the agency it was addressed to, sealed note, once', async () => {
      const [first, second] = await followUps();
      const record = app.get(RecordFollowUpOutcome);
      expect(
        await record.execute(
          caseId,
          first.follow_up_id,
          { outcome: 'reached', note: 'living with family' },
          iomStaff,
        ),
      ).toEqual({ followUpId: first.follow_up_id, outcome: 'reached' });
      const [row] = await rows<{ outcome_note_sealed: string }>(
        app,
        `SELECT outcome, outcome_note_sealed, recorded_by FROM follow_up WHERE follow_up_id = $1`,
        [first.follow_up_id],
      );
      expect(row).toMatchObject({ outcome: 'reached', recorded_by: 'iom-1' });
      expect(row.outcome_note_sealed).not.toContain('family');
      expect(
        await refusal(() => record.execute(caseId, first.follow_up_id, { outcome: 'not_reached' }, iomStaff)),
      ).toMatchObject({ status: 409 });
      expect(
        await refusal(() => record.execute(caseId, second.follow_up_id, { outcome: 'renewed' }, worker)),
      ).toMatchObject({ status: 400 });
      const ngoStaff = { ...iomStaff, agencyId: 'ngo-migrant-support' };
      expect(
        await refusal(() => record.execute(caseId, second.follow_up_id, { outcome: 'reached' }, ngoStaff)),
      ).toMatchObject({ status: 404 });
    });
  });
});

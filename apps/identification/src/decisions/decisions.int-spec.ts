import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  FinalDecisionRecorded,
  PreliminaryDecisionRecorded,
  ReconsiderationDecided,
  ReconsiderationRequested,
  RecoveryPeriodEnded,
  RecoveryPeriodExtended,
  RecoveryPeriodStarted,
} from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import {
  awaitingFinal,
  decision,
  identificationOver,
  inRecovery,
  officer,
  openedScreening,
  otherOfficer,
  police,
  refusal,
  rows,
  supervisor,
} from '../identification.test-fixture';
import { service } from '../service';
import { CloseScreeningOnWithdrawal } from './commands/close-screening-on-withdrawal';
import { EndRecoveryPeriod } from './commands/end-recovery-period';
import { ExtendRecoveryPeriod } from './commands/extend-recovery-period';
import { RecordFinalDecision } from './commands/record-final-decision';
import { RecordPalermoTest } from './commands/record-palermo-test';
import { RecordPreliminaryDecision } from './commands/record-preliminary-decision';
import { RequestReconsideration } from './commands/request-reconsideration';
import { ReviewFinalDecision } from './commands/review-final-decision';

describe('decision commands against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;
  const screening = async (caseId: string) =>
    (
      await rows<{ status: string; recovery_starts_on: string | null; recovery_ends_on: string | null }>(
        app,
        `SELECT status, recovery_starts_on::text, recovery_ends_on::text FROM screening WHERE case_id = $1`,
        [caseId],
      )
    )[0];
  const deadlines = (caseId: string) =>
    rows(app, `SELECT kind, status FROM deadline WHERE case_id = $1 ORDER BY created_at, kind`, [caseId]);

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'identification_decisions');
    app = await identificationOver(schema);
  });

  afterAll(async () => {
    await app.close();
    await schema.close();
  });

  describe('RecordPreliminaryDecision', () => {
    it('starts the recovery period on a positive decision, meets the deadline and tells the others', async () => {
      const caseId = await openedScreening(app);
      expect(await app.get(RecordPreliminaryDecision).execute(caseId, decision('positive'), officer)).toEqual(
        {
          status: 'in_recovery',
        },
      );
      const row = await screening(caseId);
      expect(row).toMatchObject({ status: 'in_recovery', recovery_starts_on: expect.any(String) });
      expect(row?.recovery_ends_on).not.toBeNull();
      expect(await deadlines(caseId)).toEqual([
        { kind: 'preliminary_decision', status: 'met' },
        { kind: 'recovery_period_end', status: 'pending' },
      ]);
      const [sealed] = await rows<{ reasons_sealed: string; review: string | null }>(
        app,
        `SELECT reasons_sealed, review FROM decision WHERE case_id = $1`,
        [caseId],
      );
      expect(sealed?.reasons_sealed).not.toContain('reasons');
      expect(sealed?.review).toBeNull();
      expect(await schema.published(PreliminaryDecisionRecorded.type)).toContain(caseId);
      expect(await schema.published(RecoveryPeriodStarted.type)).toContain(caseId);
    });

    it("refuses another agency's officer (404) and a second decision (409)", async () => {
      const caseId = await openedScreening(app);
      expect(
        (
          await refusal(
            app.get(RecordPreliminaryDecision).execute(caseId, decision('negative'), otherOfficer),
          )
        ).status,
      ).toBe(404);
      await app.get(RecordPreliminaryDecision).execute(caseId, decision('negative'), officer);
      expect(await screening(caseId)).toMatchObject({ status: 'not_presumed', recovery_ends_on: null });
      expect(
        (await refusal(app.get(RecordPreliminaryDecision).execute(caseId, decision('positive'), officer)))
          .status,
      ).toBe(409);
    });
  });

  describe('ExtendRecoveryPeriod', () => {
    it('moves the end of the recovery period and records why', async () => {
      const caseId = await inRecovery(app);
      const before = (await screening(caseId))?.recovery_ends_on;
      await app
        .get(ExtendRecoveryPeriod)
        .execute(caseId, { days: 30, reason: 'health', note: 'hospital stay' }, officer);
      const after = (await screening(caseId))?.recovery_ends_on;
      expect(after && before && after > before).toBe(true);
      const [extension] = await rows<{ days: number; note_sealed: string }>(
        app,
        `SELECT days, note_sealed FROM recovery_extension WHERE case_id = $1`,
        [caseId],
      );
      expect(extension?.days).toBe(30);
      expect(extension?.note_sealed).not.toContain('hospital');
      expect(await schema.published(RecoveryPeriodExtended.type)).toContain(caseId);
    });

    it('refuses a screening without a recovery period (409)', async () => {
      const caseId = await openedScreening(app);
      const problem = await refusal(
        app.get(ExtendRecoveryPeriod).execute(caseId, { days: 10, reason: 'other' }, officer),
      );
      expect(problem.status).toBe(409);
    });
  });

  describe('EndRecoveryPeriod', () => {
    it('makes the final decision due when the recovery period ends', async () => {
      const caseId = await awaitingFinal(app);
      expect((await screening(caseId))?.status).toBe('awaiting_final');
      expect(await schema.published(RecoveryPeriodEnded.type)).toContain(caseId);
    });

    it('leaves a screening without a recovery period as it is', async () => {
      const caseId = await openedScreening(app);
      await app.get(DataSource).transaction((m) => app.get(EndRecoveryPeriod).execute(m, caseId, new Date()));
      expect((await screening(caseId))?.status).toBe('open');
    });
  });

  describe('RecordFinalDecision', () => {
    it('confirms at once on a positive decision', async () => {
      const caseId = await awaitingFinal(app);
      expect(await app.get(RecordFinalDecision).execute(caseId, decision('positive'), officer)).toEqual({
        status: 'confirmed',
      });
      expect(await schema.published(FinalDecisionRecorded.type)).toContain(caseId);
    });

    it('refuses a final decision during the recovery period (409)', async () => {
      const caseId = await inRecovery(app);
      expect(
        (await refusal(app.get(RecordFinalDecision).execute(caseId, decision('positive'), officer))).status,
      ).toBe(409);
    });
  });

  describe('ReviewFinalDecision', () => {
    it('needs a second reviewer for a negative final decision, then announces it', async () => {
      const caseId = await awaitingFinal(app);
      await app.get(RecordFinalDecision).execute(caseId, decision('negative'), officer);
      expect((await screening(caseId))?.status).toBe('final_negative_pending_approval');
      expect(await schema.published(FinalDecisionRecorded.type)).not.toContain(caseId);
      expect(
        (await refusal(app.get(ReviewFinalDecision).execute(caseId, { approve: true }, officer))).status,
      ).toBe(409);
      await app.get(ReviewFinalDecision).execute(caseId, { approve: true, note: 'agreed' }, supervisor);
      expect((await screening(caseId))?.status).toBe('not_confirmed');
      expect(
        await rows(
          app,
          `SELECT review, reviewed_by_user FROM decision WHERE case_id = $1 AND stage = 'final'`,
          [caseId],
        ),
      ).toEqual([{ review: 'approved', reviewed_by_user: supervisor.userId }]);
      expect(await schema.published(FinalDecisionRecorded.type)).toContain(caseId);
    });
  });

  describe('RequestReconsideration', () => {
    it('lets the referrer ask with new information, with a deadline, and decides it as a reconsideration', async () => {
      const caseId = await openedScreening(app);
      await app.get(RecordPreliminaryDecision).execute(caseId, decision('negative'), officer);
      await app.get(RequestReconsideration).execute(caseId, { newInformation: 'a new witness' }, police);
      expect((await screening(caseId))?.status).toBe('reconsidering_preliminary');
      expect(await deadlines(caseId)).toContainEqual({ kind: 'reconsideration', status: 'pending' });
      expect(await schema.published(ReconsiderationRequested.type)).toContain(caseId);
      await app.get(RecordPreliminaryDecision).execute(caseId, decision('positive'), officer);
      expect(await deadlines(caseId)).toContainEqual({ kind: 'reconsideration', status: 'met' });
      expect(await schema.published(ReconsiderationDecided.type)).toContain(caseId);
    });

    it('refuses an agency that is neither the referrer nor a provider of the case (404)', async () => {
      const caseId = await openedScreening(app);
      await app.get(RecordPreliminaryDecision).execute(caseId, decision('negative'), officer);
      const stranger = { ...police, agencyId: 'kw-moi-immigration' };
      expect(
        (await refusal(app.get(RequestReconsideration).execute(caseId, { newInformation: 'x' }, stranger)))
          .status,
      ).toBe(404);
    });
  });

  describe('RecordPalermoTest', () => {
    it('records the three elements with the evidence sealed and changes no state', async () => {
      const caseId = await openedScreening(app);
      const element = (present: boolean) => ({ present, evidence: 'interview notes' });
      const result = await app
        .get(RecordPalermoTest)
        .execute(caseId, { act: element(true), means: element(true), purpose: element(true) }, officer);
      expect(result.satisfied).toBe(true);
      const [test] = await rows<{ satisfied: boolean; evidence_sealed: string }>(
        app,
        `SELECT satisfied, evidence_sealed FROM palermo_assessment WHERE case_id = $1`,
        [caseId],
      );
      expect(test?.satisfied).toBe(true);
      expect(test?.evidence_sealed).not.toContain('interview');
      expect((await screening(caseId))?.status).toBe('open');
    });
  });

  describe('CloseScreeningOnWithdrawal', () => {
    it('closes an undecided screening and cancels its deadlines', async () => {
      const caseId = await openedScreening(app);
      await app.get(DataSource).transaction((m) => app.get(CloseScreeningOnWithdrawal).execute(m, caseId));
      expect((await screening(caseId))?.status).toBe('closed');
      expect(await deadlines(caseId)).toEqual([{ kind: 'preliminary_decision', status: 'cancelled' }]);
    });
  });
});

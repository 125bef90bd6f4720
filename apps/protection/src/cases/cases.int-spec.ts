import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ProtectionCaseClosed,
  ProtectionCaseOpened,
  ProtectionLeadChanged,
  DisclosureStopped,
} from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import {
  ADULT_SHELTER,
  ngoWorker,
  plannedCase,
  police,
  protectionOver,
  referredCase,
  refusal,
  rows,
  supervisor,
  worker,
} from '../protection.test-fixture';
import { service } from '../service';
import { ReferToService } from '../services/commands/refer-to-service';
import { RequestPlacement } from '../shelters/commands/request-placement';
import { HandOverLead } from './commands/hand-over-lead';
import { RecordCaseFacts } from './commands/record-case-facts';
import { RequestClosure } from './commands/request-closure';
import { ReviewClosure } from './commands/review-closure';
import { CaseDetail } from './queries/case-detail';
import { CaseList } from './queries/case-list';

const otherSupervisor = { ...supervisor, userId: 'sup-2' };

describe('case commands against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'protection_cases');
    app = await protectionOver(schema);
  });

  afterAll(async () => {
    await app.close();
    await schema.close();
  });

  describe('RecordCaseFacts', () => {
    it('keeps an adult without urgent risk awaiting, and opens the case on a positive preliminary decision', async () => {
      const caseId = await referredCase(app, { urgentRisk: false });
      expect(await rows(app, `SELECT status FROM protection_case WHERE case_id = $1`, [caseId])).toEqual([
        { status: 'awaiting' },
      ]);
      expect(await schema.published(ProtectionCaseOpened.type)).not.toContain(caseId);
      const at = new Date('2027-03-01T08:00:00Z');
      await app
        .get(DataSource)
        .transaction((manager) =>
          app.get(RecordCaseFacts).execute(manager, { caseId, presumedVictim: true }, at),
        );
      expect(
        await rows(
          app,
          `SELECT status, opened_because, opened_at, urgent_risk FROM protection_case WHERE case_id = $1`,
          [caseId],
        ),
      ).toEqual([{ status: 'open', opened_because: 'presumed_victim', opened_at: at, urgent_risk: false }]);
      expect(await schema.published(ProtectionCaseOpened.type)).toContain(caseId);
    });

    it('opens a child’s case at once, once, whatever comes after', async () => {
      const caseId = await referredCase(app, { personIsChild: true, urgentRisk: false });
      await app
        .get(DataSource)
        .transaction((manager) =>
          app.get(RecordCaseFacts).execute(manager, { caseId, presumedVictim: true }, new Date()),
        );
      expect(
        await rows(app, `SELECT opened_because FROM protection_case WHERE case_id = $1`, [caseId]),
      ).toEqual([{ opened_because: 'child' }]);
      expect((await schema.published(ProtectionCaseOpened.type)).filter((s) => s === caseId)).toHaveLength(1);
    });
  });

  describe('HandOverLead', () => {
    it('hands the lead to another protection agency, which then manages the case', async () => {
      const caseId = await referredCase(app);
      expect(
        await app.get(HandOverLead).execute(caseId, { agencyId: 'ngo-migrant-support' }, supervisor),
      ).toEqual({
        caseId,
        leadAgencyId: 'ngo-migrant-support',
      });
      expect(
        await rows(app, `SELECT lead_agency_id FROM protection_case WHERE case_id = $1`, [caseId]),
      ).toEqual([{ lead_agency_id: 'ngo-migrant-support' }]);
      expect(await schema.published(ProtectionLeadChanged.type)).toContain(caseId);
      expect(await app.get(CaseDetail).execute(caseId, ngoWorker)).toMatchObject({
        leadAgencyId: 'ngo-migrant-support',
      });
      expect(await refusal(() => app.get(CaseDetail).execute(caseId, worker))).toMatchObject({ status: 404 });
    });

    it('refuses a case worker, an agency that does no protection work, and the agency that no longer leads', async () => {
      const caseId = await referredCase(app);
      const handOver = (agencyId: string, actor = supervisor) =>
        refusal(() => app.get(HandOverLead).execute(caseId, { agencyId }, actor));
      expect(await handOver('ngo-migrant-support', worker)).toMatchObject({ status: 403 });
      expect(await handOver('kw-moi-police')).toMatchObject({ status: 400 });
      await app.get(HandOverLead).execute(caseId, { agencyId: 'iom-kuwait' }, supervisor);
      expect(await handOver('ngo-migrant-support')).toMatchObject({ status: 404 });
    });
  });

  describe('RequestClosure and ReviewClosure', () => {
    it('closes on a second supervisor’s approval: needs withdrawn, referrals stopped, providers told', async () => {
      const caseId = await plannedCase(app);
      await app
        .get(ReferToService)
        .execute(caseId, { needType: 'legal_aid', providerAgencyId: 'ngo-migrant-support' }, worker);
      expect(
        await refusal(() => app.get(RequestClosure).execute(caseId, { reason: 'lost_contact' }, worker)),
      ).toMatchObject({ status: 409 });
      expect(
        await app
          .get(RequestClosure)
          .execute(caseId, { reason: 'deceased', note: 'hospital report' }, supervisor),
      ).toEqual({ status: 'closure_requested' });
      const [requested] = await rows<{ closure_note_sealed: string }>(
        app,
        `SELECT status, closure_reason, closure_note_sealed, closure_requested_by FROM protection_case WHERE case_id = $1`,
        [caseId],
      );
      expect(requested).toMatchObject({
        status: 'closure_requested',
        closure_reason: 'deceased',
        closure_requested_by: 'sup-1',
      });
      expect(requested.closure_note_sealed).not.toContain('hospital');
      expect(await refusal(() => app.get(ReviewClosure).execute(caseId, true, supervisor))).toMatchObject({
        status: 409,
      });
      expect(await app.get(ReviewClosure).execute(caseId, true, otherSupervisor)).toEqual({
        status: 'closed',
      });
      expect(await rows(app, `SELECT DISTINCT status FROM need WHERE case_id = $1`, [caseId])).toEqual([
        { status: 'withdrawn' },
      ]);
      expect(await rows(app, `SELECT status FROM service_referral WHERE case_id = $1`, [caseId])).toEqual([
        { status: 'stopped' },
      ]);
      expect(await schema.published(DisclosureStopped.type)).toContain(caseId);
      expect(await schema.published(ProtectionCaseClosed.type)).toContain(caseId);
    });

    it('refuses closure while the person holds a shelter bed; a rejected closure opens the case again', async () => {
      const caseId = await referredCase(app);
      await app.get(RequestPlacement).execute(caseId, { shelterId: ADULT_SHELTER }, worker);
      expect(
        await refusal(() => app.get(RequestClosure).execute(caseId, { reason: 'deceased' }, worker)),
      ).toMatchObject({ status: 409 });
      const other = await referredCase(app);
      await app.get(RequestClosure).execute(other, { reason: 'lost_contact' }, worker);
      expect(await app.get(ReviewClosure).execute(other, false, supervisor)).toEqual({ status: 'open' });
      expect(
        await rows(
          app,
          `SELECT status, closure_reason, closure_requested_by FROM protection_case WHERE case_id = $1`,
          [other],
        ),
      ).toEqual([{ status: 'open', closure_reason: null, closure_requested_by: null }]);
      expect(await schema.published(ProtectionCaseClosed.type)).not.toContain(other);
    });
  });

  describe('CaseList and CaseDetail', () => {
    it('lists the agency’s open cases and tells another agency’s supervisor nothing', async () => {
      const caseId = await plannedCase(app);
      const { items } = await app.get(CaseList).execute(worker);
      expect(items).toContainEqual(expect.objectContaining({ caseId, status: 'open', urgentRisk: true }));
      expect(await app.get(CaseDetail).execute(caseId, worker)).toMatchObject({
        caseId,
        leadAgencyId: 'kw-shelter-gov',
        needs: [
          expect.objectContaining({ needType: 'psychosocial', priority: 'high', status: 'open' }),
          expect.objectContaining({ needType: 'legal_aid', priority: 'normal', status: 'open' }),
        ],
      });
      expect(await refusal(() => app.get(CaseDetail).execute(caseId, police))).toMatchObject({ status: 404 });
      expect(await refusal(() => app.get(CaseList).execute(worker, 'lost'))).toMatchObject({ status: 400 });
    });
  });
});

import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  DisclosureStopped,
  ServiceReferralAccepted,
  ServiceReferralCompleted,
  ServiceReferralDeclined,
  ServiceReferred,
} from '@nrm/contracts';
import type { ServiceReferralRequest } from '@nrm/api-contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import {
  ngoStaff,
  plannedCase,
  protectionOver,
  refusal,
  rows,
  supervisor,
  worker,
} from '../protection.test-fixture';
import { service } from '../service';
import { AnswerServiceReferral } from './commands/answer-service-referral';
import { ApplySharingConsent } from './commands/apply-sharing-consent';
import { ReferToService } from './commands/refer-to-service';
import { ProviderReferrals } from './queries/provider-referrals';

const legalAid: ServiceReferralRequest = { needType: 'legal_aid', providerAgencyId: 'ngo-migrant-support' };

describe('service referral commands against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;
  const refer = (caseId: string, request = legalAid, actor = worker) =>
    app.get(ReferToService).execute(caseId, request, actor);

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'protection_referrals');
    app = await protectionOver(schema);
  });

  afterAll(async () => {
    await app.close();
    await schema.close();
  });

  describe('ReferToService', () => {
    it('writes a pending referral on the person’s consent, at the need’s priority, and tells the provider', async () => {
      const caseId = await plannedCase(app);
      const referred = await refer(caseId);
      expect(referred).toEqual({
        serviceReferralId: expect.any(String),
        status: 'pending',
        disclosureBasis: 'consent',
      });
      expect(
        await rows(
          app,
          `SELECT provider_id, need_type, priority, status, disclosure_basis, override_reason_sealed, referred_by
             FROM service_referral WHERE service_referral_id = $1`,
          [referred.serviceReferralId],
        ),
      ).toEqual([
        {
          provider_id: 'ngo-migrant-support',
          need_type: 'legal_aid',
          priority: 'normal',
          status: 'pending',
          disclosure_basis: 'consent',
          override_reason_sealed: null,
          referred_by: 'worker-1',
        },
      ]);
      expect(await schema.published(ServiceReferred.type)).toContain(caseId);
    });

    it('refuses an unknown provider, a service it does not offer, a need not in the plan, a second open referral, and an override by a case worker', async () => {
      const caseId = await plannedCase(app);
      expect(await refusal(() => refer(caseId, { ...legalAid, providerAgencyId: 'nobody' }))).toMatchObject({
        status: 400,
      });
      expect(await refusal(() => refer(caseId, { ...legalAid, needType: 'medical' }))).toMatchObject({
        status: 400,
      });
      expect(
        await refusal(() =>
          refer(caseId, { needType: 'livelihood', providerAgencyId: 'ngo-migrant-support' }),
        ),
      ).toMatchObject({ status: 409 });
      await refer(caseId);
      expect(await refusal(() => refer(caseId))).toMatchObject({ status: 409 });
      expect(
        await refusal(() => refer(caseId, { ...legalAid, override: { reason: 'urgent hearing' } })),
      ).toMatchObject({ status: 403 });
      expect(await rows(app, `SELECT 1 FROM service_referral WHERE case_id = $1`, [caseId])).toHaveLength(1);
    });

    it('lets a supervisor refer without consent, the reason sealed', async () => {
      const caseId = await plannedCase(app, { sharingAgencyTypes: [] });
      expect(await refusal(() => refer(caseId))).toMatchObject({ status: 409 });
      const referred = await refer(
        caseId,
        { ...legalAid, override: { reason: 'urgent hearing' } },
        supervisor,
      );
      expect(referred.disclosureBasis).toBe('supervisor_override');
      const [row] = await rows<{ override_reason_sealed: string }>(
        app,
        `SELECT override_reason_sealed FROM service_referral WHERE service_referral_id = $1`,
        [referred.serviceReferralId],
      );
      expect(row.override_reason_sealed).toEqual(expect.any(String));
      expect(row.override_reason_sealed).not.toContain('urgent');
    });
  });

  describe('AnswerServiceReferral', () => {
    it('takes the provider’s acceptance and completion (the need met), each told to the others', async () => {
      const caseId = await plannedCase(app);
      const { serviceReferralId } = await refer(caseId);
      const answer = app.get(AnswerServiceReferral);
      expect(await answer.execute(serviceReferralId, 'accept', ngoStaff)).toEqual({
        serviceReferralId,
        status: 'accepted',
      });
      expect(await refusal(() => answer.execute(serviceReferralId, 'accept', ngoStaff))).toMatchObject({
        status: 409,
      });
      await answer.execute(serviceReferralId, 'complete', ngoStaff);
      expect(
        await rows(
          app,
          `SELECT r.status, r.answered_by, r.completed_at IS NOT NULL AS completed, n.status AS need
             FROM service_referral r JOIN need n USING (case_id, need_type) WHERE service_referral_id = $1`,
          [serviceReferralId],
        ),
      ).toEqual([{ status: 'completed', answered_by: 'ngo-2', completed: true, need: 'met' }]);
      expect(await schema.published(ServiceReferralAccepted.type)).toContain(caseId);
      expect(await schema.published(ServiceReferralCompleted.type)).toContain(caseId);
    });

    it('takes a decline with its reason, only from the provider it went to', async () => {
      const caseId = await plannedCase(app);
      const { serviceReferralId } = await refer(caseId);
      const answer = app.get(AnswerServiceReferral);
      expect(await refusal(() => answer.execute(serviceReferralId, 'decline', worker))).toMatchObject({
        status: 403,
      });
      const shelterStaff = { ...ngoStaff, agencyId: 'kw-shelter-gov' };
      expect(await refusal(() => answer.execute(serviceReferralId, 'decline', shelterStaff))).toMatchObject({
        status: 404,
      });
      await answer.execute(serviceReferralId, 'decline', ngoStaff, 'no_capacity');
      expect(
        await rows(
          app,
          `SELECT status, decline_reason FROM service_referral WHERE service_referral_id = $1`,
          [serviceReferralId],
        ),
      ).toEqual([{ status: 'declined', decline_reason: 'no_capacity' }]);
      expect(await schema.published(ServiceReferralDeclined.type)).toContain(caseId);
      const { items } = await app.get(ProviderReferrals).execute(ngoStaff, 'declined');
      expect(items).toContainEqual(
        expect.objectContaining({
          serviceReferralId,
          caseId,
          status: 'declined',
          declineReason: 'no_capacity',
        }),
      );
    });
  });

  describe('ApplySharingConsent', () => {
    it('stops the referrals made on consent the person withdrew, and tells their providers', async () => {
      const caseId = await plannedCase(app);
      const { serviceReferralId } = await refer(caseId);
      await app
        .get(DataSource)
        .transaction((manager) =>
          app.get(ApplySharingConsent).execute(manager, caseId, ['shelter'], new Date()),
        );
      expect(
        await rows(app, `SELECT status FROM service_referral WHERE service_referral_id = $1`, [
          serviceReferralId,
        ]),
      ).toEqual([{ status: 'stopped' }]);
      expect(
        await rows(app, `SELECT sharing_agency_types FROM protection_case WHERE case_id = $1`, [caseId]),
      ).toEqual([{ sharing_agency_types: ['shelter'] }]);
      expect(await schema.published(DisclosureStopped.type)).toContain(caseId);
      const { items } = await app.get(ProviderReferrals).execute(ngoStaff);
      expect(items.map((i) => i.serviceReferralId)).not.toContain(serviceReferralId);
    });
  });
});

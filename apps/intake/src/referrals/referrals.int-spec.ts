import type { INestApplicationContext } from '@nestjs/common';
import { ReferralAmended, ReferralReceived, ReferralWithdrawn, UrgentRiskRaised } from '@nrm/contracts';
import { PersonalDataErased } from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { authority, immigration, intakeOver, police, referralRequest, refusal } from '../intake.test-fixture';
import { service } from '../service';
import { AmendReferral } from './commands/amend-referral';
import { ErasePersonalData } from './commands/erase-personal-data';
import { RegisterReferral } from './commands/register-referral';
import { WithdrawReferral } from './commands/withdraw-referral';
import { OwnReferrals } from './queries/own-referrals';
import { ReferralStatus } from './queries/referral-status';
import { ReferralVersions } from './queries/referral-versions';
import { ReferralRepository } from './referral.repository';

describe('referral commands against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let intake: INestApplicationContext;
  const count = async (table: string, caseId: string): Promise<number> =>
    (await schema.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE case_id = $1`, [caseId]))[0]
      .n;
  const referral = (caseId: string) => intake.get(ReferralRepository).find(schema.dataSource, caseId);
  const register = (...args: Parameters<typeof referralRequest>) =>
    intake.get(RegisterReferral).execute(referralRequest(...args), police);

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'intake_referrals');
    intake = await intakeOver(schema);
  });

  afterAll(async () => {
    await intake.close();
    await schema.close();
  });

  describe('RegisterReferral', () => {
    it('writes the referral with its personal data sealed, the consent per purpose and the fingerprints', async () => {
      const accepted = await register({ names: { latin: 'Yusuf Karim Haddad' } });
      expect(accepted).toMatchObject({ status: 'received', handledAsChild: false });
      expect(accepted.caseReference).toMatch(/^KW-\d{4}-[2-9A-Z]{6}$/);
      const row = await referral(accepted.caseId);
      expect(row).toMatchObject({
        case_reference: accepted.caseReference,
        status: 'received',
        version: 1,
        referring_agency_id: 'kw-moi-police',
        encountered_on: new Date().toISOString().slice(0, 10),
        nationalities: ['EG'],
        age_band: expect.any(String),
        attachments: [],
        personal_data_erased_at: null,
      });
      expect(row?.person_sealed).not.toContain('Haddad');
      expect(row?.encounter_place_sealed).not.toContain('Jleeb');
      const sealer = await schema.dataSource.transaction((m) => schema.keyring.sealerFor(m, accepted.caseId));
      expect(sealer.openJson<{ names: { latin: string } }>(row!.person_sealed).names.latin).toBe(
        'Yusuf Karim Haddad',
      );
      expect(await count('consent_record', accepted.caseId)).toBe(3);
      expect(await count('person_fingerprint', accepted.caseId)).toBeGreaterThan(0);
      expect(await schema.published(ReferralReceived.type)).toContain(accepted.caseId);
      expect(await schema.published(UrgentRiskRaised.type)).not.toContain(accepted.caseId);
    });

    it('raises the urgent risk alert with the referral when the person is in danger', async () => {
      const accepted = await register({}, { immediateRisks: ['danger_to_life'] });
      expect(accepted.requiresImmediateProtection).toBe(true);
      expect(await schema.published(UrgentRiskRaised.type)).toContain(accepted.caseId);
    });

    it("refuses an adult's referral without consent, and anyone but a first responder", async () => {
      const before = (await schema.published(ReferralReceived.type)).length;
      const noConsent = referralRequest({}, { consent: { referral: false, language: 'ar' } });
      expect(await refusal(intake.get(RegisterReferral).execute(noConsent, police))).toMatchObject({
        status: 400,
        errors: [expect.objectContaining({ field: 'consent.referral' })],
      });
      expect(await refusal(intake.get(RegisterReferral).execute(referralRequest(), authority))).toMatchObject(
        {
          status: 403,
        },
      );
      expect(await schema.published(ReferralReceived.type)).toHaveLength(before);
    });
  });

  describe('AmendReferral', () => {
    it('keeps the previous content sealed in a version row and tells the other services', async () => {
      const { caseId } = await register({ names: { latin: 'Omar Said Nasser' } });
      const answer = await intake
        .get(AmendReferral)
        .execute(caseId, { reason: 'wrong risk', immediateRisks: ['medical_urgency'] } as never, police);
      expect(answer).toEqual({ version: 2 });
      expect(await referral(caseId)).toMatchObject({
        version: 2,
        immediate_risks: ['medical_urgency'],
        updated_at: expect.any(Date),
        encountered_on: new Date().toISOString().slice(0, 10),
      });
      const versions = await intake.get(ReferralVersions).execute(caseId, police);
      expect(versions.items).toEqual([
        expect.objectContaining({
          version: 2,
          changedByAgencyId: 'kw-moi-police',
          changedSections: ['immediateRisks'],
        }),
      ]);
      expect(await schema.published(ReferralAmended.type)).toContain(caseId);
      expect(await schema.published(UrgentRiskRaised.type)).toContain(caseId);
    });

    it('refuses an empty amendment, and answers another agency as if there were no case', async () => {
      const { caseId } = await register();
      expect(
        await refusal(intake.get(AmendReferral).execute(caseId, { reason: 'x' } as never, police)),
      ).toMatchObject({ status: 400 });
      const change = { reason: 'x', immediateRisks: [] } as never;
      expect(await refusal(intake.get(AmendReferral).execute(caseId, change, immigration))).toMatchObject({
        status: 404,
      });
      expect(await count('referral_version', caseId)).toBe(0);
    });
  });

  describe('WithdrawReferral', () => {
    it('withdraws with the reason sealed, once', async () => {
      const { caseId } = await register();
      await intake.get(WithdrawReferral).execute(caseId, { reason: 'referred in error' }, police);
      const row = await referral(caseId);
      expect(row).toMatchObject({ status: 'withdrawn', withdrawn_by_user: 'officer-1' });
      expect(row?.withdrawal_reason_sealed).not.toContain('referred in error');
      expect(await schema.published(ReferralWithdrawn.type)).toContain(caseId);
      expect(
        await refusal(intake.get(WithdrawReferral).execute(caseId, { reason: 'again' }, police)),
      ).toMatchObject({ status: 409 });
    });
  });

  describe('ErasePersonalData', () => {
    it("destroys the case's key and fingerprints, keeping the case, once", async () => {
      const { caseId } = await register();
      const answer = await intake
        .get(ErasePersonalData)
        .execute(caseId, { legalBasis: 'unfounded_referral' } as never, authority);
      expect(answer).toMatchObject({ caseId, legalBasis: 'unfounded_referral' });
      expect(await referral(caseId)).toMatchObject({
        personal_data_erased_at: expect.any(Date),
        erased_by_agency: 'kw-nrm-competent-authority',
      });
      expect(await count('person_fingerprint', caseId)).toBe(0);
      expect(await schema.dataSource.transaction((m) => schema.keyring.isShredded(m, caseId))).toBe(true);
      expect(await schema.published(PersonalDataErased.type)).toContain(caseId);
      expect(
        await refusal(
          intake
            .get(ErasePersonalData)
            .execute(caseId, { legalBasis: 'unfounded_referral' } as never, authority),
        ),
      ).toMatchObject({ status: 409 });
    });

    it('refuses a court order without its reference, and anyone but the competent authority', async () => {
      const { caseId } = await register();
      const erase = intake.get(ErasePersonalData);
      expect(
        await refusal(erase.execute(caseId, { legalBasis: 'court_order' } as never, authority)),
      ).toMatchObject({
        status: 400,
        errors: [expect.objectContaining({ field: 'authorityReference' })],
      });
      const policeSupervisor = { ...police, role: 'supervisor' as const };
      expect(
        await refusal(erase.execute(caseId, { legalBasis: 'unfounded_referral' } as never, policeSupervisor)),
      ).toMatchObject({ status: 403 });
      expect((await referral(caseId))?.personal_data_erased_at).toBeNull();
    });
  });

  describe('queries', () => {
    it("shows the referring agency its referrals' status, newest first", async () => {
      const { caseId } = await register();
      const status = await intake.get(ReferralStatus).execute(caseId, police);
      expect(status).toMatchObject({ caseId, status: 'received', duplicateStatus: expect.any(String) });
      expect(status.consent).toEqual({ referral_and_services: true, data_sharing: true, statistics: true });
      const own = await intake.get(OwnReferrals).execute(police, { limit: '2' });
      expect(own.items).toHaveLength(2);
      expect(own.items[0].caseId).toBe(caseId);
      expect(await refusal(intake.get(OwnReferrals).execute(police, { limit: '0' }))).toMatchObject({
        status: 400,
      });
    });
  });
});

import type { INestApplicationContext } from '@nestjs/common';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { authority, intakeOver, police, referralRequest, refusal } from '../intake.test-fixture';
import { ErasePersonalData } from '../referrals/commands/erase-personal-data';
import { RegisterReferral } from '../referrals/commands/register-referral';
import { service } from '../service';
import { OverrideDisclosure } from './commands/override-disclosure';
import { PersonalDetails } from './queries/personal-details';

describe('personal data against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let intake: INestApplicationContext;
  const overrides = (caseId: string) =>
    schema.dataSource.query(
      `SELECT agency_id, reason_sealed, granted_by_agency FROM disclosure_override WHERE case_id = $1`,
      [caseId],
    );
  const register = () =>
    intake.get(RegisterReferral).execute(
      referralRequest({
        names: { latin: 'Rami Khoury' },
        documents: [{ type: 'passport', number: 'A1234567', issuingCountry: 'EG' }],
      } as never),
      police,
    );

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'intake_personal_data');
    intake = await intakeOver(schema);
  });

  afterAll(async () => {
    await intake.close();
    await schema.close();
  });

  it("opens the person's details for the referring agency", async () => {
    const { caseId } = await register();
    const details = await intake.get(PersonalDetails).execute(caseId, police);
    expect(details).toMatchObject({ caseId, view: 'full' });
    expect(details.details).toMatchObject({
      names: { latin: 'Rami Khoury' },
      encounterPlace: 'Jleeb Al-Shuyoukh, block 4',
    });
  });

  describe('OverrideDisclosure', () => {
    it('records the override for one agency with its reason sealed', async () => {
      const { caseId } = await register();
      const answer = await intake
        .get(OverrideDisclosure)
        .execute(caseId, { agencyId: 'kw-moi-immigration', reason: 'Deportation pending' }, authority);
      expect(answer).toMatchObject({ caseId, agencyId: 'kw-moi-immigration' });
      const rows = await overrides(caseId);
      expect(rows).toEqual([
        expect.objectContaining({
          agency_id: 'kw-moi-immigration',
          granted_by_agency: 'kw-nrm-competent-authority',
        }),
      ]);
      expect(rows[0].reason_sealed).not.toContain('Deportation');
    });

    it('refuses an agency outside the directory, anyone but the competent authority, and an erased case', async () => {
      const { caseId } = await register();
      const override = intake.get(OverrideDisclosure);
      expect(
        await refusal(override.execute(caseId, { agencyId: 'nobody', reason: 'r' }, authority)),
      ).toMatchObject({
        status: 400,
      });
      const policeSupervisor = { ...police, role: 'supervisor' as const };
      expect(
        await refusal(
          override.execute(caseId, { agencyId: 'kw-moi-immigration', reason: 'r' }, policeSupervisor),
        ),
      ).toMatchObject({ status: 403 });
      await intake
        .get(ErasePersonalData)
        .execute(caseId, { legalBasis: 'unfounded_referral' } as never, authority);
      expect(
        await refusal(override.execute(caseId, { agencyId: 'kw-moi-immigration', reason: 'r' }, authority)),
      ).toMatchObject({ status: 410 });
      expect(await overrides(caseId)).toEqual([]);
    });
  });
});

import type { INestApplicationContext } from '@nestjs/common';
import { ConsentChanged } from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { authority, immigration, intakeOver, police, referralRequest, refusal } from '../intake.test-fixture';
import { RegisterReferral } from '../referrals/commands/register-referral';
import { WithdrawReferral } from '../referrals/commands/withdraw-referral';
import { service } from '../service';
import { RecordConsent } from './commands/record-consent';
import { CurrentConsent } from './queries/current-consent';

describe('consent commands against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let intake: INestApplicationContext;
  const records = async (caseId: string) =>
    (
      await schema.dataSource.query(
        `SELECT purpose, granted, sharing_agency_types, recorded_by_agency, interpreter_sealed
           FROM consent_record WHERE case_id = $1 ORDER BY recorded_at, purpose`,
        [caseId],
      )
    ).map((r: Record<string, unknown>) => r);
  const register = () => intake.get(RegisterReferral).execute(referralRequest(), police);

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'intake_consent');
    intake = await intakeOver(schema);
  });

  afterAll(async () => {
    await intake.close();
    await schema.close();
  });

  describe('RecordConsent', () => {
    it('appends the change, the interpreter sealed, and tells the other services', async () => {
      const { caseId } = await register();
      const current = await intake
        .get(RecordConsent)
        .execute(
          caseId,
          { purpose: 'statistics', granted: false, language: 'ar', interpreter: 'Samira Haddad' } as never,
          authority,
        );
      expect(current.find((c) => c.purpose === 'statistics')).toMatchObject({
        granted: false,
        recordedByAgencyId: 'kw-nrm-competent-authority',
      });
      const rows = await records(caseId);
      expect(rows).toHaveLength(4);
      const appended = rows.find(
        (r: { recorded_by_agency: string }) => r.recorded_by_agency === 'kw-nrm-competent-authority',
      );
      expect(appended).toMatchObject({ purpose: 'statistics', granted: false, sharing_agency_types: [] });
      expect(appended.interpreter_sealed).not.toContain('Samira');
      expect(await schema.published(ConsentChanged.type)).toEqual([caseId]);
      expect(await intake.get(CurrentConsent).execute(caseId, police)).toEqual(current);
    });

    it('refuses sharing without agency types, another agency, and a withdrawn referral', async () => {
      const { caseId } = await register();
      const record = intake.get(RecordConsent);
      const sharing = { purpose: 'data_sharing', granted: true, language: 'ar' } as never;
      expect(await refusal(record.execute(caseId, sharing, police))).toMatchObject({
        status: 400,
        errors: [expect.objectContaining({ field: 'sharingAgencyTypes' })],
      });
      const statistics = { purpose: 'statistics', granted: true, language: 'ar' } as never;
      expect(await refusal(record.execute(caseId, statistics, immigration))).toMatchObject({ status: 404 });
      await intake.get(WithdrawReferral).execute(caseId, { reason: 'in error' }, police);
      expect(await refusal(record.execute(caseId, statistics, police))).toMatchObject({ status: 409 });
      expect(await records(caseId)).toHaveLength(3);
    });
  });
});

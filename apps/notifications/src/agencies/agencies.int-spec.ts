import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { actorOf, testAgency } from '../notifications.test-fixture';
import { service } from '../service';
import { AgencyRepository } from './agency.repository';
import { SetAgencyPreferences } from './commands/set-agency-preferences';
import { OwnAgencyPreferences } from './queries/own-agency-preferences';

describe('agency preferences against real PostgreSQL', () => {
  let db: ServiceSchema;
  let setPreferences: SetAgencyPreferences;
  let preferences: OwnAgencyPreferences;

  beforeAll(async () => {
    db = await serviceSchemaForTest(service, 'notify_agencies');
    setPreferences = new SetAgencyPreferences(db.dataSource, new AgencyRepository());
    preferences = new OwnAgencyPreferences(db.dataSource, new AgencyRepository());
  });

  afterAll(() => db.close());

  describe('SetAgencyPreferences', () => {
    it("writes the agency's language and calendar, which its reads then show", async () => {
      const agencyId = await testAgency(db.dataSource);
      const admin = actorOf(agencyId, 'administrator');
      const set = await setPreferences.execute(admin, { language: 'ar', calendar: 'islamic-umalqura' });
      expect(set).toEqual({ agencyId, language: 'ar', calendar: 'islamic-umalqura' });
      expect(
        await db.dataSource.query(`SELECT language, calendar FROM agency WHERE agency_id = $1`, [agencyId]),
      ).toEqual([{ language: 'ar', calendar: 'islamic-umalqura' }]);
      expect(await preferences.execute(actorOf(agencyId, 'supervisor'))).toEqual(set);
    });

    it('refuses other roles and agencies not in the directory', async () => {
      const agencyId = await testAgency(db.dataSource);
      await expect(
        setPreferences.execute(actorOf(agencyId, 'supervisor'), { language: 'ar', calendar: 'gregory' }),
      ).rejects.toMatchObject({ status: 403 });
      await expect(
        setPreferences.execute(actorOf('no-such-agency', 'administrator'), {
          language: 'ar',
          calendar: 'gregory',
        }),
      ).rejects.toMatchObject({ status: 404 });
      await expect(preferences.execute(actorOf('no-such-agency', 'supervisor'))).rejects.toMatchObject({
        status: 404,
      });
      expect(
        await db.dataSource.query(`SELECT language FROM agency WHERE agency_id = $1`, [agencyId]),
      ).toEqual([{ language: 'en' }]);
    });
  });
});

import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { AgencyRepository } from '../agencies/agency.repository';
import { actorOf, testAgency } from '../notifications.test-fixture';
import { service } from '../service';
import { SetEmailEndpoint } from './commands/set-email-endpoint';
import { EmailEndpointRepository } from './email-endpoint.repository';

describe('e-mail endpoints against real PostgreSQL', () => {
  let db: ServiceSchema;
  let setEndpoint: SetEmailEndpoint;
  const addresses = (agencyId: string) =>
    db.dataSource.query(`SELECT address FROM email_endpoint WHERE agency_id = $1`, [agencyId]);

  beforeAll(async () => {
    db = await serviceSchemaForTest(service, 'notify_email');
    setEndpoint = new SetEmailEndpoint(db.dataSource, new AgencyRepository(), new EmailEndpointRepository());
  });

  afterAll(() => db.close());

  describe('SetEmailEndpoint', () => {
    it("writes the agency's mailbox, and replaces it", async () => {
      const agencyId = await testAgency(db.dataSource);
      const admin = actorOf(agencyId, 'administrator');
      expect(await setEndpoint.execute(admin, { address: 'duty@agency.example' })).toEqual({
        agencyId,
        address: 'duty@agency.example',
      });
      await setEndpoint.execute(admin, { address: 'desk@agency.example' });
      expect(await addresses(agencyId)).toEqual([{ address: 'desk@agency.example' }]);
    });

    it('refuses other roles and agencies not in the directory', async () => {
      const agencyId = await testAgency(db.dataSource);
      await expect(
        setEndpoint.execute(actorOf(agencyId, 'supervisor'), { address: 'x@agency.example' }),
      ).rejects.toMatchObject({ status: 403 });
      await expect(
        setEndpoint.execute(actorOf('no-such-agency', 'administrator'), { address: 'x@agency.example' }),
      ).rejects.toMatchObject({ status: 404 });
      expect(await addresses(agencyId)).toEqual([]);
    });
  });
});

import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { actorOf, seedForTest, testAgency } from '../notifications.test-fixture';
import { service } from '../service';
import { ResetSubscription } from './commands/reset-subscription';
import { SubscribeAgency } from './commands/subscribe-agency';
import { AgencySubscriptions } from './queries/agency-subscriptions';
import { RoutingRepository } from './routing.repository';

describe('subscriptions against real PostgreSQL', () => {
  let db: ServiceSchema;
  let subscribe: SubscribeAgency;
  let reset: ResetSubscription;
  let subscriptions: AgencySubscriptions;
  const subscriptionRows = (agencyId: string) =>
    db.dataSource.query(
      `SELECT kind, enabled, roles, channels, updated_by FROM subscription WHERE agency_id = $1 ORDER BY kind`,
      [agencyId],
    );

  beforeAll(async () => {
    db = await serviceSchemaForTest(service, 'notify_routing');
    await seedForTest(db.dataSource);
    const routing = new RoutingRepository();
    subscribe = new SubscribeAgency(db.dataSource, routing);
    reset = new ResetSubscription(db.dataSource, routing);
    subscriptions = new AgencySubscriptions(db.dataSource, routing);
  });

  afterAll(() => db.close());

  describe('SubscribeAgency', () => {
    it("writes the agency's choice for a kind and answers the rule that now applies", async () => {
      const agencyId = await testAgency(db.dataSource);
      const admin = actorOf(agencyId, 'administrator');
      const rule = await subscribe.execute(admin, 'hearing', {
        enabled: false,
        roles: ['prosecutor', 'prosecutor'],
        channels: ['email'],
      });
      expect(rule).toEqual({
        kind: 'hearing',
        mandatory: false,
        customised: true,
        enabled: false,
        roles: ['prosecutor'],
        channels: ['email'],
      });
      expect(await subscriptionRows(agencyId)).toEqual([
        {
          kind: 'hearing',
          enabled: false,
          roles: ['prosecutor'],
          channels: ['email'],
          updated_by: admin.userId,
        },
      ]);
      await subscribe.execute(admin, 'hearing', { enabled: true, roles: [], channels: [] });
      expect(await subscriptionRows(agencyId)).toEqual([
        { kind: 'hearing', enabled: true, roles: [], channels: [], updated_by: admin.userId },
      ]);
      const { subscriptions: rules } = await subscriptions.execute(actorOf(agencyId, 'supervisor'));
      expect(rules.find((r) => r.kind === 'hearing')).toMatchObject({ customised: true, roles: [] });
    });

    it('refuses switching off a mandatory kind, an unknown kind and other roles, writing nothing', async () => {
      const agencyId = await testAgency(db.dataSource);
      const admin = actorOf(agencyId, 'administrator');
      const off = { enabled: false, roles: [], channels: [] };
      await expect(subscribe.execute(admin, 'urgent_risk', off)).rejects.toMatchObject({
        status: 400,
        errors: [{ field: 'enabled', message: 'urgent_risk notifications cannot be switched off' }],
      });
      await expect(subscribe.execute(admin, 'no_such_kind', off)).rejects.toMatchObject({ status: 404 });
      await expect(subscribe.execute(actorOf(agencyId, 'supervisor'), 'hearing', off)).rejects.toMatchObject({
        status: 403,
      });
      expect(await subscriptionRows(agencyId)).toEqual([]);
    });
  });

  describe('ResetSubscription', () => {
    it("removes the agency's choice and answers the default", async () => {
      const agencyId = await testAgency(db.dataSource);
      const admin = actorOf(agencyId, 'administrator');
      await subscribe.execute(admin, 'follow_up_due', { enabled: false, roles: [], channels: [] });
      const rule = await reset.execute(admin, 'follow_up_due');
      expect(rule).toMatchObject({ kind: 'follow_up_due', customised: false, enabled: true });
      expect(await subscriptionRows(agencyId)).toEqual([]);
      // Resetting what was never changed is the default too.
      expect(await reset.execute(admin, 'follow_up_due')).toEqual(rule);
    });

    it('refuses an unknown kind and other roles', async () => {
      const agencyId = await testAgency(db.dataSource);
      await expect(reset.execute(actorOf(agencyId, 'administrator'), 'nope')).rejects.toMatchObject({
        status: 404,
      });
      await expect(reset.execute(actorOf(agencyId, 'analyst'), 'hearing')).rejects.toMatchObject({
        status: 403,
      });
    });
  });
});

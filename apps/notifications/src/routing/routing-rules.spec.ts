import { channelsToQueue, effectiveRule, isAddressedTo, subscriptionRefusal } from './routing-rules';
import type { RoutingDefault } from './routing-rules';

const deadlineBreached: RoutingDefault = {
  kind: 'deadline_breached',
  roles: ['identification_officer', 'supervisor'],
  channels: ['webhook', 'email'],
  mandatory: true,
};
const referralOutcome: RoutingDefault = {
  kind: 'referral_outcome',
  roles: ['first_responder', 'supervisor'],
  channels: ['webhook'],
  mandatory: false,
};

describe('routing rules', () => {
  it('uses the default until the agency subscribes its own way', () => {
    expect(effectiveRule(referralOutcome)).toEqual({
      kind: 'referral_outcome',
      mandatory: false,
      customised: false,
      enabled: true,
      roles: ['first_responder', 'supervisor'],
      channels: ['webhook'],
    });
    const own = effectiveRule(referralOutcome, { enabled: false, roles: ['supervisor'], channels: [] });
    expect(own).toMatchObject({ customised: true, enabled: false, roles: ['supervisor'], channels: [] });
  });

  it('never lets a mandatory kind be switched off', () => {
    expect(subscriptionRefusal(deadlineBreached, { enabled: false, roles: [], channels: [] })).toEqual({
      field: 'enabled',
      message: 'deadline_breached notifications cannot be switched off',
    });
    expect(
      subscriptionRefusal(deadlineBreached, { enabled: true, roles: ['supervisor'], channels: [] }),
    ).toBe(undefined);
    expect(subscriptionRefusal(referralOutcome, { enabled: false, roles: [], channels: [] })).toBe(undefined);
    // Nor routed away from everyone who acts on it.
    expect(
      subscriptionRefusal(deadlineBreached, { enabled: true, roles: ['analyst'], channels: [] }),
    ).toEqual({
      field: 'roles',
      message:
        'deadline_breached notifications must reach at least one of: identification_officer, supervisor',
    });
    // Even a row written around the check stays on.
    expect(effectiveRule(deadlineBreached, { enabled: false, roles: [], channels: [] }).enabled).toBe(true);
  });

  it('addresses a notification to its roles, or to everyone when it names none', () => {
    expect(isAddressedTo(['identification_officer'], 'identification_officer')).toBe(true);
    expect(isAddressedTo(['identification_officer'], 'supervisor')).toBe(false);
    expect(isAddressedTo([], 'service_provider')).toBe(true);
  });

  it('queues only the channels the rule names on which the agency has an endpoint', () => {
    const rule = effectiveRule(deadlineBreached);
    expect(channelsToQueue(rule, { webhook: true, email: false })).toEqual(['webhook']);
    expect(channelsToQueue(rule, { webhook: true, email: true })).toEqual(['webhook', 'email']);
    expect(channelsToQueue(effectiveRule(referralOutcome), { webhook: false, email: true })).toEqual([]);
  });
});

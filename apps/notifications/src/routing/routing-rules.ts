import type { NotificationChannel, NotificationKind, Role } from '@nrm/contracts';

export type ExternalChannel = Exclude<NotificationChannel, 'inbox'>;

/** The seeded default for a kind of notification. */
export interface RoutingDefault {
  kind: NotificationKind;
  roles: Role[];
  channels: ExternalChannel[];
  /** A mandatory kind (urgent risk, breached deadline) cannot be switched off by an agency. */
  mandatory: boolean;
}

/** An agency's own choice for a kind, replacing the default. */
export interface Subscription {
  enabled: boolean;
  roles: Role[];
  channels: ExternalChannel[];
}

/** What applies to one agency for one kind. */
export interface RoutingRule extends Subscription {
  kind: NotificationKind;
  mandatory: boolean;
  /** True when the agency changed the default. */
  customised: boolean;
}

export function effectiveRule(defaults: RoutingDefault, subscription?: Subscription): RoutingRule {
  const chosen = subscription ?? { enabled: true, roles: defaults.roles, channels: defaults.channels };
  return {
    kind: defaults.kind,
    mandatory: defaults.mandatory,
    customised: subscription !== undefined,
    enabled: chosen.enabled || defaults.mandatory,
    roles: [...new Set(chosen.roles)],
    channels: [...new Set(chosen.channels)],
  };
}

/** Why an agency may not make this change, or undefined when it may. */
export function subscriptionRefusal(
  defaults: RoutingDefault,
  change: Subscription,
): { field: 'enabled' | 'roles'; message: string } | undefined {
  if (defaults.mandatory && !change.enabled) {
    return { field: 'enabled', message: `${defaults.kind} notifications cannot be switched off` };
  }
  // Routing a mandatory kind away from everyone who acts on it would switch it off too.
  if (
    defaults.mandatory &&
    change.roles.length > 0 &&
    defaults.roles.length > 0 &&
    !change.roles.some((role) => defaults.roles.includes(role))
  ) {
    return {
      field: 'roles',
      message: `${defaults.kind} notifications must reach at least one of: ${defaults.roles.join(', ')}`,
    };
  }
  return undefined;
}

/** Whether a user with this role sees a notification addressed to these roles (none: everyone). */
export function isAddressedTo(audienceRoles: readonly string[], role: Role): boolean {
  return audienceRoles.length === 0 || audienceRoles.includes(role);
}

/** The external channels to queue: those the rule names on which the agency has an endpoint. */
export function channelsToQueue(
  rule: RoutingRule,
  endpoints: Readonly<Record<ExternalChannel, boolean>>,
): ExternalChannel[] {
  return rule.channels.filter((channel) => endpoints[channel]);
}

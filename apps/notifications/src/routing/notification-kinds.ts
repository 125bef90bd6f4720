import { NotificationKinds } from '@nrm/contracts';
import type { NotificationKind } from '@nrm/contracts';
import { ProblemException } from '@nrm/service-kit';
import type { RoutingRule } from './routing-rules';

/** The problem for a kind of notification the platform does not have. */
export function noSuchKind(): ProblemException {
  return new ProblemException(
    'notFound',
    `there is no such notification kind; the kinds are ${NotificationKinds.join(', ')}`,
  );
}

/** The kind named in a path, or a 404 naming the kinds there are. */
export function knownKind(kind: string): NotificationKind {
  if (!(NotificationKinds as readonly string[]).includes(kind)) throw noSuchKind();
  return kind as NotificationKind;
}

/** The rule for one kind among an agency's rules, or a 404 when the kind has no default. */
export function ruleFor(rules: RoutingRule[], kind: NotificationKind): RoutingRule {
  const rule = rules.find((r) => r.kind === kind);
  if (!rule) throw noSuchKind();
  return rule;
}

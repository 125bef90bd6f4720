import type { OutgoingNotification } from './channel-sender';
import type { ClaimedDelivery } from './delivery.repository';

/** An agency endpoint on a channel, as the claim excludes those in flight (`channel:agency`). */
export const endpointOf = (d: { channel: string; agency_id: string }): string =>
  `${d.channel}:${d.agency_id}`;

/** Where a delivery stands after an attempt: delivered, due again, or dead-lettered after the last. */
export function statusAfter(
  attempt: number,
  error: string | undefined,
  maxAttempts: number,
): 'delivered' | 'dead_lettered' | 'pending' {
  return !error ? 'delivered' : attempt >= maxAttempts ? 'dead_lettered' : 'pending';
}

/** A claimed delivery as its channel sends it. */
export function outgoingOf(d: ClaimedDelivery): OutgoingNotification {
  return {
    notificationId: d.notification_id,
    agencyId: d.agency_id,
    ...(d.case_id && d.case_reference ? { caseId: d.case_id, caseReference: d.case_reference } : {}),
    eventType: d.event_type,
    kind: d.kind ?? d.event_type,
    language: d.language,
    urgent: d.urgent,
    title: d.title,
    body: d.body,
    createdAt: d.created_at,
    ...(d.url && d.secret ? { webhook: { url: d.url, secret: d.secret } } : {}),
    ...(d.address ? { email: { address: d.address } } : {}),
  };
}

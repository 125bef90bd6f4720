import { createHash } from 'node:crypto';

/**
 * The stable id of the notification one event gives one recipient: the same event delivered twice
 * yields the same id, so the recipient is told once and can de-duplicate webhook retries on it.
 */
export function notificationId(eventId: string, recipientAgencyId: string): string {
  return stableUuid(eventId, recipientAgencyId);
}

/** A UUID that depends only on its parts, so work redone after a crash or by a replica finds the same id. */
export function stableUuid(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  // Shaped as a version 8 (custom) UUID.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

import { createHmac, timingSafeEqual } from 'node:crypto';

export const WebhookHeaders = {
  signature: 'x-nrm-signature',
  timestamp: 'x-nrm-timestamp',
  notificationId: 'x-nrm-notification-id',
} as const;

/** HMAC-SHA256 over `<timestamp>.<body>`, hex encoded, written `v1=<hex>`. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Checks a webhook signature and that its timestamp is within `toleranceSeconds` of now. */
export function verifyWebhook(
  secret: string,
  timestamp: number,
  body: string,
  signature: string,
  toleranceSeconds = 300,
  now = Date.now(),
): boolean {
  if (!Number.isFinite(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

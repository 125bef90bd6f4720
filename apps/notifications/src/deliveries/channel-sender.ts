import type { NotificationChannel } from '@nrm/contracts';

/** One notification as a channel sends it: references and what happened, never personal data. */
export interface OutgoingNotification {
  notificationId: string;
  agencyId: string;
  /** Absent for a notification about no single case (the daily digest). */
  caseId?: string;
  caseReference?: string;
  eventType: string;
  /** The notification kind, or `ping` for a test of the endpoint. */
  kind: string;
  language: string;
  urgent: boolean;
  title: string;
  body: string;
  createdAt: Date;
  /** The agency's endpoint on this channel. */
  webhook?: { url: string; secret: string };
  email?: { address: string };
}

/** Sends on one channel; resolves to undefined when delivered, or a short reason when not. */
export interface ChannelSender {
  readonly channel: Exclude<NotificationChannel, 'inbox'>;
  send(notification: OutgoingNotification): Promise<string | undefined>;
}

export const CHANNEL_SENDERS = Symbol('CHANNEL_SENDERS');

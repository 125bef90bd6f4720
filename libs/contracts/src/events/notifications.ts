import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { Roles } from '../vocabulary';
import type { Role } from '../vocabulary';

export const NotificationChannels = ['webhook', 'inbox', 'email'] as const;
export type NotificationChannel = (typeof NotificationChannels)[number];

/**
 * What a notification is about. Each agency subscribes to each kind (which roles see it, on which
 * channels); the referral stages add kinds as they emit events.
 */
export const NotificationKinds = [
  'referral_received',
  'referral_outcome',
  'urgent_risk',
  'anonymous_notice',
  'deadline_approaching',
  'deadline_breached',
  'service_request',
  'disclosure_stopped',
  'follow_up_due',
  'hearing',
  'daily_digest',
  'security_alert',
] as const;
export type NotificationKind = (typeof NotificationKinds)[number];

/**
 * A notification was recorded for one recipient agency: in its inbox at once, and queued on the
 * external channels its subscription names. Redelivered events dispatch nothing twice.
 */
export class NotificationDispatchedV1 {
  @IsUUID()
  notificationId!: string;

  /** Absent for notifications about no single case (the daily digest). */
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @IsString()
  @MaxLength(64)
  recipientAgencyId!: string;

  @IsIn(NotificationKinds)
  kind!: NotificationKind;

  /** The roles in the agency who see it; empty means everyone in the agency. */
  @IsArray()
  @ArrayMaxSize(Roles.length)
  @IsIn(Roles, { each: true })
  audienceRoles!: Role[];

  /** `inbox` always, then the external channels it was queued on. */
  @IsArray()
  @ArrayMaxSize(NotificationChannels.length)
  @IsIn(NotificationChannels, { each: true })
  channels!: NotificationChannel[];

  @IsBoolean()
  urgent!: boolean;
}

export const NotificationDispatched = defineEvent({
  type: 'nrm.notifications.notification-dispatched',
  schemaVersion: 1,
  topic: Topics.notificationsDelivery,
  source: 'notifications',
  payload: NotificationDispatchedV1,
});

/** A notification reached its recipient through one channel. */
export class NotificationDeliveredV1 {
  @IsUUID()
  notificationId!: string;

  /** Absent for notifications about no single case (the daily digest). */
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @IsString()
  @MaxLength(64)
  recipientAgencyId!: string;

  @IsIn(NotificationChannels)
  channel!: NotificationChannel;

  @IsInt()
  @Min(1)
  attempts!: number;
}

export const NotificationDelivered = defineEvent({
  type: 'nrm.notifications.notification-delivered',
  schemaVersion: 1,
  topic: Topics.notificationsDelivery,
  source: 'notifications',
  payload: NotificationDeliveredV1,
});

/** A notification could not be delivered through a channel after every retry: it is dead-lettered. */
export class NotificationFailedV1 extends NotificationDeliveredV1 {
  @IsString()
  @MaxLength(200)
  reason!: string;
}

export const NotificationFailed = defineEvent({
  type: 'nrm.notifications.notification-failed',
  schemaVersion: 1,
  topic: Topics.notificationsDelivery,
  source: 'notifications',
  payload: NotificationFailedV1,
});

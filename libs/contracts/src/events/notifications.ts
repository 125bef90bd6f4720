import { IsIn, IsInt, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';

export const NotificationChannels = ['webhook', 'inbox', 'email'] as const;
export type NotificationChannel = (typeof NotificationChannels)[number];

/** A notification reached its recipient through one channel. */
export class NotificationDeliveredV1 {
  @IsUUID()
  notificationId!: string;

  @IsUUID()
  caseId!: string;

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

/** A notification could not be delivered through a channel after every retry. */
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

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Calendars, Languages, NotificationKinds, Roles } from '@nrm/contracts';
import type { Calendar, Language, NotificationKind, Role } from '@nrm/contracts';
import { ExternalChannels } from './notifications';
import type { ExternalChannel } from './notifications';

/*
 * What notifications answers: a user's inbox, and how an agency receives notifications (endpoints,
 * subscriptions, language and calendar, deliveries).
 */

/** One notification in a user's inbox. */
export class InboxItemResponse {
  @ApiProperty({ format: 'uuid' }) notificationId!: string;

  @ApiProperty({
    enum: [...NotificationKinds, null],
    nullable: true,
    description: 'What it is about; null for notifications recorded before kinds were kept',
  })
  kind!: string | null;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'null: about no case' })
  caseId!: string | null;

  @ApiProperty({ type: 'string', nullable: true, example: 'KW-2026-7H2K9Q' })
  caseReference!: string | null;

  @ApiProperty({ example: 'nrm.intake.referral-received', description: 'The type of the event it tells of' })
  eventType!: string;

  @ApiProperty({ enum: Languages, description: 'The language of title and body' })
  language!: string;

  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'When you read it (read state is per user); null: unread',
  })
  readAt!: string | null;

  @ApiProperty({ description: 'Urgent notifications come first' }) urgent!: boolean;
}

/** A user's inbox: urgent first, then newest (at most 200), with the count of those unread. */
export class InboxPage {
  @ApiProperty({ type: [InboxItemResponse] }) items!: InboxItemResponse[];

  @ApiProperty({
    type: 'integer',
    description:
      'How many of the notifications the query selects (all of the inbox without filters) you have not read',
  })
  unreadCount!: number;
}

/** The agency's webhook as set, with its new signing secret: shown this once, never again. */
export class WebhookEndpointResponse {
  @ApiProperty({ example: 'kw-moi-police' }) agencyId!: string;
  @ApiProperty({ example: 'https://agency.example/nrm-webhook' }) url!: string;

  @ApiProperty({
    description:
      'The signing secret (base64url) for the x-nrm-signature HMAC; keep it, it is not shown again',
  })
  secret!: string;
}

/** How the agency's webhook answered a signed test delivery, sent at once outside the queue. */
export class WebhookTestResponse {
  @ApiProperty({ example: 'https://agency.example/nrm-webhook' }) url!: string;
  @ApiProperty({ format: 'uuid', description: 'The id the test delivery carried' }) notificationId!: string;
  @ApiProperty({ description: 'The endpoint accepted it (a 2xx answer)' }) delivered!: boolean;

  @ApiPropertyOptional({
    example: 'HTTP 500',
    description: 'Why not, when not delivered: an HTTP status, a timeout or a failed connection',
  })
  error?: string;

  @ApiProperty({ type: 'integer', description: 'How long the attempt took, in milliseconds' })
  durationMs!: number;
}

/** The agency's functional mailbox for notifications, as set. */
export class EmailEndpointResponse {
  @ApiProperty({ example: 'kw-moi-police' }) agencyId!: string;
  @ApiProperty({ example: 'nrm-desk@agency.example' }) address!: string;
}

/** What applies to the agency for one kind of notification: its own choice, or the default. */
export class SubscriptionResponse {
  @ApiProperty({ enum: NotificationKinds }) kind!: NotificationKind;

  @ApiProperty({ description: 'The agency cannot switch it off (urgent risks, breached deadlines...)' })
  mandatory!: boolean;

  @ApiProperty({ description: 'The agency changed the default' }) customised!: boolean;
  @ApiProperty({ description: 'Always true for a mandatory kind' }) enabled!: boolean;

  @ApiProperty({
    enum: Roles,
    isArray: true,
    description: 'Roles in the agency who see it in their inbox; empty means everyone in the agency',
  })
  roles!: Role[];

  @ApiProperty({
    enum: ExternalChannels,
    isArray: true,
    description: 'Channels beside the inbox, used where the agency has an endpoint',
  })
  channels!: ExternalChannel[];
}

/** The agency's subscriptions, one per kind of notification. */
export class AgencySubscriptionsResponse {
  @ApiProperty({ example: 'kw-moi-police' }) agencyId!: string;
  @ApiProperty({ type: [SubscriptionResponse] }) subscriptions!: SubscriptionResponse[];
}

/** The language and calendar the agency reads its notifications in. */
export class AgencyPreferencesResponse {
  @ApiProperty({ example: 'kw-moi-police' }) agencyId!: string;
  @ApiProperty({ enum: Languages }) language!: Language;

  @ApiProperty({
    enum: Calendars,
    description: 'Calendar for dates in notification texts (Gregorian, or Hijri Umm al-Qura)',
  })
  calendar!: Calendar;
}

/** One attempt to deliver a notification on one channel. */
export class DeliveryAttemptResponse {
  @ApiProperty({ type: 'integer', example: 1 }) attempt!: number;
  @ApiProperty({ format: 'date-time' }) attemptedAt!: string;
  @ApiProperty({ enum: ['delivered', 'failed'] }) outcome!: 'delivered' | 'failed';

  @ApiProperty({
    type: 'string',
    nullable: true,
    example: 'HTTP 503',
    description: 'Why it failed: an HTTP status, a timeout or a failed connection; null when delivered',
  })
  error!: string | null;

  @ApiProperty({ type: 'integer' }) durationMs!: number;
}

/** A notification's delivery on one of the agency's external channels, with its attempts. */
export class DeliveryResponse {
  @ApiProperty({ format: 'uuid' }) notificationId!: string;
  @ApiProperty({ enum: ExternalChannels }) channel!: ExternalChannel;

  @ApiProperty({
    enum: ['pending', 'delivered', 'dead_lettered'],
    description: '`dead_lettered`: given up after the last retry',
  })
  status!: 'pending' | 'delivered' | 'dead_lettered';

  @ApiProperty({
    enum: [...NotificationKinds, null],
    nullable: true,
    description: 'null for notifications recorded before kinds were kept',
  })
  kind!: string | null;

  @ApiProperty({ type: 'string', nullable: true, example: 'KW-2026-7H2K9Q' }) caseReference!: string | null;
  @ApiProperty() urgent!: boolean;
  @ApiProperty({ format: 'date-time' }) queuedAt!: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) deliveredAt!: string | null;

  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'When the next attempt is due; null unless pending',
  })
  nextAttemptAt!: string | null;

  @ApiProperty({ type: [DeliveryAttemptResponse], description: 'Oldest first' })
  attempts!: DeliveryAttemptResponse[];
}

/** The agency's deliveries, newest first. */
export class DeliveryPage {
  @ApiProperty({ type: [DeliveryResponse] }) items!: DeliveryResponse[];
}

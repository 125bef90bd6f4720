// Generated from the migrated schema by tools/database/schema-types.mjs (npm run db:types).
// Do not edit: change a migration, then regenerate; the integration tier fails when this file drifts.

import type { Generated, Timestamp, PlatformTables } from '@nrm/persistence';

export interface Agency {
  agency_id: string;
  agency_type: string;
  calendar: Generated<string>;
  language: string;
  name_ar: string;
  name_en: string;
}

export interface Delivery {
  agency_id: string;
  attempts: Generated<number>;
  channel: string;
  created_at: Generated<Timestamp>;
  delivered_at: Timestamp | null;
  last_error: string | null;
  lease: string | null;
  next_attempt_at: Generated<Timestamp>;
  notification_id: string;
  status: Generated<string>;
  urgent: Generated<boolean>;
}

export interface DeliveryAttempt {
  attempt: number;
  attempted_at: Generated<Timestamp>;
  channel: string;
  duration_ms: number;
  error: string | null;
  notification_id: string;
  outcome: string;
}

export interface Digest {
  agency_id: string;
  created_at: Generated<Timestamp>;
  digest_date: Timestamp;
  notification_id: string | null;
  notifications_covered: number;
}

export interface EmailEndpoint {
  address: string;
  agency_id: string;
  updated_at: Generated<Timestamp>;
}

export interface Notification {
  audience_roles: Generated<string[]>;
  body: string;
  case_id: string | null;
  case_reference: string | null;
  created_at: Generated<Timestamp>;
  event_id: string;
  event_type: string;
  kind: string | null;
  language: string;
  notification_id: string;
  recipient_agency_id: string;
  title: string;
  urgent: Generated<boolean>;
}

export interface NotificationRead {
  notification_id: string;
  read_at: Generated<Timestamp>;
  user_id: string;
}

export interface RoutingDefault {
  channels: string[];
  kind: string;
  mandatory: Generated<boolean>;
  roles: string[];
}

export interface Subscription {
  agency_id: string;
  channels: string[];
  enabled: boolean;
  kind: string;
  roles: string[];
  updated_at: Generated<Timestamp>;
  updated_by: string;
}

export interface WebhookEndpoint {
  agency_id: string;
  secret: string;
  updated_at: Generated<Timestamp>;
  url: string;
}

export interface DB extends Pick<PlatformTables, 'audit_log' | 'inbox' | 'outbox'> {
  agency: Agency;
  delivery: Delivery;
  delivery_attempt: DeliveryAttempt;
  digest: Digest;
  email_endpoint: EmailEndpoint;
  notification: Notification;
  notification_read: NotificationRead;
  routing_default: RoutingDefault;
  subscription: Subscription;
  webhook_endpoint: WebhookEndpoint;
}

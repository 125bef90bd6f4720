// Generated from the migrated schema by tools/database/schema-types.mjs (npm run db:types).
// Do not edit: change a migration, then regenerate; the integration tier fails when this file drifts.

import type { ColumnType } from 'kysely';

export type Generated<T> =
  T extends ColumnType<infer S, infer I, infer U>
    ? ColumnType<S, I | undefined, U>
    : ColumnType<T, T | undefined, T>;

export type Int8 = ColumnType<string, bigint | number | string, bigint | number | string>;

export type Json = JsonValue;

export type JsonArray = JsonValue[];

export type JsonObject = {
  [x: string]: JsonValue | undefined;
};

export type JsonPrimitive = boolean | number | string | null;

export type JsonValue = JsonArray | JsonObject | JsonPrimitive;

export type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface Agency {
  agency_id: string;
  agency_type: string;
  calendar: Generated<string>;
  language: string;
  name_ar: string;
  name_en: string;
}

export interface AuditLog {
  action: string;
  actor_agency: string;
  actor_role: string;
  actor_user: string;
  at: Timestamp;
  case_id: string | null;
  hash: string;
  outcome: number;
  prev_hash: string;
  purpose: string | null;
  seq: Int8;
  target: Json;
  what: string;
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

export interface Inbox {
  consumer_group: string;
  event_type: string;
  kafka_offset: Int8;
  kafka_partition: number;
  message_id: string;
  processed_at: Generated<Timestamp>;
  topic: string;
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

export interface Outbox {
  created_at: Generated<Timestamp>;
  event_id: string;
  headers: Json;
  message_key: string;
  payload: string;
  published_at: Timestamp | null;
  seq: Generated<Int8>;
  topic: string;
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

export interface DB {
  agency: Agency;
  audit_log: AuditLog;
  delivery: Delivery;
  delivery_attempt: DeliveryAttempt;
  digest: Digest;
  email_endpoint: EmailEndpoint;
  inbox: Inbox;
  notification: Notification;
  notification_read: NotificationRead;
  outbox: Outbox;
  routing_default: RoutingDefault;
  subscription: Subscription;
  webhook_endpoint: WebhookEndpoint;
}

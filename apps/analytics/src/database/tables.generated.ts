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

export interface AgencyDirectory {
  agency_id: string;
  agency_type: string;
}

export interface AnalyticsCase {
  case_id: string;
  referred_on: Timestamp | null;
  statistics_consent: Generated<boolean>;
}

export interface AnalyticsDeferredEvent {
  case_id: string;
  deferred_at: Generated<Timestamp>;
  envelope: Json;
  event_id: string;
  event_time: Timestamp;
}

export interface AnalyticsInvestigation {
  investigation_id: string;
  linked_cases: Generated<number>;
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

export interface Inbox {
  consumer_group: string;
  event_type: string;
  kafka_offset: Int8;
  kafka_partition: number;
  message_id: string;
  processed_at: Generated<Timestamp>;
  topic: string;
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

export interface StatCaseStage {
  days_since_referral: number | null;
  month: string;
  outcome: string | null;
  record_id: string;
  service_type: string | null;
  stage: string;
  subject: string;
}

export interface StatIndicatorAssessment {
  assessed_at: Timestamp;
  catalogue_version: string;
  child: boolean;
  complete: boolean;
  list_outcomes: string[];
  lists: string[];
  month: string;
  outcome: string;
  positive_dimensions: string[];
  present_indicators: string[];
  record_id: string;
  rule_version: string;
  subject: string;
  weak_provenance: boolean;
}

export interface StatNotice {
  age_band: string;
  exploitation_types: string[];
  month: string;
  nationalities: string[];
  record_id: string;
  referral_channel: string;
  sex: string;
}

export interface StatProsecution {
  article: string | null;
  linked_cases: number;
  month: string;
  record_id: string;
  stage: string;
  subject: string;
  verdict_outcome: string | null;
}

export interface StatReferral {
  age_band: string;
  child: boolean;
  exploitation_types: string[];
  immediate_risk: boolean;
  month: string;
  nationalities: string[];
  referral_channel: string;
  referring_agency_type: string;
  sex: string;
  subject: string;
}

export interface DB {
  agency_directory: AgencyDirectory;
  analytics_case: AnalyticsCase;
  analytics_deferred_event: AnalyticsDeferredEvent;
  analytics_investigation: AnalyticsInvestigation;
  audit_log: AuditLog;
  inbox: Inbox;
  outbox: Outbox;
  stat_case_stage: StatCaseStage;
  stat_indicator_assessment: StatIndicatorAssessment;
  stat_notice: StatNotice;
  stat_prosecution: StatProsecution;
  stat_referral: StatReferral;
}

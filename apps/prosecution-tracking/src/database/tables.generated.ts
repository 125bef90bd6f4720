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

export type Numeric = ColumnType<string, number | string, number | string>;

export type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface AgencyDirectory {
  agency_id: string;
  agency_type: string;
}

export interface Appeal {
  appeal_id: string;
  filed_by: string;
  filed_on: Timestamp;
  recorded_by: string;
  verdict_id: string;
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

export interface Charge {
  aggravating: string[];
  article: string;
  charge_id: string;
  filed_at: Timestamp;
  filed_by: string;
  investigation_id: string;
  law_code: string;
  other_law_reference: string | null;
  suspect_id: string;
  version: number;
}

export interface ChargeVersion {
  aggravating: string[];
  article: string;
  changed_at: Timestamp;
  changed_by: string;
  charge_id: string;
  law_code: string;
  reason: string | null;
  version: number;
}

export interface Compensation {
  amount: Numeric;
  case_id: string;
  compensation_id: string;
  currency: string;
  investigation_id: string;
  ordered_on: Timestamp;
  paid_on: Timestamp | null;
  recorded_by: string;
}

export interface DataKey {
  created_at: Generated<Timestamp>;
  master_key_id: string | null;
  owner_id: string;
  rewrapped_at: Timestamp | null;
  shredded_at: Timestamp | null;
  wrapped_key: string | null;
}

export interface Hearing {
  closed_session: Generated<boolean>;
  court: string;
  hearing_id: string;
  hearing_type: string;
  held_at: Timestamp | null;
  investigation_id: string;
  reminded_for: Timestamp | null;
  scheduled_on: Timestamp;
  status: string;
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

export interface Investigation {
  close_reason: string | null;
  closed_at: Timestamp | null;
  investigation_id: string;
  lead_agency_id: string;
  officer_user_id: string;
  opened_at: Timestamp;
  status: string;
}

export interface InvestigationAgency {
  agency_id: string;
  investigation_id: string;
  joined_at: Timestamp;
}

export interface InvestigationCase {
  case_id: string;
  investigation_id: string;
  linked_at: Timestamp;
  linked_by: string;
}

export interface LawArticle {
  aggravating: Json;
  article: string;
  catalogue_version: string;
  law_code: string;
  offence_ar: string;
  offence_en: string;
  penalty_en: string;
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

export interface ReferredCase {
  case_id: string;
  case_reference: string;
  referred_at: Timestamp;
}

export interface Suspect {
  added_at: Timestamp;
  added_by: string;
  identity_sealed: string;
  investigation_id: string;
  kind: string;
  nationality: string | null;
  role: string;
  suspect_id: string;
}

export interface Testimony {
  arranged_at: Timestamp;
  arranged_by: string;
  case_id: string;
  hearing_id: string;
  measures: string[];
}

export interface Verdict {
  charge_id: string;
  court_level: string;
  decided_on: Timestamp;
  fine_kwd: Numeric | null;
  investigation_id: string;
  life_imprisonment: Generated<boolean>;
  outcome: string;
  recorded_at: Timestamp;
  recorded_by: string;
  sentence_months: number | null;
  suspect_id: string;
  verdict_id: string;
}

export interface DB {
  agency_directory: AgencyDirectory;
  appeal: Appeal;
  audit_log: AuditLog;
  charge: Charge;
  charge_version: ChargeVersion;
  compensation: Compensation;
  data_key: DataKey;
  hearing: Hearing;
  inbox: Inbox;
  investigation: Investigation;
  investigation_agency: InvestigationAgency;
  investigation_case: InvestigationCase;
  law_article: LawArticle;
  outbox: Outbox;
  referred_case: ReferredCase;
  suspect: Suspect;
  testimony: Testimony;
  verdict: Verdict;
}

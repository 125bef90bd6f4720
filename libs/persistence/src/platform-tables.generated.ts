// Generated from the migrated schema by tools/database/schema-types.mjs (npm run db:types).
// Do not edit: change a migration, then regenerate; the integration tier fails when this file drifts.

import type { Generated, Int8, Json, Timestamp } from './column-types.generated';

export interface AgencyDirectory {
  agency_id: string;
  agency_type: string;
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

export interface CaseInvolvement {
  agency_id: string;
  basis: string;
  case_id: string;
  since: Timestamp;
  source_id: string;
  until: Timestamp | null;
}

export interface CaseInvolvementInvestigationAgency {
  agency_id: string;
  investigation_id: string;
}

export interface CaseInvolvementInvestigationCase {
  case_id: string;
  investigation_id: string;
}

export interface DataKey {
  created_at: Generated<Timestamp>;
  master_key_id: string | null;
  owner_id: string;
  rewrapped_at: Timestamp | null;
  shredded_at: Timestamp | null;
  wrapped_key: string | null;
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

export interface PlatformTables {
  agency_directory: AgencyDirectory;
  audit_log: AuditLog;
  case_involvement: CaseInvolvement;
  case_involvement_investigation_agency: CaseInvolvementInvestigationAgency;
  case_involvement_investigation_case: CaseInvolvementInvestigationCase;
  data_key: DataKey;
  inbox: Inbox;
  outbox: Outbox;
}

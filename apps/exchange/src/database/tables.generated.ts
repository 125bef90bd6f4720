// Generated from the migrated schema by tools/database/schema-types.mjs (npm run db:types).
// Do not edit: change a migration, then regenerate; the integration tier fails when this file drifts.

import type { Generated, Json, Timestamp, PlatformTables } from '@nrm/persistence';

export interface Agreement {
  agreement_id: string;
  fields: string[];
  legal_basis: string;
  message_types: string[];
  partner: string;
  purposes: string[];
  recorded_at: Generated<Timestamp>;
  recorded_by: string;
  reference: string;
  superseded_at: Timestamp | null;
  valid_from: Timestamp;
  valid_until: Timestamp | null;
}

export interface IncomingMessage {
  agreement_id: string;
  attempts: Generated<number>;
  case_id: string | null;
  decision: string | null;
  digest: string;
  forwarded_at: Timestamp | null;
  in_reply_to: string | null;
  last_error: string | null;
  message_id: string;
  next_attempt_at: Generated<Timestamp>;
  partner: string;
  partner_case_ref: string | null;
  purpose: string;
  receipt: string;
  received_at: Generated<Timestamp>;
  signed_sealed: string;
  status: string;
  type: string;
}

export interface OutgoingMessage {
  agreement_id: string;
  answer: string | null;
  attempts: Generated<number>;
  case_id: string | null;
  content_sealed: string;
  created_at: Generated<Timestamp>;
  decision: string | null;
  digest: string;
  in_reply_to: string | null;
  last_error: string | null;
  lease: string | null;
  lease_until: Timestamp | null;
  message_id: string;
  next_attempt_at: Generated<Timestamp>;
  partner: string;
  purpose: string;
  refusal_reason: string | null;
  requested_agency: string;
  requested_by: string;
  requested_purpose: string | null;
  requested_role: string | null;
  settled_at: Timestamp | null;
  signed_sealed: string | null;
  status: Generated<string>;
  type: string;
}

export interface Partner {
  agencies: Generated<Json>;
  changed_at: Generated<Timestamp>;
  changed_by: string;
  country: string;
  endpoint: string;
  key_set_url: string;
  name: string;
  status: Generated<string>;
  version: number;
}

export interface PartnerVersion {
  changed_at: Generated<Timestamp>;
  changed_by: string;
  country: string;
  snapshot: Json;
  version: number;
}

export interface PublishedStatistics {
  cells: Json;
  dimension: string;
  k: number;
  message_id: string | null;
  published_at: Generated<Timestamp>;
  state: string;
  table_name: string;
  total: number | null;
  year: number;
}

export interface QuarantinedMessage {
  claimed_partner: string | null;
  detail: string;
  message_id: string | null;
  quarantine_id: string;
  raw_sealed: string;
  reason: string;
  received_at: Generated<Timestamp>;
  reviewed_at: Timestamp | null;
  reviewed_by: string | null;
}

export interface DB extends Pick<PlatformTables, 'audit_log' | 'data_key' | 'inbox' | 'outbox'> {
  agreement: Agreement;
  incoming_message: IncomingMessage;
  outgoing_message: OutgoingMessage;
  partner: Partner;
  partner_version: PartnerVersion;
  published_statistics: PublishedStatistics;
  quarantined_message: QuarantinedMessage;
}

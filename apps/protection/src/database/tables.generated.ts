// Generated from the migrated schema by tools/database/schema-types.mjs (npm run db:types).
// Do not edit: change a migration, then regenerate; the integration tier fails when this file drifts.

import type { Generated, Timestamp, PlatformTables } from '@nrm/persistence';

export interface CourtTask {
  case_id: string;
  done_at: Timestamp | null;
  done_by: string | null;
  due_on: Timestamp;
  hearing_date: Timestamp;
  hearing_id: string;
  status: Generated<string>;
  task_id: string;
  task_type: string;
}

export interface FollowUp {
  about_date: Timestamp;
  cancelled_at: Timestamp | null;
  case_id: string;
  due_on: Timestamp;
  follow_up_id: string;
  kind: string;
  outcome: string | null;
  outcome_note_sealed: string | null;
  raised_at: Timestamp | null;
  recipient_agency_id: string;
  recorded_at: Timestamp | null;
  recorded_by: string | null;
  sequence: number;
}

export interface Need {
  assessed_at: Timestamp;
  assessed_by: string;
  case_id: string;
  due_on: Timestamp;
  need_type: string;
  note_sealed: string | null;
  priority: string;
  status: Generated<string>;
}

export interface Placement {
  case_id: string;
  checked_in_at: Timestamp | null;
  disclosure_basis: string;
  ended_at: Timestamp | null;
  override_reason_sealed: string | null;
  placed_at: Timestamp | null;
  placement_id: string;
  priority: boolean;
  requested_at: Timestamp;
  requested_by: string;
  shelter_id: string;
  status: string;
}

export interface ProtectionCase {
  case_id: string;
  case_reference: string | null;
  closed_at: Timestamp | null;
  closure_note_sealed: string | null;
  closure_reason: string | null;
  closure_requested_at: Timestamp | null;
  closure_requested_by: string | null;
  created_at: Generated<Timestamp>;
  interpreter_needed: Generated<boolean>;
  lead_agency_id: string | null;
  opened_at: Timestamp | null;
  opened_because: string | null;
  person_is_child: Generated<boolean>;
  presumed_victim: Generated<boolean>;
  recovery_ends_on: Timestamp | null;
  recovery_starts_on: Timestamp | null;
  referring_agency_id: string | null;
  sharing_agency_types: Generated<string[]>;
  status: string;
  updated_at: Generated<Timestamp>;
  urgent_risk: Generated<boolean>;
}

export interface Provider {
  agency_type: string;
  languages: string[];
  name_ar: string;
  name_en: string;
  provider_id: string;
  serves_children: boolean;
  services: string[];
}

export interface ResidenceStatus {
  case_id: string;
  current: boolean;
  expires_on: Timestamp | null;
  recorded_at: Timestamp;
  recorded_by: string;
  recorded_by_agency_id: string;
  reference_sealed: string | null;
  residence_id: string;
  status: string;
  valid_from: Timestamp;
}

export interface ReturnPlan {
  case_id: string;
  completed_at: Timestamp | null;
  destination_country: string;
  follow_up_agency_id: string;
  planned_at: Timestamp;
  planned_by: string;
  planned_on: Timestamp;
  receiving_organisation_sealed: string | null;
  return_id: string;
  returned_on: Timestamp | null;
  risk_level: string;
  risk_note_sealed: string | null;
  status: string;
  travel_documents_ready: boolean;
}

export interface ServiceReferral {
  answered_at: Timestamp | null;
  answered_by: string | null;
  case_id: string;
  completed_at: Timestamp | null;
  decline_reason: string | null;
  disclosure_basis: string;
  need_type: string;
  override_reason_sealed: string | null;
  priority: string;
  provider_id: string;
  referred_at: Timestamp;
  referred_by: string;
  service_referral_id: string;
  status: string;
  stopped_at: Timestamp | null;
}

export interface Shelter {
  capacity: number;
  for_children: boolean;
  name_ar: string;
  name_en: string;
  provider_id: string;
  shelter_id: string;
}

export interface DB extends Pick<
  PlatformTables,
  'agency_directory' | 'audit_log' | 'data_key' | 'inbox' | 'outbox'
> {
  court_task: CourtTask;
  follow_up: FollowUp;
  need: Need;
  placement: Placement;
  protection_case: ProtectionCase;
  provider: Provider;
  residence_status: ResidenceStatus;
  return_plan: ReturnPlan;
  service_referral: ServiceReferral;
  shelter: Shelter;
}

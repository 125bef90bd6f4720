// Generated from the migrated schema by tools/database/schema-types.mjs (npm run db:types).
// Do not edit: change a migration, then regenerate; the integration tier fails when this file drifts.

import type { Generated, Json, Timestamp, PlatformTables } from '@nrm/persistence';

export interface Deadline {
  breached_at: Timestamp | null;
  case_id: string;
  created_at: Generated<Timestamp>;
  deadline_id: string;
  due_on: Timestamp;
  kind: string;
  status: Generated<string>;
  warned_at: Timestamp | null;
  working_days: number | null;
}

export interface Decision {
  advised_outcome: string | null;
  assessment_id: string | null;
  case_id: string;
  decided_at: Timestamp;
  decided_by_agency: string;
  decided_by_user: string;
  decision_id: string;
  departure_reason_sealed: string | null;
  outcome: string;
  reasons_sealed: string;
  reconsideration: boolean;
  review: string | null;
  review_note_sealed: string | null;
  reviewed_at: Timestamp | null;
  reviewed_by_user: string | null;
  stage: string;
}

export interface IndicatorAnswer {
  answer: string;
  answered_at: Timestamp;
  answered_by_user: string;
  assessment_id: string;
  evidence_source: string | null;
  indicator_id: string;
  note_sealed: string | null;
}

export interface IndicatorAssessment {
  advice: Json;
  assessment_id: string;
  case_id: string;
  catalogue_version: string;
  completed_at: Timestamp | null;
  completed_by_user: string | null;
  lists: string[];
  person_is_child: boolean;
  started_at: Timestamp;
  started_by_user: string;
  status: string;
  updated_at: Timestamp;
}

export interface IndicatorCatalogue {
  adopted_at: Timestamp | null;
  adopted_by_user: string | null;
  content: Json;
  digest: string;
  jurisdiction: string;
  loaded_at: Timestamp;
  loaded_by_agency: string;
  loaded_by_user: string;
  retired_at: Timestamp | null;
  status: string;
  version: string;
}

export interface JurisdictionPolicy {
  competent_authority_agency_id: string;
  deadline_warning_working_days: Generated<number>;
  final_decision_before_recovery_ends: Generated<boolean>;
  is_default: Generated<boolean>;
  jurisdiction: string;
  loaded_at: Generated<Timestamp>;
  preliminary_decision_working_days: number;
  reconsideration_working_days: Generated<number>;
  recovery_period_days: number;
  recovery_period_minimum_days: number;
  time_zone: string;
  version: string;
  weekend: string[];
}

export interface PalermoAssessment {
  act: boolean;
  assessed_at: Timestamp;
  assessed_by_user: string;
  assessment_id: string;
  case_id: string;
  evidence_sealed: string;
  means: boolean;
  person_is_child: boolean;
  purpose: boolean;
  satisfied: boolean;
}

export interface PublicHoliday {
  holiday_on: Timestamp;
  jurisdiction: string;
  name_ar: string;
  name_en: string;
}

export interface Reconsideration {
  case_id: string;
  due_on: Timestamp;
  new_information_sealed: string;
  reconsideration_id: string;
  requested_at: Timestamp;
  requested_by_agency: string;
  requested_by_user: string;
  stage: string;
}

export interface RecoveryExtension {
  case_id: string;
  days: number;
  extended_at: Timestamp;
  extended_by_user: string;
  note_sealed: string | null;
  reason: string;
}

export interface Screening {
  assigned_agency_id: string;
  case_id: string;
  case_reference: string;
  exploitation_types: string[];
  jurisdiction: string;
  opened_at: Timestamp;
  pending_final_decided_by: string | null;
  person_is_child: boolean;
  policy_version: string;
  recovery_ends_on: Timestamp | null;
  recovery_starts_on: Timestamp | null;
  referred_at: Timestamp;
  referring_agency_id: string;
  screening_id: string;
  status: string;
  updated_at: Timestamp | null;
}

export interface DB extends Pick<
  PlatformTables,
  | 'audit_log'
  | 'case_involvement'
  | 'case_involvement_investigation_agency'
  | 'case_involvement_investigation_case'
  | 'data_key'
  | 'inbox'
  | 'outbox'
> {
  deadline: Deadline;
  decision: Decision;
  indicator_answer: IndicatorAnswer;
  indicator_assessment: IndicatorAssessment;
  indicator_catalogue: IndicatorCatalogue;
  jurisdiction_policy: JurisdictionPolicy;
  palermo_assessment: PalermoAssessment;
  public_holiday: PublicHoliday;
  reconsideration: Reconsideration;
  recovery_extension: RecoveryExtension;
  screening: Screening;
}

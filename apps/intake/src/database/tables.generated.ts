// Generated from the migrated schema by tools/database/schema-types.mjs (npm run db:types).
// Do not edit: change a migration, then regenerate; the integration tier fails when this file drifts.

import type { Generated, Json, Numeric, Timestamp, PlatformTables } from '@nrm/persistence';

export interface AnonymousNotice {
  age_band: string;
  channel: string;
  encounter_month: string;
  exploitation_types: string[];
  linked_case_id: string | null;
  nationalities: string[];
  notice_id: string;
  recorded_at: Timestamp;
  recorded_by_agency: string;
  recorded_by_user: string;
  region: string | null;
  reported_to_police: boolean;
  sex: string;
}

export interface AnonymousNoticeLink {
  hash: string;
  notice_id: string;
}

export interface ConsentRecord {
  case_id: string;
  consent_id: string;
  granted: boolean;
  interpreter_sealed: string | null;
  language: string;
  purpose: string;
  recorded_at: Timestamp;
  recorded_by_agency: string;
  recorded_by_user: string;
  sharing_agency_types: Generated<string[]>;
}

export interface DisclosureOverride {
  agency_id: string;
  case_id: string;
  granted_at: Timestamp;
  granted_by_agency: string;
  granted_by_user: string;
  override_id: string;
  reason_sealed: string;
}

export interface DuplicateLabel {
  comparisons: Json;
  decided_at: Timestamp;
  decided_by_agency: string;
  label: string;
  link_id: string;
  referring_agencies: string[];
  rule_version: string | null;
}

export interface DuplicateLink {
  case_id: string;
  decided_at: Timestamp | null;
  decided_by_agency: string | null;
  decided_by_user: string | null;
  decision_reason_sealed: string | null;
  detected_at: Timestamp;
  explanation: Json | null;
  link_id: string;
  matched_on: string[];
  other_case_id: string;
  rule_version: string | null;
  score: Numeric;
  status: string;
}

export interface JurisdictionSetting {
  is_default: boolean;
  jurisdiction: string;
  police_agency_id: string | null;
  report_anonymous_notices_to_police: boolean;
  urgent_risk_alert_agency_ids: string[];
}

export interface PersonFingerprint {
  case_id: string;
  hash: string;
  kind: string;
  token: Generated<string>;
}

export interface Referral {
  account_sealed: string | null;
  age_band: Generated<string>;
  attachments: Generated<Json>;
  case_id: string;
  case_reference: string;
  channel: string;
  consent_interpreter_sealed: string | null;
  consent_language: string;
  consent_to_referral: boolean;
  encounter_place_sealed: string;
  encountered_on: Timestamp;
  erased_by_agency: string | null;
  erased_by_user: string | null;
  erasure_legal_basis: string | null;
  erasure_reference: string | null;
  exploitation_types: string[];
  handled_as_child: boolean;
  immediate_risks: string[];
  interpreter_language: string | null;
  interpreter_needed: boolean;
  means_of_control: Generated<string[]>;
  nationalities: string[];
  person_sealed: string;
  personal_data_erased_at: Timestamp | null;
  recruitment_method: Generated<string>;
  referred_at: Timestamp;
  referring_agency_id: string;
  referring_user_id: string;
  region: string | null;
  requires_immediate_protection: Generated<boolean>;
  sex: string;
  status: string;
  updated_at: Timestamp | null;
  version: Generated<number>;
  withdrawal_reason_sealed: string | null;
  withdrawn_at: Timestamp | null;
  withdrawn_by_user: string | null;
}

export interface ReferralVersion {
  case_id: string;
  changed_at: Timestamp;
  changed_by_agency: string;
  changed_by_user: string;
  changed_sections: string[];
  previous_sealed: string;
  reason_sealed: string;
  version: number;
}

export interface DB extends Pick<
  PlatformTables,
  | 'agency_directory'
  | 'audit_log'
  | 'case_involvement'
  | 'case_involvement_investigation_agency'
  | 'case_involvement_investigation_case'
  | 'data_key'
  | 'inbox'
  | 'outbox'
> {
  anonymous_notice: AnonymousNotice;
  anonymous_notice_link: AnonymousNoticeLink;
  consent_record: ConsentRecord;
  disclosure_override: DisclosureOverride;
  duplicate_label: DuplicateLabel;
  duplicate_link: DuplicateLink;
  jurisdiction_setting: JurisdictionSetting;
  person_fingerprint: PersonFingerprint;
  referral: Referral;
  referral_version: ReferralVersion;
}

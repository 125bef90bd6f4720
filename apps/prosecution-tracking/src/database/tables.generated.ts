// Generated from the migrated schema by tools/database/schema-types.mjs (npm run db:types).
// Do not edit: change a migration, then regenerate; the integration tier fails when this file drifts.

import type { Generated, Json, Numeric, Timestamp, PlatformTables } from '@nrm/persistence';

export interface Appeal {
  appeal_id: string;
  filed_by: string;
  filed_on: Timestamp;
  recorded_by: string;
  verdict_id: string;
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

export interface DB extends Pick<
  PlatformTables,
  'agency_directory' | 'audit_log' | 'data_key' | 'inbox' | 'outbox'
> {
  appeal: Appeal;
  charge: Charge;
  charge_version: ChargeVersion;
  compensation: Compensation;
  hearing: Hearing;
  investigation: Investigation;
  investigation_agency: InvestigationAgency;
  investigation_case: InvestigationCase;
  law_article: LawArticle;
  referred_case: ReferredCase;
  suspect: Suspect;
  testimony: Testimony;
  verdict: Verdict;
}

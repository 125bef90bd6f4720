// Generated from the migrated schema by tools/database/schema-types.mjs (npm run db:types).
// Do not edit: change a migration, then regenerate; the integration tier fails when this file drifts.

import type { Generated, Json, Timestamp, PlatformTables } from '@nrm/persistence';

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

export interface DB extends Pick<PlatformTables, 'agency_directory' | 'audit_log' | 'inbox' | 'outbox'> {
  analytics_case: AnalyticsCase;
  analytics_deferred_event: AnalyticsDeferredEvent;
  analytics_investigation: AnalyticsInvestigation;
  stat_case_stage: StatCaseStage;
  stat_indicator_assessment: StatIndicatorAssessment;
  stat_notice: StatNotice;
  stat_prosecution: StatProsecution;
  stat_referral: StatReferral;
}

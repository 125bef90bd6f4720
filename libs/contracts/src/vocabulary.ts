/** Shared vocabularies. Values follow the Human Trafficking Case Data Standard (HTCDS) where it has them. */

export const ExploitationTypes = [
  'sexual_exploitation',
  'forced_labour',
  'domestic_servitude',
  'forced_marriage',
  'forced_criminality',
  'forced_begging',
  'organ_removal',
  'child_soldiering',
  'other',
] as const;
export type ExploitationType = (typeof ExploitationTypes)[number];

export const ReferralChannels = [
  'police',
  'immigration',
  'labour_inspection',
  'health',
  'embassy',
  'ngo',
  'hotline',
  'shelter',
  'self_referral',
  // Accepted from a partner state through the exchange; the partner's agency is the referring agency.
  'cross_border',
] as const;
export type ReferralChannel = (typeof ReferralChannels)[number];

export const Sexes = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof Sexes)[number];

export const ImmediateRisks = ['danger_to_life', 'medical_urgency', 'flight_risk'] as const;
export type ImmediateRisk = (typeof ImmediateRisks)[number];

export const AgencyTypes = [
  'police',
  'immigration',
  'labour_inspection',
  'health',
  'embassy',
  'ngo',
  'hotline',
  'shelter',
  'competent_authority',
  'prosecution',
  'court',
  'iom',
] as const;
export type AgencyType = (typeof AgencyTypes)[number];

export const Roles = [
  'first_responder',
  'identification_officer',
  'supervisor',
  'protection_case_worker',
  'service_provider',
  'investigator',
  'prosecutor',
  'analyst',
  'administrator',
] as const;
export type Role = (typeof Roles)[number];

export const Languages = ['ar', 'en'] as const;
export type Language = (typeof Languages)[number];

/** Calendars in which dates are shown to a recipient: Gregorian, or Hijri (Umm al-Qura). */
export const Calendars = ['gregory', 'islamic-umalqura'] as const;
export type Calendar = (typeof Calendars)[number];

/** HTCDS / CTDC means of control (the 17 values; `not_specified` is absence, not a value). */
export const MeansOfControl = [
  'debt_bondage',
  'takes_earnings',
  'restricts_financial_access',
  'threats',
  'psychological_abuse',
  'physical_abuse',
  'sexual_abuse',
  'false_promises',
  'psychoactive_substances',
  'restricts_movement',
  'restricts_medical_care',
  'excessive_working_hours',
  'uses_children',
  'threat_of_law_enforcement',
  'withholds_necessities',
  'withholds_documents',
  'other',
] as const;
export type MeansOfControlValue = (typeof MeansOfControl)[number];

export const RecruitmentMethods = [
  'job_offer',
  'recruitment_agency',
  'intimate_partner',
  'family',
  'friend',
  'online',
  'abduction',
  'sold_by_family',
  'other',
  'unknown',
] as const;
export type RecruitmentMethod = (typeof RecruitmentMethods)[number];

/** What a person can consent to, each separately. */
export const ConsentPurposes = ['referral_and_services', 'data_sharing', 'statistics'] as const;
export type ConsentPurpose = (typeof ConsentPurposes)[number];

/** Age bands used wherever an age must not identify (CTDC bands). */
export const AgeBands = [
  '0-8',
  '9-17',
  '18-20',
  '21-23',
  '24-26',
  '27-29',
  '30-38',
  '39-47',
  '48+',
  'unknown',
] as const;
export type AgeBand = (typeof AgeBands)[number];

export function ageBandOf(age: number | undefined): AgeBand {
  if (age === undefined || !Number.isFinite(age) || age < 0) return 'unknown';
  if (age <= 8) return '0-8';
  if (age <= 17) return '9-17';
  if (age <= 20) return '18-20';
  if (age <= 23) return '21-23';
  if (age <= 26) return '24-26';
  if (age <= 29) return '27-29';
  if (age <= 38) return '30-38';
  if (age <= 47) return '39-47';
  return '48+';
}

/**
 * Why a case's personal data is erased: the referral proved unfounded, the person withdrew consent
 * to its keeping, the retention period the law sets has ended, or a court ordered it.
 */
export const ErasureLegalBases = [
  'unfounded_referral',
  'consent_withdrawn',
  'retention_period_ended',
  'court_order',
] as const;
export type ErasureLegalBasis = (typeof ErasureLegalBases)[number];

/** Roles that work on cases: every role but analysts (statistics only) and administrators (settings only). */
export const CaseRoles: readonly Role[] = Roles.filter((r) => r !== 'analyst' && r !== 'administrator');

/**
 * Why an agency is involved in a case beyond the referrer and the competent authority, as learnt from
 * the events: it leads the protection case, a service referral to it, a shelter placement with it, an
 * investigation it takes part in.
 */
export const InvolvementBases = ['protection_lead', 'service_provider', 'shelter', 'investigation'] as const;
export type InvolvementBasis = (typeof InvolvementBases)[number];

/**
 * Why a user reads or changes case data, recorded with every audit entry. A client states it in the
 * `X-Access-Purpose` header; without one, the purpose of the user's role is recorded.
 */
export const AccessPurposes = [
  'referral',
  'identification',
  'protection',
  'investigation',
  'prosecution',
  'supervision',
  'statistics',
  'administration',
  'consent_or_rights_request',
  'erasure',
  'audit_review',
] as const;
export type AccessPurpose = (typeof AccessPurposes)[number];

const ROLE_PURPOSES: Record<Role, AccessPurpose> = {
  first_responder: 'referral',
  identification_officer: 'identification',
  supervisor: 'supervision',
  protection_case_worker: 'protection',
  service_provider: 'protection',
  investigator: 'investigation',
  prosecutor: 'prosecution',
  analyst: 'statistics',
  administrator: 'administration',
};

/** The purpose recorded when a request states none: the work of the user's role. */
export function defaultAccessPurpose(role: Role): AccessPurpose {
  return ROLE_PURPOSES[role];
}

/**
 * What a message between national deployments is (the exchange): the Transnational Referral
 * Mechanism's exchanges, a follow-up on an earlier one, and a notice to stop processing a person's data.
 */
export const ExchangeMessageTypes = [
  'transfer_referral',
  'information_request',
  'return_coordination',
  'prosecution_cooperation',
  'status_follow_up',
  'cease_processing',
  // A state's published statistics, for the regional view: counts only, already suppressed.
  'regional_statistics',
] as const;
export type ExchangeMessageType = (typeof ExchangeMessageTypes)[number];

/** Why a message is exchanged: the phases of the Transnational Referral Mechanism, and statistics. */
export const ExchangePurposes = [
  'identification',
  'assistance',
  'return_and_social_inclusion',
  'proceedings',
  'statistics',
] as const;
export type ExchangePurpose = (typeof ExchangePurposes)[number];

/** What a status follow-up tells the partner that referred a case: the decisions on it, nothing personal. */
export const ExchangeDecisions = [
  'preliminary_positive',
  'preliminary_negative',
  'final_confirmed',
  'final_not_confirmed',
] as const;
export type ExchangeDecision = (typeof ExchangeDecisions)[number];

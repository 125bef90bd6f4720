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

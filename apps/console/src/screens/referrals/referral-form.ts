import type { components } from '@nrm/api-client';

type CreateReferralRequest = components['schemas']['CreateReferralRequest'];
type ExploitationType = CreateReferralRequest['exploitationTypes'][number];
type MeansOfControl = NonNullable<CreateReferralRequest['meansOfControl']>[number];
type ImmediateRisk = CreateReferralRequest['immediateRisks'][number];
type AgencyType = NonNullable<CreateReferralRequest['consent']['dataSharingAgencyTypes']>[number];

/** What the referral form holds: text as typed; the request is made from it on submit. */
export interface ReferralForm {
  channel: string;
  encounterDate: string;
  encounterPlace: string;
  encounterRegion: string;
  nameArabic: string;
  nameLatin: string;
  dateOfBirth: string;
  estimatedAge: string;
  sex: string;
  nationalities: string;
  languages: string;
  exploitationTypes: ExploitationType[];
  meansOfControl: MeansOfControl[];
  recruitmentMethod: string;
  immediateRisks: ImmediateRisk[];
  account: string;
  interpreterNeeded: boolean;
  interpreterLanguage: string;
  consentReferral: boolean;
  consentStatistics: boolean;
  dataSharingAgencyTypes: AgencyType[];
  consentLanguage: string;
}

export const emptyReferralForm: ReferralForm = {
  channel: 'police',
  encounterDate: '',
  encounterPlace: '',
  encounterRegion: '',
  nameArabic: '',
  nameLatin: '',
  dateOfBirth: '',
  estimatedAge: '',
  sex: 'unknown',
  nationalities: '',
  languages: '',
  exploitationTypes: [],
  meansOfControl: [],
  recruitmentMethod: '',
  immediateRisks: [],
  account: '',
  interpreterNeeded: false,
  interpreterLanguage: '',
  consentReferral: false,
  consentStatistics: false,
  dataSharingAgencyTypes: [],
  consentLanguage: 'ar',
};

const codes = (text: string) =>
  text
    .split(/[,،\s]+/)
    .map((code) => code.trim())
    .filter(Boolean);

const optional = <T>(value: T | undefined | '') => (value === '' || value === undefined ? undefined : value);

/**
 * The request the form makes. Nothing is checked here: the API's validation answers for each field,
 * and the form shows its message on that field.
 */
export function referralBody(form: ReferralForm): CreateReferralRequest {
  const names = { arabic: optional(form.nameArabic.trim()), latin: optional(form.nameLatin.trim()) };
  return {
    channel: form.channel as CreateReferralRequest['channel'],
    encounter: {
      date: form.encounterDate,
      place: form.encounterPlace.trim(),
      ...(form.encounterRegion.trim() ? { region: form.encounterRegion.trim() } : {}),
    },
    person: {
      names,
      ...(form.dateOfBirth ? { dateOfBirth: form.dateOfBirth } : {}),
      ...(form.estimatedAge.trim() ? { estimatedAge: Number(form.estimatedAge) } : {}),
      sex: form.sex as CreateReferralRequest['person']['sex'],
      nationalities: codes(form.nationalities).map((code) => code.toUpperCase()),
      ...(form.languages.trim()
        ? { languages: codes(form.languages).map((code) => code.toLowerCase()) }
        : {}),
    },
    exploitationTypes: form.exploitationTypes,
    ...(form.meansOfControl.length ? { meansOfControl: form.meansOfControl } : {}),
    ...(form.recruitmentMethod
      ? { recruitmentMethod: form.recruitmentMethod as CreateReferralRequest['recruitmentMethod'] }
      : {}),
    immediateRisks: form.immediateRisks,
    interpreter: {
      needed: form.interpreterNeeded,
      ...(form.interpreterNeeded && form.interpreterLanguage.trim()
        ? { language: form.interpreterLanguage.trim().toLowerCase() }
        : {}),
    },
    ...(form.account.trim() ? { account: form.account.trim() } : {}),
    consent: {
      referral: form.consentReferral,
      statistics: form.consentStatistics,
      dataSharingAgencyTypes: form.dataSharingAgencyTypes,
      language: form.consentLanguage as CreateReferralRequest['consent']['language'],
    },
  };
}

/**
 * The child rule as the form explains it: under 18 by the date of birth or the estimated age, or
 * neither known. The API applies the rule; its answer says how the referral was handled.
 */
export function isHandledAsChild(
  form: Pick<ReferralForm, 'dateOfBirth' | 'estimatedAge'>,
  today = new Date(),
): boolean {
  if (form.dateOfBirth) {
    const born = new Date(`${form.dateOfBirth}T00:00:00Z`);
    const eighteenth = new Date(Date.UTC(born.getUTCFullYear() + 18, born.getUTCMonth(), born.getUTCDate()));
    return eighteenth > today;
  }
  if (form.estimatedAge.trim()) return Number(form.estimatedAge) < 18;
  return true;
}

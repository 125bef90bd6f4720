import type { AgencyType, InvolvementBasis, Role } from '@nrm/contracts';

/**
 * Who sees which of a person's details, by what ties their agency to the case and by role. Plain
 * rules, no framework: the table in docs/need-to-know.md is rendered from them.
 */

/** Who the person is and how to talk to them: what everyone who works with the person needs. */
const CARE_FIELDS = [
  'names',
  'aliases',
  'dateOfBirth',
  'estimatedAge',
  'sex',
  'nationalities',
  'languages',
  'interpreter',
] as const;

/** The personal fields a referral holds. */
export const PersonalFields = [...CARE_FIELDS, 'documents', 'contact', 'encounterPlace', 'account'] as const;
export type PersonalField = (typeof PersonalFields)[number];

/**
 * What each kind of reader is shown:
 * - `full`: the referring agency's first responders and supervisors (they wrote it) and the competent
 *   authority's identification officers and supervisors (they decide on it);
 * - `care`: the protection agency that leads the case, and a shelter or service provider the person
 *   was referred to: who to receive and how to talk to them; not the documents, contact details,
 *   where the person was found, nor the account of the exploitation with its indicators;
 * - `investigation`: investigators and prosecutors of an investigation the case belongs to: who the
 *   person is and where they were found; the account is taken again through a testimony arrangement,
 *   never copied from the referral, and protection's needs (medical ones included) stay in protection.
 */
export const PersonalDataViews = {
  full: PersonalFields,
  care: CARE_FIELDS,
  investigation: [...CARE_FIELDS, 'documents', 'encounterPlace'],
} as const satisfies Record<string, readonly PersonalField[]>;
export type PersonalDataView = keyof typeof PersonalDataViews;

const CARE_ROLES: readonly Role[] = ['protection_case_worker', 'service_provider', 'supervisor'];
const INVESTIGATION_ROLES: readonly Role[] = ['investigator', 'prosecutor'];

export interface ReaderTies {
  role: Role;
  /** The reader's agency made the referral. */
  referrer: boolean;
  /** The reader is an identification officer or supervisor of the competent authority. */
  competentAuthority: boolean;
  /** The reader's agency's current involvement in the case. */
  involvements: readonly InvolvementBasis[];
}

/** The view a reader gets, or null when nothing ties them to the case (answered as "no such case"). */
export function personalDataViewFor(ties: ReaderTies): PersonalDataView | null {
  if (ties.competentAuthority) return 'full';
  if (ties.referrer && (ties.role === 'first_responder' || ties.role === 'supervisor')) return 'full';
  if (INVESTIGATION_ROLES.includes(ties.role) && ties.involvements.includes('investigation')) {
    return 'investigation';
  }
  const caring = ties.involvements.some(
    (b) => b === 'protection_lead' || b === 'service_provider' || b === 'shelter',
  );
  if (caring && CARE_ROLES.includes(ties.role)) return 'care';
  return null;
}

export interface ConsentToShare {
  /** The person's data-sharing consent in force: the agency types it covers (empty: none). */
  sharingAgencyTypes: readonly AgencyType[];
  /** Children's data is shared for their protection whatever was consented. */
  personIsChild: boolean;
  /** A supervisor of the competent authority recorded a reason to disclose to this agency anyway. */
  overriddenForAgency: boolean;
}

/**
 * Disclosure to an investigation rests on the person's consent to share with the investigating
 * agency's type, unless the person is a child or a supervisor of the competent authority overrode it
 * for that agency with a recorded reason. Care disclosures were checked when the referral or
 * placement was made (consent, child or a supervisor's recorded override), and end when consent is
 * withdrawn (protection stops the disclosure), so they need no second check here.
 */
export function disclosureRefusal(
  view: PersonalDataView,
  readerAgencyType: AgencyType | undefined,
  consent: ConsentToShare,
): string | null {
  if (view !== 'investigation' || consent.personIsChild || consent.overriddenForAgency) return null;
  if (readerAgencyType && consent.sharingAgencyTypes.includes(readerAgencyType)) return null;
  return "the person has not consented to share their data with this agency's type";
}

/** Keeps only the fields of a view; says which fields were withheld. */
export function projectPersonalData<T extends Partial<Record<PersonalField, unknown>>>(
  view: PersonalDataView,
  all: T,
): { shown: Partial<T>; withheld: PersonalField[] } {
  const allowed: readonly PersonalField[] = PersonalDataViews[view];
  const shown: Partial<T> = {};
  const withheld: PersonalField[] = [];
  for (const field of PersonalFields) {
    if (all[field] === undefined) continue;
    if (allowed.includes(field)) (shown as Record<string, unknown>)[field] = all[field];
    else withheld.push(field);
  }
  return { shown, withheld };
}

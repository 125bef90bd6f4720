import type { ReferralConsentDto } from '@nrm/api-contracts';
import type { AgencyType, ConsentPurpose, Language } from '@nrm/contracts';

/** One consent given or withdrawn for one purpose. */
export interface ConsentEntry {
  purpose: ConsentPurpose;
  granted: boolean;
  sharingAgencyTypes: AgencyType[];
  language: Language;
  interpreter?: string;
}

/** A broken rule, named by the request field it concerns. */
export interface ConsentViolation {
  field: string;
  message: string;
}

/** The consent given with the referral, one entry per purpose. */
export function initialConsentEntries(consent: ReferralConsentDto): ConsentEntry[] {
  const sharing = consent.dataSharingAgencyTypes ?? [];
  const entries: ConsentEntry[] = [
    {
      purpose: 'referral_and_services',
      granted: consent.referral,
      sharingAgencyTypes: [],
      language: consent.language,
    },
    {
      purpose: 'data_sharing',
      granted: sharing.length > 0,
      sharingAgencyTypes: sharing,
      language: consent.language,
    },
    {
      purpose: 'statistics',
      granted: consent.statistics ?? false,
      sharingAgencyTypes: [],
      language: consent.language,
    },
  ];
  return entries.map((entry) => ({ ...entry, interpreter: consent.interpreter }));
}

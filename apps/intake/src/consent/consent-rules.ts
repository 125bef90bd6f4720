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

/** Why a consent change cannot be recorded as asked (the problem's detail and field), if it cannot. */
export function consentChangeRefusal(change: {
  purpose: ConsentPurpose;
  granted: boolean;
  sharingAgencyTypes?: AgencyType[];
}): { detail: string; violation: ConsentViolation } | undefined {
  const sharing = change.sharingAgencyTypes ?? [];
  if (change.purpose === 'data_sharing' && change.granted && sharing.length === 0) {
    return {
      detail: 'name the agency types the person agrees to share with',
      violation: {
        field: 'sharingAgencyTypes',
        message: 'sharingAgencyTypes is required when data sharing is granted',
      },
    };
  }
  if (change.purpose !== 'data_sharing' && sharing.length > 0) {
    return {
      detail: 'agency types apply to data sharing only',
      violation: {
        field: 'sharingAgencyTypes',
        message: 'sharingAgencyTypes applies to the data_sharing purpose only',
      },
    };
  }
  return undefined;
}

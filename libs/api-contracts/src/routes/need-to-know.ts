/**
 * The object-level rules the owning services apply once the role is allowed: which records of which
 * agency the caller reaches. A record outside them answers 404 unless noted (docs/adr/0015).
 */
export const NeedToKnowScopes = {
  ownAgency: "the actor's own agency: its referrals, settings, deliveries or queue",
  ownInbox: "the actor's agency's notifications addressed to their role or to all",
  referringAgency: 'the referring agency only',
  caseInvolvement:
    'the agencies involved in the case while they are: the referrer, the competent authority, the providers, shelters and investigations it went to',
  competentAuthority: 'an agency of type competent_authority (403 otherwise)',
  assignedAuthority: 'the competent authority the screening is assigned to',
  referrerOrCaseProvider:
    'the referring agency, or a provider or shelter the case was referred to (from protection events)',
  caseManager:
    'a protection agency (403 otherwise) that leads the case, or the competent authority; another agency gets 404',
  protectionCaseTies:
    'a protection agency that leads the case or that a pending or accepted service referral or a current placement ties to it; the competent authority sees all',
  referralProvider: "the service referral's provider is the actor's agency",
  shelterOrCaseManager:
    "a provider for its own shelters, a case worker of the shelter's provider, or else the case's manager",
  investigationAgencies: "one of the investigation's agencies",
  caseHolders:
    'a supervisor of an agency that holds the case (intake: involved; protection: lead or tied); other agencies appear without user ids',
  nationalFigures: 'national figures, any agency; counts below k and those that would reveal them suppressed',
  personalDataReader:
    "an agency that may read the person's details (intake decides, as for the details themselves); 404 otherwise",
  deployment:
    "the deployment's own partner registry, agreements and quarantine, the same for every agency the role allows",
  referenceData: 'reference data (a law catalogue), the same for every agency the role allows',
} as const;

export type NeedToKnowScope = keyof typeof NeedToKnowScopes;

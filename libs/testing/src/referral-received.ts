import type { ReferralReceivedV1 } from '@nrm/contracts';

/**
 * A valid ReferralReceived payload for one case, referred now unless `fields` say otherwise: the
 * event the tests of the messaging and of its consumers publish and consume.
 */
export function referralReceivedForTest(
  caseId: string,
  fields: Partial<ReferralReceivedV1> = {},
): ReferralReceivedV1 {
  return {
    caseId,
    caseReference: 'KW-2026-TEST22',
    referringAgencyId: 'kw-moi-police',
    referralChannel: 'police',
    referredAt: new Date().toISOString(),
    personIsChild: false,
    sex: 'female',
    nationalities: ['PH'],
    exploitationTypes: ['forced_labour'],
    immediateRisks: [],
    interpreterNeeded: false,
    ageBand: '27-29',
    meansOfControl: [],
    recruitmentMethod: 'unknown',
    requiresImmediateProtection: false,
    joinedAnonymousNoticeIds: [],
    ...fields,
  };
}

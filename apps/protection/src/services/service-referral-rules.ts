import { ProtectionRuleRefused } from '../cases/case-rules';

export const ServiceReferralStatuses = ['pending', 'accepted', 'declined', 'completed', 'stopped'] as const;
export type ServiceReferralStatus = (typeof ServiceReferralStatuses)[number];
export type ProviderAnswer = 'accept' | 'decline' | 'complete';

/** A provider accepts or declines a pending referral, and completes one it accepted. */
export function answerServiceReferral(
  status: ServiceReferralStatus,
  answer: ProviderAnswer,
): ServiceReferralStatus {
  if (answer === 'complete') {
    if (status !== 'accepted')
      throw new ProtectionRuleRefused(`a ${status} service referral cannot be completed`);
    return 'completed';
  }
  if (status !== 'pending') throw new ProtectionRuleRefused(`the service referral is already ${status}`);
  return answer === 'accept' ? 'accepted' : 'declined';
}

/** Referrals still running: they hold the person's data and keep the case from closing. */
export const OPEN_SERVICE_REFERRAL: readonly ServiceReferralStatus[] = ['pending', 'accepted'];

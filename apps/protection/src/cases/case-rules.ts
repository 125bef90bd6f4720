import type { ClosureReason, OpeningReason } from '@nrm/contracts';

/**
 * A protection case's life as plain rules. `awaiting` holds what is known of a referral whose case
 * has not opened (an adult without urgent risk, before a positive preliminary decision).
 */
export const CaseStatuses = ['awaiting', 'open', 'closure_requested', 'closed'] as const;
export type CaseStatus = (typeof CaseStatuses)[number];

export class ProtectionRuleRefused extends Error {
  override readonly name = 'ProtectionRuleRefused';
}

const refuse = (message: string): never => {
  throw new ProtectionRuleRefused(message);
};

/** Why a case should open now, given what is known; undefined while it should wait. */
export function openingReason(facts: {
  personIsChild: boolean;
  urgentRisk: boolean;
  presumedVictim: boolean;
}): OpeningReason | undefined {
  if (facts.personIsChild) return 'child';
  if (facts.urgentRisk) return 'urgent_risk';
  if (facts.presumedVictim) return 'presumed_victim';
  return undefined;
}

/** The case must be open for a case worker to plan, refer or place. */
export function requireOpen(status: CaseStatus): void {
  if (status === 'awaiting') refuse('the protection case has not opened');
  if (status === 'closure_requested') refuse('the protection case is awaiting closure approval');
  if (status === 'closed') refuse('the protection case is closed');
}

export interface ClosureCheck {
  status: CaseStatus;
  /** Shelter placements queued, placed or checked in. */
  activePlacements: number;
  /** Service referrals pending or accepted. */
  openServiceReferrals: number;
}

/**
 * A case closes only with nothing left running: nobody in or waiting for a shelter through it, and
 * every service referral answered and finished. Closure then waits for a supervisor.
 */
export function requestClosure(check: ClosureCheck, reason: ClosureReason): CaseStatus {
  requireOpen(check.status);
  if (check.activePlacements > 0) {
    refuse('check the person out of the shelter (or cancel the request) before closing the case');
  }
  // A person who died or left the jurisdiction cannot receive services: those close with the case.
  const servicesMayRemain = reason === 'deceased' || reason === 'transferred_to_other_jurisdiction';
  if (check.openServiceReferrals > 0 && !servicesMayRemain) {
    refuse('complete or close the open service referrals before closing the case');
  }
  return 'closure_requested';
}

/** A supervisor other than the one who asked approves or rejects a closure. */
export function reviewClosure(
  state: { status: CaseStatus; closureRequestedBy: string | null },
  reviewerId: string,
  approve: boolean,
): CaseStatus {
  if (state.status !== 'closure_requested') refuse('no closure is awaiting approval');
  if (state.closureRequestedBy === reviewerId)
    refuse('a closure must be approved by someone other than who asked');
  return approve ? 'closed' : 'open';
}

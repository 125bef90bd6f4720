import type { ScreeningStatus } from '@nrm/api-contracts';

/**
 * The victim-status decision process as a state machine: plain rules, no framework. Every command
 * either returns the next state or throws TransitionRefused, which the API answers with 409. The
 * statuses are the API's vocabulary (`ScreeningStatuses` of `@nrm/api-contracts`).
 */
export { ScreeningStatuses } from '@nrm/api-contracts';
export type { ScreeningStatus } from '@nrm/api-contracts';

export type Outcome = 'positive' | 'negative';

export class TransitionRefused extends Error {
  override readonly name = 'TransitionRefused';
}

export interface LifecycleState {
  status: ScreeningStatus;
  /** Local date the recovery period ends, once it started. */
  recoveryEndsOn?: string;
  /** Who recorded the pending negative final decision (a user id). */
  finalDecidedBy?: string;
}

const refuse = (message: string): never => {
  throw new TransitionRefused(message);
};

export function preliminaryDecision(state: LifecycleState, outcome: Outcome): ScreeningStatus {
  if (state.status !== 'open' && state.status !== 'reconsidering_preliminary') {
    refuse(`a preliminary decision cannot be recorded when the screening is ${state.status}`);
  }
  return outcome === 'positive' ? 'in_recovery' : 'not_presumed';
}

/**
 * A final decision needs a positive preliminary decision and, unless policy allows it earlier, the
 * end of the recovery period. A negative one waits for a second reviewer.
 */
export function finalDecision(
  state: LifecycleState,
  outcome: Outcome,
  today: string,
  allowBeforeRecoveryEnds: boolean,
): ScreeningStatus {
  const allowed: ScreeningStatus[] = ['in_recovery', 'awaiting_final', 'reconsidering_final'];
  if (!allowed.includes(state.status)) {
    refuse(
      state.status === 'open' || state.status === 'not_presumed'
        ? 'a final decision needs a positive preliminary decision first'
        : `a final decision cannot be recorded when the screening is ${state.status}`,
    );
  }
  if (
    state.status === 'in_recovery' &&
    !allowBeforeRecoveryEnds &&
    state.recoveryEndsOn &&
    today < state.recoveryEndsOn
  ) {
    refuse(`the recovery period runs until ${state.recoveryEndsOn}; the final decision comes after it`);
  }
  return outcome === 'positive' ? 'confirmed' : 'final_negative_pending_approval';
}

/** The second reviewer approves or sends back a negative final decision; never its own author. */
export function reviewNegativeFinal(
  state: LifecycleState,
  approve: boolean,
  reviewer: string,
): ScreeningStatus {
  if (state.status !== 'final_negative_pending_approval')
    refuse('there is no negative final decision awaiting approval');
  if (state.finalDecidedBy === reviewer) refuse('a decision cannot be approved by the person who made it');
  return approve ? 'not_confirmed' : 'awaiting_final';
}

export function extendRecovery(state: LifecycleState): ScreeningStatus {
  if (state.status !== 'in_recovery' && state.status !== 'awaiting_final') {
    refuse(`the recovery period cannot be extended when the screening is ${state.status}`);
  }
  return 'in_recovery';
}

/** Only a negative decision can be reconsidered, on request, with new information. */
export function requestReconsideration(state: LifecycleState): {
  next: ScreeningStatus;
  stage: 'preliminary' | 'final';
} {
  if (state.status === 'not_presumed') return { next: 'reconsidering_preliminary', stage: 'preliminary' };
  if (state.status === 'not_confirmed') return { next: 'reconsidering_final', stage: 'final' };
  return refuse('only a negative decision can be reconsidered');
}

export function recoveryEnded(state: LifecycleState): ScreeningStatus {
  return state.status === 'in_recovery' ? 'awaiting_final' : state.status;
}

export function close(state: LifecycleState): ScreeningStatus {
  if (state.status === 'confirmed' || state.status === 'not_confirmed') return state.status;
  return 'closed';
}

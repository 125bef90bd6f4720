import { ProtectionRuleRefused } from '../cases/case-rules';

export type PlacementStatus =
  'queued' | 'placed' | 'checked_in' | 'checked_out' | 'cancelled' | 'transferred';

/** Placements that hold a bed or a place in a shelter's queue. */
export const LIVE_PLACEMENT: readonly PlacementStatus[] = ['queued', 'placed', 'checked_in'];

/** Placements that hold a bed. */
export const OCCUPYING_PLACEMENT: readonly PlacementStatus[] = ['placed', 'checked_in'];

const refuse = (message: string): never => {
  throw new ProtectionRuleRefused(message);
};

/** Children are sheltered apart from adults. */
export function requireSuitable(shelter: { for_children: boolean }, personIsChild: boolean): void {
  if (shelter.for_children !== personIsChild) {
    refuse(shelter.for_children ? 'this shelter takes children only' : 'this shelter does not take children');
  }
}

/** A case has one live placement at a time; another shelter is reached by transfer. */
export function requireNoLivePlacement(live: PlacementStatus | undefined): void {
  if (live) refuse(`the case already has a ${live} placement; transfer it instead`);
}

/** A person placed checks in. */
export function requireCheckIn(status: PlacementStatus): void {
  if (status !== 'placed') refuse(`a ${status} placement cannot check in`);
}

/** A placed or checked-in person checks out; a queued request is cancelled. */
export function endOf(status: PlacementStatus): 'cancelled' | 'checked_out' {
  if (!LIVE_PLACEMENT.includes(status)) refuse(`the placement is already ${status}`);
  return status === 'queued' ? 'cancelled' : 'checked_out';
}

/** A transfer goes to another shelter. */
export function requireOtherShelter(fromShelterId: string, toShelterId: string): void {
  if (fromShelterId === toShelterId) refuse('that is the current shelter');
}

/** A placed or checked-in person moves to another shelter. */
export function requireTransfer(status: PlacementStatus): void {
  if (status !== 'placed' && status !== 'checked_in') refuse(`a ${status} placement cannot be transferred`);
}

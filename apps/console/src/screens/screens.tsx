import type { ComponentType } from 'react';
import type { OperationId } from '@nrm/api-client';
import { mayCall } from '../access';
import { MyReferralsScreen } from './referrals/my-referrals';
import { NewReferralScreen } from './referrals/new-referral';
import { ReferralStatusScreen } from './referrals/referral-status';

export interface Screen {
  path: string;
  /** The operation the screen is built on: only roles that may call it see the screen. */
  operation: OperationId;
  /** Its label in the navigation, when it has a place there. */
  navigation?: string;
  Component: ComponentType;
}

export const Screens: readonly Screen[] = [
  {
    path: '/referrals/new',
    operation: 'createReferral',
    navigation: 'nav.newReferral',
    Component: NewReferralScreen,
  },
  {
    path: '/referrals',
    operation: 'listOwnReferrals',
    navigation: 'nav.myReferrals',
    Component: MyReferralsScreen,
  },
  { path: '/referrals/:caseId', operation: 'referralStatus', Component: ReferralStatusScreen },
];

/** The first screen of the navigation the role may open. */
export function landingPath(role: string): string {
  return Screens.find((s) => s.navigation && mayCall(role, s.operation))?.path ?? '/forbidden';
}

import type { ComponentType } from 'react';
import type { OperationId } from '@nrm/api-client';
import { mayCall } from '../access';
import { MyReferralsScreen } from './referrals/my-referrals';
import { NewReferralScreen } from './referrals/new-referral';
import { ReferralStatusScreen } from './referrals/referral-status';
import { AnonymousNoticeScreen } from './referrals/anonymous-notice';
import { AccessLogScreen } from './cases/access-log';
import { DuplicateReviewScreen } from './duplicates/duplicate-review';
import { InboxScreen } from './inbox/inbox';
import { ProtectionCaseScreen } from './protection/protection-case';
import { ProtectionCasesScreen } from './protection/protection-cases';
import { ProviderReferralsScreen } from './protection/provider-referrals';
import { ScreeningScreen } from './identification/screening';
import { ScreeningQueueScreen } from './identification/screening-queue';
import { InvestigationScreen } from './prosecution/investigation';
import { InvestigationsScreen } from './prosecution/investigations';
import { StatisticsScreen } from './statistics/statistics';

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
    path: '/referrals/anonymous-notice',
    operation: 'recordAnonymousNotice',
    navigation: 'nav.anonymousNotice',
    Component: AnonymousNoticeScreen,
  },
  {
    path: '/referrals',
    operation: 'listOwnReferrals',
    navigation: 'nav.myReferrals',
    Component: MyReferralsScreen,
  },
  { path: '/referrals/:caseId', operation: 'caseView', Component: ReferralStatusScreen },
  {
    path: '/screenings',
    operation: 'screeningQueue',
    navigation: 'nav.screeningQueue',
    Component: ScreeningQueueScreen,
  },
  { path: '/screenings/:caseId', operation: 'readScreening', Component: ScreeningScreen },
  {
    path: '/duplicates',
    operation: 'listDuplicates',
    navigation: 'nav.duplicates',
    Component: DuplicateReviewScreen,
  },
  {
    path: '/protection',
    operation: 'protectionCases',
    navigation: 'nav.protection',
    Component: ProtectionCasesScreen,
  },
  { path: '/protection/:caseId', operation: 'protectionCase', Component: ProtectionCaseScreen },
  {
    path: '/services',
    operation: 'providerReferrals',
    navigation: 'nav.services',
    Component: ProviderReferralsScreen,
  },
  {
    path: '/prosecution',
    operation: 'listInvestigations',
    navigation: 'nav.prosecution',
    Component: InvestigationsScreen,
  },
  { path: '/prosecution/:id', operation: 'readInvestigation', Component: InvestigationScreen },
  { path: '/inbox', operation: 'inbox', navigation: 'nav.inbox', Component: InboxScreen },
  {
    path: '/statistics',
    operation: 'statisticsTable',
    navigation: 'nav.statistics',
    Component: StatisticsScreen,
  },
  { path: '/cases/:caseId/access-log', operation: 'caseAccessLog', Component: AccessLogScreen },
];

/** The first screen of the navigation the role may open. */
export function landingPath(role: string): string {
  return Screens.find((s) => s.navigation && mayCall(role, s.operation))?.path ?? '/forbidden';
}

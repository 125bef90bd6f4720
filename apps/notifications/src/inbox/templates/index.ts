/**
 * Notification texts in Arabic and English, one file per family of events. They name the case by
 * reference and say what happened, never who the person is.
 */
export { formatDate } from './locale';
export type { RecipientLocale, RenderedNotification } from './locale';
export {
  anonymousNoticeText,
  deadlineText,
  decisionText,
  screeningOpenedText,
  urgentRiskText,
} from './referral-texts';
export {
  disclosureStoppedText,
  followUpDueText,
  serviceRequestText,
  shelterPlacedText,
} from './service-texts';
export { courtTasksText, hearingText } from './court-texts';
export { digestText } from './digest-text';
export type { DigestSummary } from './digest-text';
export { securityAlertText } from './security-alert-text';
export type { SecurityAlertFacts } from './security-alert-text';

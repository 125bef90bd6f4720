/** Examples of the notifications service's events. */
import type { EventDocumentation } from './shared';
import { CASE_ID, NOTIFICATION_ID, one } from './shared';

const delivery = {
  notificationId: NOTIFICATION_ID,
  caseId: CASE_ID,
  recipientAgencyId: 'ngo-migrant-support',
};

export const NotificationsEvents: Record<string, EventDocumentation> = {
  'nrm.notifications.notification-dispatched': {
    summary:
      'A notification was recorded for one recipient agency: in its inbox at once, and queued on the external channels its subscription names.',
    examples: one('A service request to an NGO, by inbox and email', CASE_ID, {
      ...delivery,
      kind: 'service_request',
      audienceRoles: ['service_provider'],
      channels: ['inbox', 'email'],
      urgent: false,
    }),
  },
  'nrm.notifications.notification-delivered': {
    summary: 'A notification reached its recipient through one channel.',
    examples: one('Delivered by email at the first attempt', CASE_ID, {
      ...delivery,
      channel: 'email',
      attempts: 1,
    }),
  },
  'nrm.notifications.notification-failed': {
    summary: 'A notification could not be delivered through a channel after every retry.',
    examples: one('The webhook kept failing', CASE_ID, {
      ...delivery,
      channel: 'webhook',
      attempts: 5,
      reason: 'webhook answered 503 Service Unavailable',
    }),
  },
};

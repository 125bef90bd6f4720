import { NotificationKinds, Roles } from '@nrm/contracts';
import {
  AgencyPreferencesRequest,
  EmailEndpointRequest,
  SubscriptionRequest,
  WebhookEndpointRequest,
} from '../notifications';
import { defineArea } from './route';

const KIND = { kind: { enum: NotificationKinds } } as const;

/** Inboxes, and how an agency receives notifications: endpoints, subscriptions, language, deliveries. */
export const NotificationRoutes = defineArea(
  { tag: 'notifications', service: 'notifications' },
  {
    inbox: {
      method: 'GET',
      path: '/api/v1/inbox',
      upstream: '/internal/inbox',
      roles: Roles,
      scope: 'ownInbox',
      status: 200,
      summary: 'Your notifications: those of your agency addressed to your role, urgent first, then newest',
      description: 'Read state is yours alone; `unreadCount` counts what you have not read.',
      query: [
        { name: 'unread', required: false, enum: ['true', 'false'] },
        { name: 'caseId', required: false, description: 'only notifications about this case' },
      ],
    },
    markNotificationRead: {
      method: 'POST',
      path: '/api/v1/inbox/:notificationId/read',
      upstream: '/internal/inbox/:notificationId/read',
      roles: Roles,
      scope: 'ownInbox',
      status: 204,
      summary: 'Mark a notification as read by you',
      params: { notificationId: 'uuid' },
      responses: [{ status: 404, description: 'not in your inbox' }],
    },
    setWebhook: {
      method: 'PUT',
      path: '/api/v1/agency/webhook',
      upstream: '/internal/webhook-endpoint',
      roles: ['administrator'],
      scope: 'ownAgency',
      status: 200,
      summary: "Set your agency's webhook (administrators). The signing secret is returned once.",
      description:
        'Deliveries are POSTed with headers x-nrm-notification-id, x-nrm-timestamp and x-nrm-signature ' +
        '(v1=hex HMAC-SHA256 of "<timestamp>.<body>" with the secret). Retries carry the same notification id.',
      body: WebhookEndpointRequest,
    },
    testWebhook: {
      method: 'POST',
      path: '/api/v1/agency/webhook/test',
      upstream: '/internal/webhook-endpoint/test',
      roles: ['administrator'],
      scope: 'ownAgency',
      status: 200,
      summary: 'Send a signed test delivery to your webhook now (administrators)',
      description:
        'The answer says whether the endpoint accepted it, and if not why (HTTP status, timeout, connection).',
      responses: [{ status: 404, description: 'your agency has no webhook endpoint' }],
    },
    setEmail: {
      method: 'PUT',
      path: '/api/v1/agency/email',
      upstream: '/internal/email-endpoint',
      roles: ['administrator'],
      scope: 'ownAgency',
      status: 200,
      summary: "Set your agency's functional mailbox for notifications (administrators)",
      body: EmailEndpointRequest,
    },
    subscriptions: {
      method: 'GET',
      path: '/api/v1/agency/subscriptions',
      upstream: '/internal/subscriptions',
      roles: ['supervisor', 'administrator'],
      scope: 'ownAgency',
      status: 200,
      summary:
        "Your agency's subscriptions: per kind of notification, who sees it and where (supervisors, administrators)",
    },
    setSubscription: {
      method: 'PUT',
      path: '/api/v1/agency/subscriptions/:kind',
      upstream: '/internal/subscriptions/:kind',
      roles: ['administrator'],
      scope: 'ownAgency',
      status: 200,
      summary: 'Change which roles see a kind of notification and on which channels (administrators)',
      description: 'Urgent risks and breached deadlines cannot be switched off.',
      params: KIND,
      body: SubscriptionRequest,
    },
    resetSubscription: {
      method: 'DELETE',
      path: '/api/v1/agency/subscriptions/:kind',
      upstream: '/internal/subscriptions/:kind',
      roles: ['administrator'],
      scope: 'ownAgency',
      status: 200,
      summary: 'Go back to the default for a kind of notification (administrators)',
      params: KIND,
    },
    agencyPreferences: {
      method: 'GET',
      path: '/api/v1/agency/preferences',
      upstream: '/internal/agency-preferences',
      roles: Roles,
      scope: 'ownAgency',
      status: 200,
      summary: 'The language and calendar your agency reads notifications in',
    },
    setAgencyPreferences: {
      method: 'PUT',
      path: '/api/v1/agency/preferences',
      upstream: '/internal/agency-preferences',
      roles: ['administrator'],
      scope: 'ownAgency',
      status: 200,
      summary: 'Set the language and calendar of your notifications (administrators)',
      body: AgencyPreferencesRequest,
    },
    deliveries: {
      method: 'GET',
      path: '/api/v1/agency/deliveries',
      upstream: '/internal/deliveries',
      roles: ['supervisor', 'administrator'],
      scope: 'ownAgency',
      status: 200,
      summary:
        'Deliveries to your webhook and mailbox, newest first, each with its attempts (supervisors, administrators)',
      query: [
        { name: 'status', required: false, enum: ['pending', 'delivered', 'dead_lettered'] },
        { name: 'channel', required: false, enum: ['webhook', 'email'] },
        { name: 'limit', required: false, description: '1 to 200, default 50' },
      ],
    },
  },
);

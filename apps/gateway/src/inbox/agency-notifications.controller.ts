import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  AgencyPreferencesRequest,
  EmailEndpointRequest,
  SubscriptionRequest,
  WebhookEndpointRequest,
} from '@nrm/api-contracts';
import { NotificationKinds } from '@nrm/contracts';
import type { Actor } from '@nrm/security';
import { requireRole } from '@nrm/service-kit';
import { AuthenticatedActor } from '../auth/actor.decorator';
import { ServiceClient } from '../upstream/service-client';
import { forwardQuery } from './inbox.controller';

/** How an agency receives notifications: endpoints, subscriptions, language and calendar, deliveries. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/v1/agency')
export class AgencyNotificationsController {
  constructor(private readonly services: ServiceClient) {}

  @Put('webhook')
  @ApiOperation({
    summary: "Set your agency's webhook (administrators). The signing secret is returned once.",
    description:
      'Deliveries are POSTed with headers x-nrm-notification-id, x-nrm-timestamp and x-nrm-signature ' +
      '(v1=hex HMAC-SHA256 of "<timestamp>.<body>" with the secret). Retries carry the same notification id.',
  })
  async putWebhook(@Body() body: WebhookEndpointRequest, @AuthenticatedActor() actor: Actor) {
    requireRole(actor, 'administrator');
    return (
      await this.services.call<unknown>('notifications', 'PUT', '/internal/webhook-endpoint', actor, { body })
    ).body;
  }

  @Post('webhook/test')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send a signed test delivery to your webhook now (administrators)',
    description:
      'The answer says whether the endpoint accepted it, and if not why (HTTP status, timeout, connection).',
  })
  @ApiResponse({ status: 404, description: 'your agency has no webhook endpoint' })
  async testWebhook(@AuthenticatedActor() actor: Actor) {
    requireRole(actor, 'administrator');
    return (
      await this.services.call<unknown>('notifications', 'POST', '/internal/webhook-endpoint/test', actor)
    ).body;
  }

  @Put('email')
  @ApiOperation({ summary: "Set your agency's functional mailbox for notifications (administrators)" })
  async putEmail(@Body() body: EmailEndpointRequest, @AuthenticatedActor() actor: Actor) {
    requireRole(actor, 'administrator');
    return (
      await this.services.call<unknown>('notifications', 'PUT', '/internal/email-endpoint', actor, { body })
    ).body;
  }

  @Get('subscriptions')
  @ApiOperation({
    summary:
      "Your agency's subscriptions: per kind of notification, who sees it and where (supervisors, administrators)",
  })
  async subscriptions(@AuthenticatedActor() actor: Actor) {
    requireRole(actor, 'administrator', 'supervisor');
    return (await this.services.call<unknown>('notifications', 'GET', '/internal/subscriptions', actor)).body;
  }

  @Put('subscriptions/:kind')
  @ApiOperation({
    summary: 'Change which roles see a kind of notification and on which channels (administrators)',
    description: 'Urgent risks and breached deadlines cannot be switched off.',
  })
  @ApiParam({ name: 'kind', enum: NotificationKinds })
  async putSubscription(
    @Param('kind') kind: string,
    @Body() body: SubscriptionRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    requireRole(actor, 'administrator');
    return (
      await this.services.call<unknown>(
        'notifications',
        'PUT',
        `/internal/subscriptions/${encodeURIComponent(kind)}`,
        actor,
        {
          body,
        },
      )
    ).body;
  }

  @Delete('subscriptions/:kind')
  @ApiOperation({ summary: 'Go back to the default for a kind of notification (administrators)' })
  @ApiParam({ name: 'kind', enum: NotificationKinds })
  async resetSubscription(@Param('kind') kind: string, @AuthenticatedActor() actor: Actor) {
    requireRole(actor, 'administrator');
    return (
      await this.services.call<unknown>(
        'notifications',
        'DELETE',
        `/internal/subscriptions/${encodeURIComponent(kind)}`,
        actor,
      )
    ).body;
  }

  @Get('preferences')
  @ApiOperation({ summary: 'The language and calendar your agency reads notifications in' })
  async preferences(@AuthenticatedActor() actor: Actor) {
    return (await this.services.call<unknown>('notifications', 'GET', '/internal/agency-preferences', actor))
      .body;
  }

  @Put('preferences')
  @ApiOperation({ summary: 'Set the language and calendar of your notifications (administrators)' })
  async putPreferences(@Body() body: AgencyPreferencesRequest, @AuthenticatedActor() actor: Actor) {
    requireRole(actor, 'administrator');
    return (
      await this.services.call<unknown>('notifications', 'PUT', '/internal/agency-preferences', actor, {
        body,
      })
    ).body;
  }

  @Get('deliveries')
  @ApiOperation({
    summary:
      'Deliveries to your webhook and mailbox, newest first, each with its attempts (supervisors, administrators)',
  })
  @ApiQuery({ name: 'status', required: false, enum: ['pending', 'delivered', 'dead_lettered'] })
  @ApiQuery({ name: 'channel', required: false, enum: ['webhook', 'email'] })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 200, default 50' })
  async deliveries(
    @AuthenticatedActor() actor: Actor,
    @Query('status') status?: string,
    @Query('channel') channel?: string,
    @Query('limit') limit?: string,
  ) {
    requireRole(actor, 'administrator', 'supervisor');
    const query = forwardQuery({ status, channel, limit });
    return (await this.services.call<unknown>('notifications', 'GET', `/internal/deliveries${query}`, actor))
      .body;
  }
}

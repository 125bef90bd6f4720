import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { EmailEndpointRequest, WebhookEndpointRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { requireRole } from '@nrm/service-kit';
import { AuthenticatedActor } from '../auth/actor.decorator';
import { ServiceClient } from '../upstream/service-client';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/v1')
export class InboxController {
  constructor(private readonly services: ServiceClient) {}

  @Get('inbox')
  @ApiOperation({ summary: "Your agency's notifications, newest first" })
  async inbox(@AuthenticatedActor() actor: Actor) {
    return (await this.services.call<unknown>('notifications', 'GET', '/internal/inbox', actor)).body;
  }

  @Post('inbox/:notificationId/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark a notification as read' })
  @ApiResponse({ status: 404, description: 'not in your inbox' })
  async markRead(
    @Param('notificationId', new ParseUUIDPipe()) notificationId: string,
    @AuthenticatedActor() actor: Actor,
  ): Promise<void> {
    await this.services.call('notifications', 'POST', `/internal/inbox/${notificationId}/read`, actor);
  }

  @Put('agency/webhook')
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

  @Put('agency/email')
  @ApiOperation({ summary: "Set your agency's functional mailbox for notifications (administrators)" })
  async putEmail(@Body() body: EmailEndpointRequest, @AuthenticatedActor() actor: Actor) {
    requireRole(actor, 'administrator');
    return (
      await this.services.call<unknown>('notifications', 'PUT', '/internal/email-endpoint', actor, { body })
    ).body;
  }
}

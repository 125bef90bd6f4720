import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { WebhookEndpointRequest } from '@nrm/api-contracts';
import type { WebhookEndpointResponse, WebhookTestResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { SetWebhookEndpoint } from './commands/set-webhook-endpoint';
import { TestWebhookEndpoint } from './commands/test-webhook-endpoint';
import { OwnWebhookEndpoint } from './queries/own-webhook-endpoint';

/** Internal API: an agency administrator sets the agency's webhook; the signing secret is shown once. */
@Controller('internal/webhook-endpoint')
export class WebhookEndpointController {
  constructor(
    private readonly setEndpoint: SetWebhookEndpoint,
    private readonly endpoint: OwnWebhookEndpoint,
    private readonly testEndpoint: TestWebhookEndpoint,
  ) {}

  @Put()
  put(@Body() body: WebhookEndpointRequest, @CurrentActor() actor: Actor): Promise<WebhookEndpointResponse> {
    return this.setEndpoint.execute(actor, body);
  }

  @Get()
  get(@CurrentActor() actor: Actor): Promise<{ agencyId: string; url: string }> {
    return this.endpoint.execute(actor);
  }

  /** Sends a signed test delivery at once, outside the queue, and reports how the endpoint answered. */
  @Post('test')
  @HttpCode(200)
  test(@CurrentActor() actor: Actor): Promise<WebhookTestResponse> {
    return this.testEndpoint.execute(actor);
  }
}

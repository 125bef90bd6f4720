import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module';
import { SetWebhookEndpoint } from './commands/set-webhook-endpoint';
import { TestWebhookEndpoint } from './commands/test-webhook-endpoint';
import { OwnWebhookEndpoint } from './queries/own-webhook-endpoint';
import { WebhookEndpointController } from './webhook-endpoint.controller';
import { WebhookEndpointRepository } from './webhook-endpoint.repository';
import { WebhookSender } from './webhook-sender';

/** The webhook channel: each agency's endpoint, its test delivery and the signed sender. */
@Module({
  imports: [AgenciesModule],
  controllers: [WebhookEndpointController],
  providers: [
    WebhookEndpointRepository,
    SetWebhookEndpoint,
    OwnWebhookEndpoint,
    TestWebhookEndpoint,
    WebhookSender,
  ],
  exports: [WebhookSender],
})
export class WebhooksModule {}

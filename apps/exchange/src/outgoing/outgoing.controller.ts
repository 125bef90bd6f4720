import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ExchangeRequest } from '@nrm/api-contracts';
import type { ExchangeMessagePage, ExchangeRequestAccepted } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { RequestExchange } from './commands/request-exchange';
import { CaseMessages } from './queries/case-messages';

/** Requests to send, and a case's messages: internal API, only the gateway calls it. */
@Controller('internal/exchange')
export class OutgoingController {
  constructor(
    private readonly requestExchange: RequestExchange,
    private readonly caseMessages: CaseMessages,
  ) {}

  @Post('requests')
  @HttpCode(201)
  request(@Body() body: ExchangeRequest, @CurrentActor() actor: Actor): Promise<ExchangeRequestAccepted> {
    return this.requestExchange.execute(body, actor);
  }

  @Get('cases/:caseId/messages')
  messages(
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ExchangeMessagePage> {
    return this.caseMessages.execute(caseId, actor);
  }
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ExchangeRequest } from '@nrm/api-contracts';
import type {
  ExchangeEvidenceResponse,
  ExchangeMessageContentResponse,
  ExchangeMessagePage,
  ExchangeRequestAccepted,
} from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { RequestExchange } from './commands/request-exchange';
import { CaseEvidence } from './queries/case-evidence';
import { CaseMessage } from './queries/case-message';
import { CaseMessages } from './queries/case-messages';

/** Requests to send, and a case's messages: internal API, only the gateway calls it. */
@Controller('internal/exchange')
export class OutgoingController {
  constructor(
    private readonly requestExchange: RequestExchange,
    private readonly caseMessages: CaseMessages,
    private readonly caseEvidence: CaseEvidence,
    private readonly caseMessage: CaseMessage,
  ) {}

  @Get('cases/:caseId/messages/:messageId')
  message(
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Param('messageId', new ParseUUIDPipe()) messageId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ExchangeMessageContentResponse> {
    return this.caseMessage.execute(caseId, messageId, actor);
  }

  @Get('cases/:caseId/evidence')
  evidence(
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ExchangeEvidenceResponse> {
    return this.caseEvidence.execute(caseId, actor);
  }

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

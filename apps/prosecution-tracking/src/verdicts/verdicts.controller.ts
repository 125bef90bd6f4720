import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { AppealRequest, VerdictRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { FileAppeal } from './commands/file-appeal';
import { RecordVerdict } from './commands/record-verdict';

const UUID = new ParseUUIDPipe();

/** Verdicts and appeals: internal API, only the gateway calls it. */
@Controller('internal/prosecution')
export class VerdictsController {
  constructor(
    private readonly recordVerdict: RecordVerdict,
    private readonly fileAppeal: FileAppeal,
  ) {}

  @Post('investigations/:id/verdicts')
  @HttpCode(201)
  verdict(@Param('id', UUID) id: string, @Body() body: VerdictRequest, @CurrentActor() actor: Actor) {
    return this.recordVerdict.execute(id, body, actor);
  }

  @Post('verdicts/:verdictId/appeals')
  @HttpCode(201)
  appeal(
    @Param('verdictId', UUID) verdictId: string,
    @Body() body: AppealRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.fileAppeal.execute(verdictId, body, actor);
  }
}

import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ResidenceStatusRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { RecordResidenceStatus } from './commands/record-residence-status';

const UUID = new ParseUUIDPipe();

/** The person's residence status: internal API, only the gateway calls it. */
@Controller('internal/protection')
export class ResidenceController {
  constructor(private readonly recordStatus: RecordResidenceStatus) {}

  @Post('cases/:caseId/residence-status')
  @HttpCode(201)
  record(
    @Param('caseId', UUID) caseId: string,
    @Body() body: ResidenceStatusRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.recordStatus.execute(caseId, body, actor);
  }
}

import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { AnonymousNoticeRequest } from '@nrm/api-contracts';
import type { AnonymousNoticeRecordedResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { RecordAnonymousNotice } from './commands/record-anonymous-notice';

@Controller('internal/referrals/anonymous-notices')
export class AnonymousNoticesController {
  constructor(private readonly recordNotice: RecordAnonymousNotice) {}

  @Post()
  @HttpCode(201)
  create(
    @Body() body: AnonymousNoticeRequest,
    @CurrentActor() actor: Actor,
  ): Promise<AnonymousNoticeRecordedResponse> {
    return this.recordNotice.execute(body, actor);
  }
}

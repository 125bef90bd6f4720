import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { HearingRequest, PostponementRequest, TestimonyRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { ArrangeTestimony } from './commands/arrange-testimony';
import { HoldHearing } from './commands/hold-hearing';
import { PostponeHearing } from './commands/postpone-hearing';
import { ScheduleHearing } from './commands/schedule-hearing';

const UUID = new ParseUUIDPipe();

/** Hearings and the victims' testimony: internal API, only the gateway calls it. */
@Controller('internal/prosecution')
export class HearingsController {
  constructor(
    private readonly scheduleHearing: ScheduleHearing,
    private readonly postponeHearing: PostponeHearing,
    private readonly holdHearing: HoldHearing,
    private readonly arrangeTestimony: ArrangeTestimony,
  ) {}

  @Post('investigations/:id/hearings')
  @HttpCode(201)
  schedule(@Param('id', UUID) id: string, @Body() body: HearingRequest, @CurrentActor() actor: Actor) {
    return this.scheduleHearing.execute(id, body, actor);
  }

  @Post('hearings/:hearingId/postponement')
  @HttpCode(201)
  postpone(
    @Param('hearingId', UUID) hearingId: string,
    @Body() body: PostponementRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.postponeHearing.execute(hearingId, body, actor);
  }

  @Post('hearings/:hearingId/held')
  @HttpCode(201)
  held(@Param('hearingId', UUID) hearingId: string, @CurrentActor() actor: Actor) {
    return this.holdHearing.execute(hearingId, actor);
  }

  @Post('hearings/:hearingId/testimonies')
  @HttpCode(201)
  testimony(
    @Param('hearingId', UUID) hearingId: string,
    @Body() body: TestimonyRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.arrangeTestimony.execute(hearingId, body, actor);
  }
}

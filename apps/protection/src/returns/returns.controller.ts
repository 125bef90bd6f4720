import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ReturnCompletionRequest, ReturnPlanRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { CancelReturn } from './commands/cancel-return';
import { CompleteReturn } from './commands/complete-return';
import { PlanReturn } from './commands/plan-return';

const UUID = new ParseUUIDPipe();

/** Voluntary return: internal API, only the gateway calls it. */
@Controller('internal/protection')
export class ReturnsController {
  constructor(
    private readonly planReturn: PlanReturn,
    private readonly completeReturn: CompleteReturn,
    private readonly cancelReturn: CancelReturn,
  ) {}

  @Post('cases/:caseId/return-plan')
  @HttpCode(201)
  plan(@Param('caseId', UUID) caseId: string, @Body() body: ReturnPlanRequest, @CurrentActor() actor: Actor) {
    return this.planReturn.execute(caseId, body, actor);
  }

  @Post('cases/:caseId/return-plan/completion')
  @HttpCode(201)
  complete(
    @Param('caseId', UUID) caseId: string,
    @Body() body: ReturnCompletionRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.completeReturn.execute(caseId, body, actor);
  }

  @Post('cases/:caseId/return-plan/cancellation')
  @HttpCode(201)
  cancel(@Param('caseId', UUID) caseId: string, @CurrentActor() actor: Actor) {
    return this.cancelReturn.execute(caseId, actor);
  }
}

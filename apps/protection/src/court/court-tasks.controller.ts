import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { CompleteCourtTask } from './commands/complete-court-task';

const UUID = new ParseUUIDPipe();

/** Court tasks of a case: internal API, only the gateway calls it. */
@Controller('internal/protection')
export class CourtTasksController {
  constructor(private readonly completeTask: CompleteCourtTask) {}

  @Post('cases/:caseId/court-tasks/:taskId/done')
  @HttpCode(201)
  done(
    @Param('caseId', UUID) caseId: string,
    @Param('taskId', UUID) taskId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.completeTask.execute(caseId, taskId, actor);
  }
}

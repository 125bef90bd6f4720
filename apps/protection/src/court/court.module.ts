import { Module } from '@nestjs/common';
import { CaseAccessModule } from '../cases/case-access.module';
import { CasesModule } from '../cases/cases.module';
import { CompleteCourtTask } from './commands/complete-court-task';
import { CreateCourtTasks } from './commands/create-court-tasks';
import { CourtTaskRepository } from './court-task.repository';
import { CourtTasksController } from './court-tasks.controller';
import { CourtTasksEvents } from './court-tasks.events';

/** The tasks a victim's testimony implies for protection before the hearing. */
@Module({
  imports: [CaseAccessModule, CasesModule],
  controllers: [CourtTasksController, CourtTasksEvents],
  providers: [CourtTaskRepository, CreateCourtTasks, CompleteCourtTask],
})
export class CourtModule {}

import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { VictimTestimonyArranged } from '@nrm/contracts';
import type { VictimTestimonyV1 } from '@nrm/contracts';
import type { InboundEvent } from '@nrm/messaging';
import { CreateCourtTasks } from './commands/create-court-tasks';

/** What the court tasks learn from prosecution tracking. */
@Controller()
export class CourtTasksEvents {
  constructor(private readonly createCourtTasks: CreateCourtTasks) {}

  /** A victim testifies: protection owes the tasks that implies before the hearing. */
  @EventPattern(VictimTestimonyArranged.type)
  async onVictimTestimony(@Payload() { payload, manager }: InboundEvent<VictimTestimonyV1>): Promise<void> {
    await this.createCourtTasks.execute(manager, payload, new Date());
  }
}

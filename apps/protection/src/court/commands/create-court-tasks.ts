import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import { CourtTasksCreated } from '@nrm/contracts';
import type { VictimTestimonyV1 } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { SERVICE_CONFIG } from '@nrm/service-kit';
import { RecordCaseFacts } from '../../cases/commands/record-case-facts';
import type { ProtectionConfig } from '../../protection.config';
import { CourtTaskRepository } from '../court-task.repository';
import { courtTasks, courtTasksDueOn } from '../court-task-rules';

/**
 * The tasks a victim's testimony implies for protection, and the agencies holding the case told of
 * it; the open ones are re-dated when the hearing moved.
 */
@Injectable()
export class CreateCourtTasks {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly recordCaseFacts: RecordCaseFacts,
    private readonly tasks: CourtTaskRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ProtectionConfig,
  ) {}

  async execute(manager: EntityManager, t: VictimTestimonyV1, now: Date): Promise<void> {
    // The referral may not have reached protection yet (topics are not ordered with each other):
    // record what is known, so the tasks are kept and show once the case opens.
    await this.recordCaseFacts.execute(manager, { caseId: t.caseId, caseReference: t.caseReference }, now);
    const today = LocalDate.of(now, this.config.JURISDICTION_TIME_ZONE);
    const dueOn = courtTasksDueOn(LocalDate.parse(t.hearingDate), today).toString();
    const taskTypes = courtTasks(t.measures);
    for (const taskType of taskTypes) {
      await this.tasks.upsert(manager, {
        caseId: t.caseId,
        hearingId: t.hearingId,
        taskType,
        hearingDate: t.hearingDate,
        dueOn,
      });
    }
    await this.outbox.append(manager, CourtTasksCreated, {
      subject: t.caseId,
      time: now,
      data: {
        caseId: t.caseId,
        caseReference: t.caseReference,
        hearingId: t.hearingId,
        hearingDate: t.hearingDate,
        taskTypes,
        dueOn,
        agencyIds: await this.tasks.agenciesHolding(manager, t.caseId),
      },
    });
  }
}

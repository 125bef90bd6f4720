import { Injectable } from '@nestjs/common';
import type { ScreeningQueuePage } from '@nrm/api-contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { ScreeningStatuses } from '../../decisions/screening-lifecycle';
import { ScreeningRepository } from '../screening.repository';
import { Routes } from '@nrm/api-contracts';

/** The competent authority's queue of one status, the nearest deadline first, then the oldest. */
@Injectable()
export class ScreeningQueue {
  constructor(
    private readonly dataSource: DataSource,
    private readonly screenings: ScreeningRepository,
  ) {}

  async execute(actor: Actor, status: string): Promise<ScreeningQueuePage> {
    permit(actor, Routes.screeningQueue);
    if (!(ScreeningStatuses as readonly string[]).includes(status)) {
      throw new ProblemException('validation', 'the query is not valid', [
        { field: 'status', message: `status must be one of ${ScreeningStatuses.join(', ')}` },
      ]);
    }
    const rows = await this.screenings.queue(this.dataSource, actor.agencyId, status);
    return {
      items: rows.map((r) => ({
        caseId: r.case_id,
        caseReference: r.case_reference,
        status: r.status,
        personIsChild: r.person_is_child,
        openedAt: r.opened_at.toISOString(),
        nextDueOn: r.next_due_on,
      })),
    };
  }
}

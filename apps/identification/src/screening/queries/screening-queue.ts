import { Injectable } from '@nestjs/common';
import type { ScreeningQueuePage } from '@nrm/api-contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { ScreeningStatuses } from '../../decisions/screening-lifecycle';
import { ScreeningRepository } from '../screening.repository';
import { PolicyRepository } from '../../policy/policy.repository';
import { LocalDate } from '@nrm/calendar';
import { Routes } from '@nrm/api-contracts';

/**
 * The competent authority's queue of one status, the nearest deadline first (so the overdue lead),
 * then the oldest, each with the working days left to its deadline.
 */
@Injectable()
export class ScreeningQueue {
  constructor(
    private readonly dataSource: DataSource,
    private readonly screenings: ScreeningRepository,
    private readonly policies: PolicyRepository,
  ) {}

  async execute(actor: Actor, status: string): Promise<ScreeningQueuePage> {
    permit(actor, Routes.screeningQueue);
    if (!(ScreeningStatuses as readonly string[]).includes(status)) {
      throw new ProblemException('validation', 'the query is not valid', [
        { field: 'status', message: `status must be one of ${ScreeningStatuses.join(', ')}` },
      ]);
    }
    const rows = await this.screenings.queue(this.dataSource, actor.agencyId, status);
    // Working days left by the jurisdiction's calendar (weekend and holidays), as the deadline clock counts.
    const policy = await this.policies.defaultPolicy(this.dataSource.manager);
    const today = LocalDate.of(new Date(), policy.timeZone);
    return {
      items: rows.map((r) => ({
        caseId: r.case_id,
        caseReference: r.case_reference,
        status: r.status,
        personIsChild: r.person_is_child,
        openedAt: r.opened_at.toISOString(),
        nextDueOn: r.next_due_on,
        workingDaysLeft:
          r.next_due_on === null
            ? null
            : policy.calendar.workingDaysBetween(today, LocalDate.parse(r.next_due_on)),
      })),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { EntityManager } from 'typeorm';
import { DeadlineRepository } from '../../deadlines/deadline.repository';
import { ScreeningRepository, lifecycleState } from '../../screening/screening.repository';
import { close } from '../screening-lifecycle';

/** The referral was withdrawn: an undecided screening closes and its deadlines stop. */
@Injectable()
export class CloseScreeningOnWithdrawal {
  constructor(
    private readonly screenings: ScreeningRepository,
    private readonly deadlines: DeadlineRepository,
  ) {}

  async execute(manager: EntityManager, caseId: string): Promise<void> {
    const row = await this.screenings.lock(manager, caseId);
    if (!row) return;
    const next = close(lifecycleState(row));
    await this.screenings.change(manager, caseId, { status: next, updated_at: sql<Date>`now()` });
    if (next === 'closed') await this.deadlines.cancelPending(manager, caseId);
  }
}

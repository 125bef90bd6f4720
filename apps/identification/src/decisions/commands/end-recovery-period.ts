import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import { RecoveryPeriodEnded } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { ScreeningRepository, lifecycleState } from '../../screening/screening.repository';
import { recoveryEnded } from '../screening-lifecycle';

/** A recovery period's end date has come (the deadline clock's call, in its transaction). */
@Injectable()
export class EndRecoveryPeriod {
  constructor(
    private readonly screenings: ScreeningRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(manager: EntityManager, caseId: string, now: Date): Promise<void> {
    const row = await this.screenings.lock(manager, caseId);
    const startsOn = row?.recovery_starts_on;
    const endsOn = row?.recovery_ends_on;
    if (!row || !startsOn || !endsOn) return;
    await this.screenings.change(manager, caseId, {
      status: recoveryEnded(lifecycleState(row)),
      updated_at: now,
    });
    await this.outbox.append(manager, RecoveryPeriodEnded, {
      subject: caseId,
      time: now,
      data: {
        caseId,
        startsOn,
        endsOn,
        days: Math.max(1, LocalDate.parse(startsOn).daysUntil(LocalDate.parse(endsOn))),
      },
    });
  }
}

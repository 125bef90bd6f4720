import { Injectable } from '@nestjs/common';
import { LocalDate } from '@nrm/calendar';
import type { RecoveryExtensionRequest, ScreeningStatusResponse } from '@nrm/api-contracts';
import { RecoveryPeriodExtended } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { DeadlineRepository } from '../../deadlines/deadline.repository';
import { ScreeningRepository, lifecycleState } from '../../screening/screening.repository';
import { DecisionRepository } from '../decision.repository';
import { ScreeningChange } from '../screening-change';
import { extendRecovery } from '../screening-lifecycle';
import { Routes } from '@nrm/api-contracts';

/** Extends the recovery period by some days from its end (or from today, once it has ended). */
@Injectable()
export class ExtendRecoveryPeriod {
  constructor(
    private readonly change: ScreeningChange,
    private readonly screenings: ScreeningRepository,
    private readonly decisions: DecisionRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
  ) {}

  execute(
    caseId: string,
    request: RecoveryExtensionRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<ScreeningStatusResponse> {
    permit(actor, Routes.extendRecoveryPeriod);
    return this.change.run(caseId, actor, now, true, async ({ manager, row, today }) => {
      const next = extendRecovery(lifecycleState(row));
      const from =
        row.recovery_ends_on && !LocalDate.parse(row.recovery_ends_on).isBefore(today)
          ? LocalDate.parse(row.recovery_ends_on)
          : today;
      const endsOn = from.plusDays(request.days).toString();
      await this.deadlines.scheduleRecoveryEnd(manager, row.case_id, endsOn);
      await this.decisions.recordExtension(manager, {
        case_id: row.case_id,
        extended_at: now,
        days: request.days,
        reason: request.reason,
        note_sealed: request.note
          ? (await this.keyring.sealerFor(manager, row.case_id)).seal(request.note)
          : null,
        extended_by_user: actor.userId,
      });
      await this.screenings.change(manager, row.case_id, {
        status: next,
        recovery_ends_on: endsOn,
        updated_at: now,
      });
      await this.outbox.append(manager, RecoveryPeriodExtended, {
        subject: row.case_id,
        time: now,
        data: {
          caseId: row.case_id,
          startsOn: today.toString(),
          endsOn,
          days: request.days,
          extensionReason: request.reason,
        },
      });
      return next;
    });
  }
}

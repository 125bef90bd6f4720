import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import { FollowUpDue } from '@nrm/contracts';
import type { FollowUpKind } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Logger } from '@nrm/observability';
import { LOGGER, PeriodicTask, SERVICE_CONFIG } from '@nrm/service-kit';
import type { ProtectionConfig } from '../protection.config';

interface DueFollowUp {
  follow_up_id: string;
  case_id: string;
  case_reference: string;
  kind: FollowUpKind;
  sequence: number;
  due_on: string;
  about_date: string;
  recipient_agency_id: string;
}

/**
 * Raises follow-ups when they fall due: residence permits nearing expiry and the follow-ups after a
 * return. They are rows, not timers: a pass reads what is due on the jurisdiction's calendar, so one
 * due while the service was down is raised when it is back, and the row's mark, set in the
 * transaction that records the event, raises each once.
 */
@Injectable()
export class FollowUpClock extends PeriodicTask {
  protected readonly taskName = 'follow-up clock';

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(SERVICE_CONFIG) private readonly config: ProtectionConfig,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.FOLLOW_UP_CHECK_INTERVAL_MS;
  }

  protected pass(): Promise<number> {
    return this.raiseDue(new Date());
  }

  /** Raises every follow-up due by `now`; returns how many. */
  raiseDue(now: Date): Promise<number> {
    const today = LocalDate.of(now, this.config.JURISDICTION_TIME_ZONE).toString();
    return this.dataSource.transaction(async (manager) => {
      const due: DueFollowUp[] = await manager.query(
        `SELECT f.follow_up_id, f.case_id, c.case_reference, f.kind, f.sequence, f.due_on::text, f.about_date::text,
                f.recipient_agency_id
           FROM follow_up f JOIN protection_case c USING (case_id)
          WHERE f.raised_at IS NULL AND f.cancelled_at IS NULL AND f.due_on <= $1
          ORDER BY f.due_on LIMIT 200 FOR UPDATE OF f SKIP LOCKED`,
        [today],
      );
      for (const f of due) {
        await manager.query(`UPDATE follow_up SET raised_at = $2 WHERE follow_up_id = $1`, [
          f.follow_up_id,
          now,
        ]);
        await this.outbox.append(manager, FollowUpDue, {
          subject: f.case_id,
          time: now,
          data: {
            caseId: f.case_id,
            caseReference: f.case_reference,
            kind: f.kind,
            dueOn: f.due_on,
            aboutDate: f.about_date,
            sequence: f.sequence,
            recipientAgencyId: f.recipient_agency_id,
          },
        });
      }
      return due.length;
    });
  }
}

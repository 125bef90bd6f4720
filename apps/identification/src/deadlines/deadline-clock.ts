import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import { DeadlineApproaching, DeadlineBreached } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { PlatformMetrics } from '@nrm/observability';
import type { Logger } from '@nrm/observability';
import { LOGGER, PeriodicTask, SERVICE_CONFIG } from '@nrm/service-kit';
import type { IdentificationConfig } from '../identification.config';
import { EndRecoveryPeriod } from '../decisions/commands/end-recovery-period';
import { PolicyRepository } from '../policy/policy.repository';
import { deadlineAlertDue } from './deadline-alert';
import { DeadlineRepository } from './deadline.repository';

/**
 * Raises deadline alerts from the deadline rows. Business time lives in PostgreSQL, not in timers:
 * each pass reads what is due by the jurisdiction's calendar, so an alert missed while the service
 * was down is raised on the next pass, and the row's warned/breached marks (set in the transaction
 * that records the event) make each alert fire once.
 */
@Injectable()
export class DeadlineClock extends PeriodicTask {
  protected readonly taskName = 'deadline clock';

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly policies: PolicyRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly endRecoveryPeriod: EndRecoveryPeriod,
    @Inject(SERVICE_CONFIG) private readonly config: IdentificationConfig,
    @Inject(LOGGER) protected readonly logger: Logger,
    private readonly metrics: PlatformMetrics,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.DEADLINE_CHECK_INTERVAL_MS;
  }

  protected pass(): Promise<number> {
    return this.tick();
  }

  /** One pass: raises every alert owed now; returns how many. */
  async tick(now = new Date()): Promise<number> {
    const alerts: { deadline: string; alert: string }[] = [];
    const raised = await this.dataSource.transaction(async (manager) => {
      const policy = await this.policies.defaultPolicy(manager);
      const today = LocalDate.of(now, policy.timeZone);
      // Anything due within the warning window; 31 calendar days covers any sane window of working days.
      const horizon = today.plusDays(31).toString();
      const rows = await this.deadlines.dueForAlerts(manager, horizon);
      let raised = 0;
      // Recovery periods that have run their course end, once.
      const ended = await this.deadlines.endRecoveryPeriodsDue(manager, today.toString());
      for (const row of ended) {
        await this.endRecoveryPeriod.execute(manager, row.case_id, now);
        raised += 1;
      }
      for (const row of rows) {
        const alert = deadlineAlertDue(
          {
            dueOn: LocalDate.parse(row.due_on),
            warned: row.warned_at !== null,
            breached: row.breached_at !== null,
          },
          today,
          policy.calendar,
          policy.deadlineWarningWorkingDays,
        );
        if (!alert) continue;
        await this.deadlines.markAlerted(manager, row.deadline_id, alert.kind, now);
        await this.outbox.append(
          manager,
          alert.kind === 'breached' ? DeadlineBreached : DeadlineApproaching,
          {
            subject: row.case_id,
            time: now,
            correlationId: row.deadline_id,
            data: {
              caseId: row.case_id,
              deadlineId: row.deadline_id,
              caseReference: row.case_reference,
              kind: row.kind,
              dueOn: row.due_on,
              responsibleAgencyId: row.assigned_agency_id,
              workingDaysLeft: alert.workingDaysLeft,
            },
          },
        );
        alerts.push({ deadline: row.kind, alert: alert.kind });
        raised += 1;
      }
      return raised;
    });
    // Counted once committed, so a rolled-back pass counts nothing.
    for (const labels of alerts) this.metrics.deadlineAlerts.inc(labels);
    return raised;
  }
}

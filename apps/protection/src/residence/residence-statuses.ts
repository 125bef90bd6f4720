import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import { ResidenceStatusChanged } from '@nrm/contracts';
import type { ResidenceStatusRequest } from '@nrm/api-contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { DataKeyring } from '@nrm/security';
import { ProblemException, SERVICE_CONFIG } from '@nrm/service-kit';
import { requireOpen } from '../cases/case-rules';
import { asProblem, lockCase } from '../cases/case-store';
import type { ProtectionConfig } from '../protection.config';
import { residenceReminderOn } from '../returns/return-rules';
import { ProtectionAccess } from '../cases/protection-access';

/** Records the person's residence status; a permit's expiry schedules a durable reminder for the recording agency. */
@Injectable()
export class ResidenceStatuses {
  constructor(
    private readonly access: ProtectionAccess,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
    @Inject(SERVICE_CONFIG) private readonly config: ProtectionConfig,
  ) {}

  async record(caseId: string, request: ResidenceStatusRequest, actor: Actor, now = new Date()) {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor);
    // The request's dates are real calendar dates (IsCalendarDate).
    const validFrom = LocalDate.parse(request.validFrom);
    const expiresOn = request.expiresOn === undefined ? undefined : LocalDate.parse(request.expiresOn);
    if (expiresOn && !validFrom.isBefore(expiresOn)) {
      throw new ProblemException('validation', 'a status expires after it starts', [
        { field: 'expiresOn', message: 'expiresOn must be after validFrom' },
      ]);
    }
    if (request.status === 'temporary_permit' && !expiresOn) {
      throw new ProblemException('validation', 'a temporary permit has an expiry date', [
        { field: 'expiresOn', message: 'expiresOn is required for a temporary permit' },
      ]);
    }
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await lockCase(manager, caseId);
        requireOpen(row.status);
        await manager.query(`UPDATE residence_status SET current = false WHERE case_id = $1 AND current`, [
          caseId,
        ]);
        await manager.query(
          `INSERT INTO residence_status (residence_id, case_id, status, valid_from, expires_on, reference_sealed, current,
             recorded_by, recorded_by_agency_id, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, true, $7, $8, $9)`,
          [
            randomUUID(),
            caseId,
            request.status,
            validFrom.toString(),
            expiresOn?.toString() ?? null,
            request.reference
              ? (await this.keyring.sealerFor(manager, caseId)).seal(request.reference)
              : null,
            actor.userId,
            actor.agencyId,
            now,
          ],
        );
        // The reminder follows the status in force: an earlier one not yet raised no longer applies.
        await manager.query(
          `UPDATE follow_up SET cancelled_at = $2 WHERE case_id = $1 AND kind = 'residence_expiry' AND raised_at IS NULL AND cancelled_at IS NULL`,
          [caseId, now],
        );
        let reminderOn: string | null = null;
        if (expiresOn) {
          const today = LocalDate.of(now, this.config.JURISDICTION_TIME_ZONE);
          reminderOn = residenceReminderOn(expiresOn, this.config.RESIDENCE_REMINDER_DAYS, today).toString();
          await manager.query(
            `INSERT INTO follow_up (follow_up_id, case_id, kind, sequence, due_on, about_date, recipient_agency_id)
             SELECT $1, $2, 'residence_expiry', coalesce(max(sequence), 0) + 1, $3, $4, $5
               FROM follow_up WHERE case_id = $2 AND kind = 'residence_expiry'`,
            [randomUUID(), caseId, reminderOn, expiresOn.toString(), actor.agencyId],
          );
        }
        await this.outbox.append(manager, ResidenceStatusChanged, {
          subject: caseId,
          time: now,
          data: {
            caseId,
            caseReference: row.case_reference,
            status: request.status,
            validFrom: validFrom.toString(),
            ...(expiresOn ? { expiresOn: expiresOn.toString() } : {}),
          },
        });
        return {
          status: request.status,
          validFrom: validFrom.toString(),
          expiresOn: expiresOn?.toString() ?? null,
          reminderOn,
        };
      }),
    );
  }
}

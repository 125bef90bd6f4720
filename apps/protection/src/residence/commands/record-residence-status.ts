import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResidenceStatusRequest, ResidenceStatusRecordedResponse } from '@nrm/api-contracts';
import { LocalDate } from '@nrm/calendar';
import { ResidenceStatusChanged } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { DataKeyring } from '@nrm/security';
import { ProblemException, SERVICE_CONFIG } from '@nrm/service-kit';
import { CaseRepository } from '../../cases/case.repository';
import { requireOpen } from '../../cases/case-rules';
import { ProtectionAccess } from '../../cases/protection-access';
import { asProblem } from '../../cases/refusals';
import { FollowUpRepository } from '../../follow-ups/follow-up.repository';
import type { ProtectionConfig } from '../../protection.config';
import { residenceReminderOn } from '../../returns/return-rules';
import { ResidenceStatusRepository } from '../residence-status.repository';
import { Routes } from '@nrm/api-contracts';

/** Records the person's residence status; a permit's expiry schedules a durable reminder for the recording agency. */
@Injectable()
export class RecordResidenceStatus {
  constructor(
    private readonly access: ProtectionAccess,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
    private readonly cases: CaseRepository,
    private readonly statuses: ResidenceStatusRepository,
    private readonly followUps: FollowUpRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ProtectionConfig,
  ) {}

  async execute(
    caseId: string,
    request: ResidenceStatusRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<ResidenceStatusRecordedResponse> {
    await this.access.requireCaseManager(
      this.dataSource.manager,
      caseId,
      actor,
      Routes.recordResidenceStatus,
    );
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
        const row = await this.cases.lock(manager, caseId);
        requireOpen(row.status);
        await this.statuses.insertCurrent(manager, {
          residence_id: randomUUID(),
          case_id: caseId,
          status: request.status,
          valid_from: validFrom.toString(),
          expires_on: expiresOn?.toString() ?? null,
          reference_sealed: request.reference
            ? (await this.keyring.sealerFor(manager, caseId)).seal(request.reference)
            : null,
          recorded_by: actor.userId,
          recorded_by_agency_id: actor.agencyId,
          recorded_at: now,
        });
        // The reminder follows the status in force: an earlier one not yet raised no longer applies.
        await this.followUps.cancelResidenceReminders(manager, caseId, now);
        let reminderOn: string | null = null;
        if (expiresOn) {
          const today = LocalDate.of(now, this.config.JURISDICTION_TIME_ZONE);
          reminderOn = residenceReminderOn(expiresOn, this.config.RESIDENCE_REMINDER_DAYS, today).toString();
          await this.followUps.insertResidenceReminder(manager, caseId, {
            dueOn: reminderOn,
            expiresOn: expiresOn.toString(),
            recipientAgencyId: actor.agencyId,
          });
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

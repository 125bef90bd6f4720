import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProtectionCaseClosed } from '@nrm/contracts';
import type { ClosureReason } from '@nrm/contracts';
import type { ClosureRequest } from '@nrm/api-contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { DataKeyring } from '@nrm/security';
import { ServiceReferrals } from '../services/service-referrals';
import { OPEN_SERVICE_REFERRAL } from '../services/service-referral-rules';
import { requestClosure, reviewClosure } from './case-rules';
import type { CaseStatus } from './case-rules';
import { asProblem, lockCase } from './case-store';
import { ProtectionAccess } from './protection-access';

/** Closing a protection case: a case worker asks with a reason, a supervisor who did not ask approves. */
@Injectable()
export class CaseClosure {
  constructor(
    private readonly access: ProtectionAccess,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
    private readonly serviceReferrals: ServiceReferrals,
  ) {}

  async request(
    caseId: string,
    request: ClosureRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<{ status: CaseStatus }> {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await lockCase(manager, caseId);
        const [counts]: { placements: number; referrals: number }[] = await manager.query(
          `SELECT (SELECT count(*)::int FROM placement WHERE case_id = $1 AND status IN ('queued', 'placed', 'checked_in')) AS placements,
                  (SELECT count(*)::int FROM service_referral WHERE case_id = $1 AND status = ANY ($2::text[])) AS referrals`,
          [caseId, OPEN_SERVICE_REFERRAL],
        );
        const status = requestClosure(
          { status: row.status, activePlacements: counts.placements, openServiceReferrals: counts.referrals },
          request.reason,
        );
        await manager.query(
          `UPDATE protection_case SET status = $2, closure_reason = $3, closure_note_sealed = $4, closure_requested_by = $5,
             closure_requested_at = $6, updated_at = $6 WHERE case_id = $1`,
          [
            caseId,
            status,
            request.reason,
            request.note ? (await this.keyring.sealerFor(manager, caseId)).seal(request.note) : null,
            actor.userId,
            now,
          ],
        );
        return { status };
      }),
    );
  }

  async review(
    caseId: string,
    approve: boolean,
    actor: Actor,
    now = new Date(),
  ): Promise<{ status: CaseStatus }> {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor, ['supervisor']);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await lockCase(manager, caseId);
        const status = reviewClosure(
          { status: row.status, closureRequestedBy: row.closure_requested_by },
          actor.userId,
          approve,
        );
        if (status === 'open') {
          await manager.query(
            `UPDATE protection_case SET status = 'open', closure_reason = NULL, closure_note_sealed = NULL,
               closure_requested_by = NULL, closure_requested_at = NULL, updated_at = $2 WHERE case_id = $1`,
            [caseId, now],
          );
          return { status };
        }
        const [[{ closure_reason: reason }]]: [{ closure_reason: ClosureReason }[], number] =
          await manager.query(
            `UPDATE protection_case SET status = 'closed', closed_at = $2, updated_at = $2 WHERE case_id = $1 RETURNING closure_reason`,
            [caseId, now],
          );
        await manager.query(`UPDATE need SET status = 'withdrawn' WHERE case_id = $1 AND status = 'open'`, [
          caseId,
        ]);
        await this.serviceReferrals.stopAll(manager, caseId, now);
        // Residence reminders end with the case; follow-ups after a return go on.
        await manager.query(
          `UPDATE follow_up SET cancelled_at = $2 WHERE case_id = $1 AND kind = 'residence_expiry' AND raised_at IS NULL AND cancelled_at IS NULL`,
          [caseId, now],
        );
        await this.outbox.append(manager, ProtectionCaseClosed, {
          subject: caseId,
          time: now,
          data: { caseId, caseReference: row.case_reference, reason, closedAt: now.toISOString() },
        });
        return { status };
      }),
    );
  }
}

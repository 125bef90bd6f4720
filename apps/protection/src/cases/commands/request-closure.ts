import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ClosureRequest, ProtectionCaseStatusResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { DataKeyring } from '@nrm/security';
import { OPEN_SERVICE_REFERRAL } from '../../services/service-referral-rules';
import { CaseRepository } from '../case.repository';
import { requestClosure } from '../case-rules';
import { ProtectionAccess } from '../protection-access';
import { asProblem } from '../refusals';
import { Routes } from '@nrm/api-contracts';

/** A case worker asks to close a protection case, with a reason; a supervisor who did not ask reviews it. */
@Injectable()
export class RequestClosure {
  constructor(
    private readonly access: ProtectionAccess,
    private readonly dataSource: DataSource,
    private readonly keyring: DataKeyring,
    private readonly cases: CaseRepository,
  ) {}

  async execute(
    caseId: string,
    request: ClosureRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<ProtectionCaseStatusResponse> {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor, Routes.requestClosure);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await this.cases.lock(manager, caseId);
        const running = await this.cases.running(manager, caseId, OPEN_SERVICE_REFERRAL);
        const status = requestClosure(
          {
            status: row.status,
            activePlacements: running.placements,
            openServiceReferrals: running.referrals,
          },
          request.reason,
        );
        await this.cases.requestClosure(manager, caseId, {
          status,
          reason: request.reason,
          noteSealed: request.note
            ? (await this.keyring.sealerFor(manager, caseId)).seal(request.note)
            : null,
          by: actor.userId,
          at: now,
        });
        return { status };
      }),
    );
  }
}

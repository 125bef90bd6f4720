import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { PalermoTestRequest, PalermoTestResponse } from '@nrm/api-contracts';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { DecisionRepository } from '../decision.repository';
import { palermoTest } from '../palermo-test';
import type { PalermoResult } from '../palermo-test';
import { ScreeningChange } from '../screening-change';
import { TransitionRefused } from '../screening-lifecycle';
import { Routes } from '@nrm/api-contracts';

/** Records the Palermo test; it advises the decision and changes no state. */
@Injectable()
export class RecordPalermoTest {
  constructor(
    private readonly change: ScreeningChange,
    private readonly decisions: DecisionRepository,
    private readonly keyring: DataKeyring,
  ) {}

  async execute(
    caseId: string,
    request: PalermoTestRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<PalermoTestResponse> {
    permit(actor, Routes.recordPalermoTest);
    let result: PalermoResult | undefined;
    await this.change.run(caseId, actor, now, true, async ({ manager, row }) => {
      if (row.status === 'closed') throw new TransitionRefused('the screening is closed');
      result = palermoTest(
        { act: request.act.present, means: request.means.present, purpose: request.purpose.present },
        row.person_is_child,
      );
      const evidence = {
        act: request.act.evidence,
        means: request.means.evidence,
        purpose: request.purpose.evidence,
      };
      await this.decisions.recordPalermoTest(manager, {
        assessment_id: randomUUID(),
        case_id: caseId,
        act: request.act.present,
        means: request.means.present,
        purpose: request.purpose.present,
        person_is_child: row.person_is_child,
        satisfied: result.satisfied,
        evidence_sealed: (await this.keyring.sealerFor(manager, caseId)).sealJson(evidence),
        assessed_by_user: actor.userId,
        assessed_at: now,
      });
      return row.status;
    });
    return result as PalermoResult;
  }
}

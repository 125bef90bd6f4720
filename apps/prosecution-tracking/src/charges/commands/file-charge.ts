import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ChargeRequest, ChargeVersionResponse } from '@nrm/api-contracts';
import { ChargesFiled } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { InvestigationRepository } from '../../investigations/investigation.repository';
import { requireOpenInvestigation } from '../../proceedings/proceedings-rules';
import { asProblem } from '../../proceedings/refusals';
import { SuspectRepository } from '../../suspects/suspect.repository';
import { ChargeRepository } from '../charge.repository';
import { CitedLaw } from '../cited-law';
import { Routes } from '@nrm/api-contracts';

/** Charges a suspect of an open investigation under a catalogued article or another law. */
@Injectable()
export class FileCharge {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly investigations: InvestigationRepository,
    private readonly suspects: SuspectRepository,
    private readonly charges: ChargeRepository,
    private readonly citedLaw: CitedLaw,
  ) {}

  execute(
    investigationId: string,
    request: ChargeRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<ChargeVersionResponse> {
    permit(actor, Routes.fileCharge);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await this.investigations.findFor(manager, investigationId, actor, { lock: true });
        requireOpenInvestigation(row.status);
        if (!(await this.suspects.isOf(manager, request.suspectId, investigationId))) {
          throw new ProblemException('validation', 'no such suspect in this investigation', [
            { field: 'suspectId', message: 'not a suspect of this investigation' },
          ]);
        }
        const aggravating = [...new Set(request.aggravatingCircumstances ?? [])];
        await this.citedLaw.check(
          manager,
          request.lawCode,
          request.article,
          aggravating,
          request.otherLawReference,
        );
        const chargeId = randomUUID();
        await this.charges.insert(manager, {
          charge_id: chargeId,
          investigation_id: investigationId,
          suspect_id: request.suspectId,
          law_code: request.lawCode,
          article: request.article,
          other_law_reference: request.otherLawReference ?? null,
          aggravating,
          version: 1,
          filed_at: now,
          filed_by: actor.userId,
        });
        await this.outbox.append(manager, ChargesFiled, {
          subject: investigationId,
          time: now,
          data: {
            investigationId,
            chargeId,
            suspectId: request.suspectId,
            lawCode: request.lawCode,
            article: request.article,
            version: 1,
            aggravatingCircumstances: aggravating,
          },
        });
        return { chargeId, version: 1 };
      }),
    );
  }
}

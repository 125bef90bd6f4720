import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CompensationOrderedResponse, CompensationRequest } from '@nrm/api-contracts';
import { CompensationOrdered } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { InvestigationRepository } from '../../investigations/investigation.repository';
import { ProceedingsRefused } from '../../proceedings/proceedings-rules';
import { asProblem } from '../../proceedings/refusals';
import { CompensationRepository } from '../compensation.repository';
import { Routes } from '@nrm/api-contracts';

/** Records compensation a court ordered for the victim of a linked case. */
@Injectable()
export class OrderCompensation {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly investigations: InvestigationRepository,
    private readonly compensation: CompensationRepository,
  ) {}

  execute(
    investigationId: string,
    request: CompensationRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<CompensationOrderedResponse> {
    permit(actor, Routes.orderCompensation);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await this.investigations.findFor(manager, investigationId, actor, { lock: true });
        if (!row.case_ids.includes(request.caseId))
          throw new ProceedingsRefused('the case is not linked to this investigation');
        if (Number(request.amount) <= 0) {
          throw new ProblemException('validation', 'the amount must be positive', [
            { field: 'amount', message: 'must be more than 0' },
          ]);
        }
        const compensationId = randomUUID();
        await this.compensation.insert(manager, {
          compensation_id: compensationId,
          investigation_id: investigationId,
          case_id: request.caseId,
          amount: request.amount,
          currency: request.currency,
          ordered_on: request.orderedOn,
          recorded_by: actor.userId,
        });
        await this.outbox.append(manager, CompensationOrdered, {
          subject: request.caseId,
          time: now,
          data: {
            investigationId,
            compensationId,
            caseId: request.caseId,
            amount: request.amount,
            currency: request.currency,
            orderedOn: request.orderedOn,
            paid: false,
          },
        });
        return { compensationId, paid: false };
      }),
    );
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CompensationPaidResponse, CompensationPaymentRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { InvestigationRepository } from '../../investigations/investigation.repository';
import { ProceedingsRefused } from '../../proceedings/proceedings-rules';
import { asProblem } from '../../proceedings/refusals';
import { CompensationRepository } from '../compensation.repository';
import { Routes } from '@nrm/api-contracts';

/** Records that ordered compensation was paid, once, on or after the order. */
@Injectable()
export class RecordCompensationPayment {
  constructor(
    private readonly dataSource: DataSource,
    private readonly investigations: InvestigationRepository,
    private readonly compensation: CompensationRepository,
  ) {}

  execute(
    compensationId: string,
    request: CompensationPaymentRequest,
    actor: Actor,
  ): Promise<CompensationPaidResponse> {
    permit(actor, Routes.recordCompensationPayment);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const c = await this.compensation.lock(manager, compensationId);
        if (!c) throw new ProblemException('notFound', 'no such compensation order');
        await this.investigations.findFor(manager, c.investigation_id, actor);
        if (c.paid_on) throw new ProceedingsRefused('the compensation is already recorded as paid');
        if (request.paidOn < c.ordered_on)
          throw new ProceedingsRefused('payment comes on or after the order');
        await this.compensation.markPaid(manager, compensationId, request.paidOn);
        return { compensationId, paid: true, paidOn: request.paidOn };
      }),
    );
  }
}

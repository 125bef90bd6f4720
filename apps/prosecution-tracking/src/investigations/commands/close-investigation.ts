import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CloseInvestigationRequest, InvestigationClosedResponse } from '@nrm/api-contracts';
import { InvestigationClosed } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { requireOpenInvestigation } from '../../proceedings/proceedings-rules';
import { asProblem } from '../../proceedings/refusals';
import { InvestigationRepository } from '../investigation.repository';
import { Routes } from '@nrm/api-contracts';

/** Closes an open investigation with its reason, and tells the other services. */
@Injectable()
export class CloseInvestigation {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly investigations: InvestigationRepository,
  ) {}

  execute(
    investigationId: string,
    request: CloseInvestigationRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<InvestigationClosedResponse> {
    permit(actor, Routes.closeInvestigation);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await this.investigations.findFor(manager, investigationId, actor, { lock: true });
        requireOpenInvestigation(row.status);
        await this.investigations.close(manager, investigationId, now, request.reason);
        await this.outbox.append(manager, InvestigationClosed, {
          subject: investigationId,
          time: now,
          data: {
            investigationId,
            leadAgencyId: row.lead_agency_id,
            caseIds: row.case_ids,
            at: now.toISOString(),
            closeReason: request.reason,
          },
        });
        return { investigationId, status: 'closed' as const };
      }),
    );
  }
}

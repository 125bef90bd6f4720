import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ChargeAmendmentRequest, ChargeVersionResponse } from '@nrm/api-contracts';
import { ChargesAmended } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { InvestigationRepository } from '../../investigations/investigation.repository';
import { requireOpenInvestigation } from '../../proceedings/proceedings-rules';
import { asProblem } from '../../proceedings/refusals';
import { ChargeRepository } from '../charge.repository';
import { CitedLaw } from '../cited-law';
import { Routes } from '@nrm/api-contracts';

/** A changed charge is a new version; earlier versions stay. */
@Injectable()
export class AmendCharge {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly investigations: InvestigationRepository,
    private readonly charges: ChargeRepository,
    private readonly citedLaw: CitedLaw,
  ) {}

  execute(
    investigationId: string,
    chargeId: string,
    request: ChargeAmendmentRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<ChargeVersionResponse> {
    permit(actor, Routes.amendCharge);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await this.investigations.findFor(manager, investigationId, actor, { lock: true });
        requireOpenInvestigation(row.status);
        const charge = await this.charges.lock(manager, chargeId, investigationId);
        if (!charge) throw new ProblemException('notFound', 'no such charge in this investigation');
        const aggravating = [...new Set(request.aggravatingCircumstances ?? [])];
        await this.citedLaw.check(
          manager,
          charge.law_code,
          request.article,
          aggravating,
          charge.other_law_reference ?? undefined,
        );
        const version = charge.version + 1;
        await this.charges.amend(manager, {
          charge_id: chargeId,
          version,
          law_code: charge.law_code,
          article: request.article,
          aggravating,
          reason: request.reason,
          changed_by: actor.userId,
          changed_at: now,
        });
        await this.outbox.append(manager, ChargesAmended, {
          subject: investigationId,
          time: now,
          data: {
            investigationId,
            chargeId,
            suspectId: charge.suspect_id,
            lawCode: charge.law_code,
            article: request.article,
            version,
            aggravatingCircumstances: aggravating,
          },
        });
        return { chargeId, version };
      }),
    );
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { VerdictRecordedResponse, VerdictRequest } from '@nrm/api-contracts';
import { VerdictRecorded } from '@nrm/contracts';
import type { VerdictOutcome } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { ChargeRepository } from '../../charges/charge.repository';
import { InvestigationRepository } from '../../investigations/investigation.repository';
import { checkVerdict } from '../../proceedings/proceedings-rules';
import { asProblem } from '../../proceedings/refusals';
import { VerdictRepository } from '../verdict.repository';
import { Routes } from '@nrm/api-contracts';

/** Records a court's verdict on a charge at one court level. */
@Injectable()
export class RecordVerdict {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly investigations: InvestigationRepository,
    private readonly charges: ChargeRepository,
    private readonly verdicts: VerdictRepository,
  ) {}

  execute(
    investigationId: string,
    request: VerdictRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<VerdictRecordedResponse> {
    permit(actor, Routes.recordVerdict);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        await this.investigations.findFor(manager, investigationId, actor, { lock: true });
        const charge = await this.charges.find(manager, request.chargeId, investigationId);
        const decided = await this.verdicts.decidedAt(manager, request.chargeId, request.courtLevel);
        checkVerdict({
          chargeExists: charge !== undefined,
          outcome: request.outcome,
          sentenceMonths: request.sentenceMonths,
          lifeImprisonment: request.lifeImprisonment,
          alreadyDecidedAtLevel: decided,
        });
        const { suspect_id: suspectId, law_code: lawCode, article } = charge!;
        const verdictId = randomUUID();
        await this.verdicts.insert(manager, {
          verdict_id: verdictId,
          investigation_id: investigationId,
          charge_id: request.chargeId,
          suspect_id: suspectId,
          outcome: request.outcome,
          court_level: request.courtLevel,
          decided_on: request.decidedOn,
          sentence_months: request.sentenceMonths ?? null,
          life_imprisonment: request.lifeImprisonment ?? false,
          recorded_by: actor.userId,
          recorded_at: now,
        });
        await this.outbox.append(manager, VerdictRecorded, {
          subject: investigationId,
          time: now,
          data: {
            investigationId,
            verdictId,
            suspectId,
            chargeId: request.chargeId,
            lawCode,
            article,
            outcome: request.outcome as VerdictOutcome,
            courtLevel: request.courtLevel,
            decidedOn: request.decidedOn,
            ...(request.sentenceMonths !== undefined ? { sentenceMonths: request.sentenceMonths } : {}),
            ...(request.lifeImprisonment ? { lifeImprisonment: true } : {}),
          },
        });
        return { verdictId, outcome: request.outcome };
      }),
    );
  }
}

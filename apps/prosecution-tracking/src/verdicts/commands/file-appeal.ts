import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppealFiledResponse, AppealRequest } from '@nrm/api-contracts';
import { AppealFiled } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { InvestigationRepository } from '../../investigations/investigation.repository';
import { checkAppeal } from '../../proceedings/proceedings-rules';
import { asProblem } from '../../proceedings/refusals';
import { VerdictRepository } from '../verdict.repository';
import { Routes } from '@nrm/api-contracts';

/** Records a party's appeal against a verdict. */
@Injectable()
export class FileAppeal {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly investigations: InvestigationRepository,
    private readonly verdicts: VerdictRepository,
  ) {}

  execute(
    verdictId: string,
    request: AppealRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<AppealFiledResponse> {
    permit(actor, Routes.fileAppeal);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const verdict = await this.verdicts.find(manager, verdictId);
        if (verdict)
          await this.investigations.findFor(manager, verdict.investigation_id, actor, { lock: true });
        checkAppeal({
          verdictDecidedOn: verdict?.decided_on,
          filedOn: request.filedOn,
          alreadyFiledByParty: await this.verdicts.appealedBy(manager, verdictId, request.filedBy),
        });
        const { investigation_id: investigationId } = verdict!;
        const appealId = randomUUID();
        await this.verdicts.insertAppeal(manager, {
          appeal_id: appealId,
          verdict_id: verdictId,
          filed_by: request.filedBy,
          filed_on: request.filedOn,
          recorded_by: actor.userId,
        });
        await this.outbox.append(manager, AppealFiled, {
          subject: investigationId,
          time: now,
          data: { investigationId, appealId, verdictId, filedBy: request.filedBy, filedOn: request.filedOn },
        });
        return { appealId };
      }),
    );
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SuspectAddedResponse, SuspectRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { DataKeyring } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { InvestigationRepository } from '../../investigations/investigation.repository';
import { requireOpenInvestigation } from '../../proceedings/proceedings-rules';
import { asProblem } from '../../proceedings/refusals';
import { SuspectRepository } from '../suspect.repository';
import { Routes } from '@nrm/api-contracts';

/** Adds a suspect to an open investigation, the identity sealed. */
@Injectable()
export class AddSuspect {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keyring: DataKeyring,
    private readonly investigations: InvestigationRepository,
    private readonly suspects: SuspectRepository,
  ) {}

  execute(
    investigationId: string,
    request: SuspectRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<SuspectAddedResponse> {
    permit(actor, Routes.addSuspect);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await this.investigations.findFor(manager, investigationId, actor, { lock: true });
        requireOpenInvestigation(row.status);
        const suspectId = randomUUID();
        await this.suspects.insert(manager, {
          suspect_id: suspectId,
          investigation_id: investigationId,
          kind: request.kind,
          role: request.role,
          nationality: request.nationality ?? null,
          identity_sealed: (await this.keyring.sealerFor(manager, suspectId)).sealJson(request.identity),
          added_by: actor.userId,
          added_at: now,
        });
        return { suspectId, kind: request.kind, role: request.role };
      }),
    );
  }
}

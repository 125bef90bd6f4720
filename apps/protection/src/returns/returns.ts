import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import { ReturnCompleted, ReturnPlanned } from '@nrm/contracts';
import type { ReturnRiskLevel } from '@nrm/contracts';
import type { ReturnCompletionRequest, ReturnPlanRequest } from '@nrm/api-contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { DataKeyring } from '@nrm/security';
import { ProblemException, SERVICE_CONFIG } from '@nrm/service-kit';
import { ProtectionRuleRefused, requireOpen } from '../cases/case-rules';
import { asProblem, lockCase } from '../cases/case-store';
import type { ProtectionConfig } from '../protection.config';
import { completeReturn, planReturn, returnNeedsSupervisor } from './return-rules';
import type { ReturnStatus } from './return-rules';
import { ProtectionAccess } from '../cases/protection-access';

interface ReturnRow {
  return_id: string;
  status: ReturnStatus;
  destination_country: string;
  risk_level: ReturnRiskLevel;
  follow_up_agency_id: string;
  planned_on: string;
}

/** Voluntary return and reintegration: a plan with consent and a risk assessment, the return, and follow-ups after it. */
@Injectable()
export class Returns {
  constructor(
    private readonly access: ProtectionAccess,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
    @Inject(SERVICE_CONFIG) private readonly config: ProtectionConfig,
  ) {}

  async plan(caseId: string, request: ReturnPlanRequest, actor: Actor, now = new Date()) {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor);
    const plannedOn = LocalDate.parse(request.plannedOn);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await lockCase(manager, caseId);
        requireOpen(row.status);
        if (returnNeedsSupervisor(request.riskLevel, row.person_is_child) && actor.role !== 'supervisor') {
          throw new ProblemException(
            'forbidden',
            "a high-risk return, or a child's, is planned by a supervisor",
          );
        }
        const [provider]: unknown[] = await manager.query(`SELECT 1 FROM provider WHERE provider_id = $1`, [
          request.followUpAgencyId,
        ]);
        if (!provider) {
          throw new ProblemException('validation', `there is no provider ${request.followUpAgencyId}`, [
            { field: 'followUpAgencyId', message: 'not a known service provider' },
          ]);
        }
        const current = await this.live(manager, caseId);
        planReturn({ current: current?.status, consentToReturn: request.consentToReturn });
        const returnId = randomUUID();
        await manager.query(
          `INSERT INTO return_plan (return_id, case_id, status, destination_country, risk_level, risk_note_sealed,
             travel_documents_ready, receiving_organisation_sealed, follow_up_agency_id, planned_on, planned_by, planned_at)
           VALUES ($1, $2, 'planned', $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            returnId,
            caseId,
            request.destinationCountry,
            request.riskLevel,
            request.riskNote ? (await this.keyring.sealerFor(manager, caseId)).seal(request.riskNote) : null,
            request.travelDocumentsReady,
            (await this.keyring.sealerFor(manager, caseId)).seal(request.receivingOrganisation),
            request.followUpAgencyId,
            plannedOn.toString(),
            actor.userId,
            now,
          ],
        );
        await this.outbox.append(manager, ReturnPlanned, {
          subject: caseId,
          time: now,
          data: {
            caseId,
            caseReference: row.case_reference,
            destinationCountry: request.destinationCountry,
            riskLevel: request.riskLevel,
            followUpAgencyId: request.followUpAgencyId,
            plannedOn: plannedOn.toString(),
          },
        });
        return { returnId, status: 'planned' as const };
      }),
    );
  }

  async complete(caseId: string, request: ReturnCompletionRequest, actor: Actor, now = new Date()) {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor);
    const returnedOn = LocalDate.parse(request.returnedOn);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await lockCase(manager, caseId);
        requireOpen(row.status);
        const current = await this.live(manager, caseId);
        const [{ n }]: { n: number }[] = await manager.query(
          `SELECT count(*)::int AS n FROM placement WHERE case_id = $1 AND status IN ('queued', 'placed', 'checked_in')`,
          [caseId],
        );
        const followUps = completeReturn(
          { current: current?.status, activePlacements: n },
          returnedOn,
          LocalDate.of(now, this.config.JURISDICTION_TIME_ZONE),
        );
        if (!current) throw new ProtectionRuleRefused('there is no planned return to complete');
        await manager.query(
          `UPDATE return_plan SET status = 'completed', returned_on = $2, completed_at = $3 WHERE return_id = $1`,
          [current.return_id, returnedOn.toString(), now],
        );
        for (const [index, dueOn] of followUps.entries()) {
          await manager.query(
            `INSERT INTO follow_up (follow_up_id, case_id, kind, sequence, due_on, about_date, recipient_agency_id)
             VALUES ($1, $2, 'return_follow_up', $3, $4, $5, $6)`,
            [
              randomUUID(),
              caseId,
              index + 1,
              dueOn.toString(),
              returnedOn.toString(),
              current.follow_up_agency_id,
            ],
          );
        }
        await this.outbox.append(manager, ReturnCompleted, {
          subject: caseId,
          time: now,
          data: {
            caseId,
            caseReference: row.case_reference,
            destinationCountry: current.destination_country,
            riskLevel: current.risk_level,
            followUpAgencyId: current.follow_up_agency_id,
            plannedOn: current.planned_on,
            returnedOn: returnedOn.toString(),
            followUpsDueOn: followUps.map(String),
          },
        });
        return { status: 'completed' as const, followUpsDueOn: followUps.map(String) };
      }),
    );
  }

  async cancel(caseId: string, actor: Actor, now = new Date()) {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        await lockCase(manager, caseId);
        const current = await this.live(manager, caseId);
        if (current?.status !== 'planned')
          throw new ProtectionRuleRefused('there is no planned return to cancel');
        await manager.query(
          `UPDATE return_plan SET status = 'cancelled', completed_at = $2 WHERE return_id = $1`,
          [current.return_id, now],
        );
        return { status: 'cancelled' as const };
      }),
    );
  }

  private async live(manager: EntityManager, caseId: string): Promise<ReturnRow | undefined> {
    const [row]: ReturnRow[] = await manager.query(
      `SELECT return_id, status, destination_country, risk_level, follow_up_agency_id, planned_on::text
         FROM return_plan WHERE case_id = $1 AND status IN ('planned', 'completed') FOR UPDATE`,
      [caseId],
    );
    return row;
  }
}

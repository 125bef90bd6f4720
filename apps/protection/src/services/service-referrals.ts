import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import {
  DisclosureStopped,
  ServiceReferralAccepted,
  ServiceReferralCompleted,
  ServiceReferralDeclined,
  ServiceReferred,
} from '@nrm/contracts';
import type {
  AgencyType,
  DisclosureBasis,
  NeedPriority,
  NeedType,
  ServiceDeclineReason,
} from '@nrm/contracts';
import type { ServiceReferralRequest } from '@nrm/api-contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { DataKeyring } from '@nrm/security';
import { ProblemException, requireRole } from '@nrm/service-kit';
import { ProtectionRuleRefused, requireOpen } from '../cases/case-rules';
import { asProblem, lockCase } from '../cases/case-store';
import { disclosureStillAllowed, requireDisclosureBasis } from './disclosure-rules';
import { OPEN_SERVICE_REFERRAL, answerServiceReferral } from './service-referral-rules';
import type { ProviderAnswer, ServiceReferralStatus } from './service-referral-rules';
import { ProtectionAccess } from '../cases/protection-access';

interface ReferralRow {
  service_referral_id: string;
  case_id: string;
  case_reference: string;
  provider_id: string;
  provider_type: AgencyType;
  need_type: NeedType;
  priority: NeedPriority;
  status: ServiceReferralStatus;
  disclosure_basis: DisclosureBasis;
}

/** What a provider sees of a referral to it: what is needed and by when, never who the person is. */
export interface ProviderReferralView {
  serviceReferralId: string;
  caseId: string;
  caseReference: string;
  needType: NeedType;
  priority: NeedPriority;
  dueOn: string | null;
  status: ServiceReferralStatus;
  personIsChild: boolean;
  interpreterNeeded: boolean;
  referredAt: string;
  declineReason: string | null;
}

const REFERRAL_ROW = `
  SELECT r.service_referral_id, r.case_id, c.case_reference, r.provider_id, p.agency_type AS provider_type,
         r.need_type, r.priority, r.status, r.disclosure_basis
    FROM service_referral r JOIN protection_case c USING (case_id) JOIN provider p ON p.provider_id = r.provider_id`;

const ANSWER_EVENTS = {
  accept: ServiceReferralAccepted,
  decline: ServiceReferralDeclined,
  complete: ServiceReferralCompleted,
} as const;

/** Referrals of a case to service providers, and the providers' answers. */
@Injectable()
export class ServiceReferrals {
  constructor(
    private readonly access: ProtectionAccess,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
  ) {}

  async refer(caseId: string, request: ServiceReferralRequest, actor: Actor, now = new Date()) {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor);
    if (request.override && actor.role !== 'supervisor') {
      throw new ProblemException('forbidden', "only a supervisor may refer without the person's consent");
    }
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await lockCase(manager, caseId);
        requireOpen(row.status);
        const [provider]: { agency_type: AgencyType; services: string[]; serves_children: boolean }[] =
          await manager.query(
            `SELECT agency_type, services, serves_children FROM provider WHERE provider_id = $1`,
            [request.providerAgencyId],
          );
        if (!provider) {
          throw new ProblemException('validation', `there is no provider ${request.providerAgencyId}`, [
            { field: 'providerAgencyId', message: 'not a known service provider' },
          ]);
        }
        if (!provider.services.includes(request.needType)) {
          throw new ProblemException(
            'validation',
            `${request.providerAgencyId} does not offer ${request.needType}`,
            [{ field: 'needType', message: `the provider offers: ${provider.services.join(', ')}` }],
          );
        }
        if (row.person_is_child && !provider.serves_children) {
          throw new ProtectionRuleRefused(`${request.providerAgencyId} does not serve children`);
        }
        const [need]: { priority: NeedPriority }[] = await manager.query(
          `SELECT priority FROM need WHERE case_id = $1 AND need_type = $2 AND status = 'open'`,
          [caseId, request.needType],
        );
        if (!need)
          throw new ProtectionRuleRefused(`${request.needType} is not an open need in the service plan`);
        const basis = requireDisclosureBasis(
          {
            personIsChild: row.person_is_child,
            sharingAgencyTypes: row.sharing_agency_types,
            providerAgencyType: provider.agency_type,
            override: request.override && { byRole: actor.role, reason: request.override.reason },
          },
          'refer',
        );
        const [open]: unknown[] = await manager.query(
          `SELECT 1 FROM service_referral WHERE case_id = $1 AND provider_id = $2 AND need_type = $3 AND status = ANY ($4::text[])`,
          [caseId, request.providerAgencyId, request.needType, OPEN_SERVICE_REFERRAL],
        );
        if (open) throw new ProtectionRuleRefused('this provider already has an open referral for this need');
        const serviceReferralId = randomUUID();
        await manager.query(
          `INSERT INTO service_referral (service_referral_id, case_id, provider_id, need_type, priority, status,
             disclosure_basis, override_reason_sealed, referred_by, referred_at)
           VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7, $8, $9)`,
          [
            serviceReferralId,
            caseId,
            request.providerAgencyId,
            request.needType,
            need.priority,
            basis,
            basis === 'supervisor_override' && request.override
              ? (await this.keyring.sealerFor(manager, caseId)).seal(request.override.reason)
              : null,
            actor.userId,
            now,
          ],
        );
        await this.outbox.append(manager, ServiceReferred, {
          subject: caseId,
          time: now,
          data: {
            caseId,
            caseReference: row.case_reference,
            serviceReferralId,
            providerAgencyId: request.providerAgencyId,
            needType: request.needType,
            priority: need.priority,
            disclosureBasis: basis,
          },
        });
        return { serviceReferralId, status: 'pending' as const, disclosureBasis: basis };
      }),
    );
  }

  /** The referrals to the caller's agency, newest first; stopped ones are gone from its view. */
  async forProvider(actor: Actor, status?: string): Promise<{ items: ProviderReferralView[] }> {
    requireRole(actor, 'service_provider', 'supervisor');
    if (
      status !== undefined &&
      !(['pending', 'accepted', 'declined', 'completed'] as string[]).includes(status)
    ) {
      const message = 'status must be one of: pending, accepted, declined, completed';
      throw new ProblemException('validation', message, [{ field: 'status', message }]);
    }
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT r.service_referral_id, r.case_id, c.case_reference, r.need_type, r.priority, to_char(n.due_on, 'YYYY-MM-DD') AS due_on,
              r.status, c.person_is_child, c.interpreter_needed, r.referred_at, r.decline_reason
         FROM service_referral r
         JOIN protection_case c ON c.case_id = r.case_id
         LEFT JOIN need n ON n.case_id = r.case_id AND n.need_type = r.need_type
        WHERE r.provider_id = $1 AND ($2::text IS NULL OR r.status = $2)
          -- A stopped referral is no longer the provider's to see: consent was withdrawn or the case closed.
          AND r.status <> 'stopped'
        ORDER BY r.referred_at DESC LIMIT 200`,
      [actor.agencyId, status ?? null],
    );
    return {
      items: rows.map((r) => ({
        serviceReferralId: r['service_referral_id'] as string,
        caseId: r['case_id'] as string,
        caseReference: r['case_reference'] as string,
        needType: r['need_type'] as NeedType,
        priority: r['priority'] as NeedPriority,
        dueOn: (r['due_on'] as string | null) ?? null,
        status: r['status'] as ServiceReferralStatus,
        personIsChild: r['person_is_child'] as boolean,
        interpreterNeeded: r['interpreter_needed'] as boolean,
        referredAt: (r['referred_at'] as Date).toISOString(),
        declineReason: (r['decline_reason'] as string | null) ?? null,
      })),
    };
  }

  /** The provider's answer; only the provider the referral went to may give it. */
  answer(
    serviceReferralId: string,
    answer: ProviderAnswer,
    actor: Actor,
    declineReason?: ServiceDeclineReason,
    now = new Date(),
  ) {
    requireRole(actor, 'service_provider', 'supervisor');
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        // The case is locked before its referral, as closure does, so the two never deadlock.
        const [owner]: { case_id: string }[] = await manager.query(
          `SELECT case_id FROM service_referral WHERE service_referral_id = $1 AND provider_id = $2`,
          [serviceReferralId, actor.agencyId],
        );
        if (!owner) throw new ProblemException('notFound', 'no such service referral to your agency');
        await lockCase(manager, owner.case_id);
        const [row]: ReferralRow[] = await manager.query(
          `${REFERRAL_ROW} WHERE r.service_referral_id = $1 AND r.provider_id = $2 FOR UPDATE OF r`,
          [serviceReferralId, actor.agencyId],
        );
        if (!row) throw new ProblemException('notFound', 'no such service referral to your agency');
        const next = answerServiceReferral(row.status, answer);
        await manager.query(
          `UPDATE service_referral SET status = $2, decline_reason = $3,
             answered_by = CASE WHEN $4 THEN answered_by ELSE $5 END, answered_at = CASE WHEN $4 THEN answered_at ELSE $6 END,
             completed_at = CASE WHEN $4 THEN $6 ELSE completed_at END
           WHERE service_referral_id = $1`,
          [serviceReferralId, next, declineReason ?? null, answer === 'complete', actor.userId, now],
        );
        if (answer === 'complete') {
          await manager.query(
            `UPDATE need SET status = 'met' WHERE case_id = $1 AND need_type = $2 AND status = 'open'`,
            [row.case_id, row.need_type],
          );
        }
        await this.outbox.append(manager, ANSWER_EVENTS[answer], {
          subject: row.case_id,
          time: now,
          data: {
            ...eventOf(row),
            ...(answer === 'decline' && declineReason ? { declineReason } : {}),
          },
        });
        return { serviceReferralId, status: next };
      }),
    );
  }

  /**
   * Consent to share data changed: referrals made on consent to providers it no longer covers stop,
   * and each provider hears it must stop using the person's data.
   */
  async applyConsent(manager: EntityManager, caseId: string, sharingAgencyTypes: AgencyType[], now: Date) {
    const [, updated] = (await manager.query(
      `UPDATE protection_case SET sharing_agency_types = $2, updated_at = now() WHERE case_id = $1`,
      [caseId, sharingAgencyTypes],
    )) as [unknown, number];
    if (updated === 0) return;
    const open = await this.lockOpenReferrals(manager, caseId);
    for (const row of open.filter(
      (r) => !disclosureStillAllowed(r.disclosure_basis, r.provider_type, sharingAgencyTypes),
    )) {
      await this.stop(manager, row, now);
    }
  }

  /** Stops every open referral of a case (it closed because services can no longer reach the person). */
  async stopAll(manager: EntityManager, caseId: string, now: Date): Promise<void> {
    for (const row of await this.lockOpenReferrals(manager, caseId)) await this.stop(manager, row, now);
  }

  private lockOpenReferrals(manager: EntityManager, caseId: string): Promise<ReferralRow[]> {
    return manager.query(
      `${REFERRAL_ROW} WHERE r.case_id = $1 AND r.status = ANY ($2::text[]) FOR UPDATE OF r`,
      [caseId, OPEN_SERVICE_REFERRAL],
    );
  }

  private async stop(manager: EntityManager, row: ReferralRow, now: Date): Promise<void> {
    await manager.query(
      `UPDATE service_referral SET status = 'stopped', stopped_at = $2 WHERE service_referral_id = $1`,
      [row.service_referral_id, now],
    );
    await this.outbox.append(manager, DisclosureStopped, {
      subject: row.case_id,
      time: now,
      data: eventOf(row),
    });
  }
}

function eventOf(row: ReferralRow) {
  return {
    caseId: row.case_id,
    caseReference: row.case_reference,
    serviceReferralId: row.service_referral_id,
    providerAgencyId: row.provider_id,
    needType: row.need_type,
    priority: row.priority,
    disclosureBasis: row.disclosure_basis,
  };
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProtectionCaseOpened } from '@nrm/contracts';
import type { AgencyType } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { openingReason } from './case-rules';
import { ProtectionAccess } from './protection-access';

/** What an event tells protection about a case; absent fields are left as they are. */
export interface CaseFacts {
  caseId: string;
  caseReference?: string;
  referringAgencyId?: string;
  personIsChild?: boolean;
  urgentRisk?: boolean;
  presumedVictim?: boolean;
  interpreterNeeded?: boolean;
  sharingAgencyTypes?: AgencyType[];
  /** The recovery and reflection period as identification set it. */
  recoveryPeriod?: { startsOn: string; endsOn: string };
}

/**
 * Keeps what protection knows of each referred case and opens its protection case the first time
 * the facts call for it: a child or an urgent risk at once, otherwise a positive preliminary
 * decision. Events may come in any order across topics; the case opens once whichever comes first.
 */
@Injectable()
export class CaseOpening {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly access: ProtectionAccess,
  ) {}

  async learn(manager: EntityManager, facts: CaseFacts, at: Date): Promise<void> {
    const [row]: {
      status: string;
      case_reference: string | null;
      person_is_child: boolean;
      urgent_risk: boolean;
      presumed_victim: boolean;
      lead_agency_id: string | null;
    }[] = await manager.query(
      `INSERT INTO protection_case (case_id, case_reference, referring_agency_id, status, person_is_child, urgent_risk,
         presumed_victim, interpreter_needed, sharing_agency_types, recovery_starts_on, recovery_ends_on)
       VALUES ($1, $2, $3, 'awaiting', coalesce($4, false), coalesce($5, false), coalesce($6, false), coalesce($7, false),
         coalesce($8::text[], '{}'), $9, $10)
       ON CONFLICT (case_id) DO UPDATE SET
         case_reference = coalesce(protection_case.case_reference, $2),
         referring_agency_id = coalesce(protection_case.referring_agency_id, $3),
         person_is_child = coalesce($4, protection_case.person_is_child),
         urgent_risk = protection_case.urgent_risk OR coalesce($5, false),
         presumed_victim = protection_case.presumed_victim OR coalesce($6, false),
         interpreter_needed = coalesce($7, protection_case.interpreter_needed),
         sharing_agency_types = coalesce($8::text[], protection_case.sharing_agency_types),
         recovery_starts_on = coalesce(protection_case.recovery_starts_on, $9),
         recovery_ends_on = coalesce($10, protection_case.recovery_ends_on),
         updated_at = now()
       RETURNING status, case_reference, person_is_child, urgent_risk, presumed_victim, lead_agency_id`,
      [
        facts.caseId,
        facts.caseReference ?? null,
        facts.referringAgencyId ?? null,
        facts.personIsChild ?? null,
        facts.urgentRisk ?? null,
        facts.presumedVictim ?? null,
        facts.interpreterNeeded ?? null,
        facts.sharingAgencyTypes ?? null,
        facts.recoveryPeriod?.startsOn ?? null,
        facts.recoveryPeriod?.endsOn ?? null,
      ],
    );
    // A case opens with a reference; every event that can open one carries it.
    if (row.status !== 'awaiting' || row.case_reference === null) return;
    const reason = openingReason({
      personIsChild: row.person_is_child,
      urgentRisk: row.urgent_risk,
      presumedVictim: row.presumed_victim,
    });
    if (!reason) return;
    await manager.query(
      `UPDATE protection_case SET status = 'open', opened_because = $2, opened_at = $3 WHERE case_id = $1`,
      [facts.caseId, reason, at],
    );
    await this.outbox.append(manager, ProtectionCaseOpened, {
      subject: facts.caseId,
      time: at,
      data: {
        caseId: facts.caseId,
        caseReference: row.case_reference,
        openedBecause: reason,
        personIsChild: row.person_is_child,
        openedAt: at.toISOString(),
        leadAgencyId: row.lead_agency_id ?? this.access.defaultLeadAgencyId,
      },
    });
  }
}

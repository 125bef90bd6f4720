import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import {
  AppealFiled,
  ChargesAmended,
  ChargesFiled,
  CompensationOrdered,
  HearingHeld,
  HearingPostponed,
  HearingScheduled,
  VerdictRecorded,
  VictimTestimonyArranged,
} from '@nrm/contracts';
import type { HearingType, ProtectiveMeasure, VerdictOutcome } from '@nrm/contracts';
import type {
  AppealRequest,
  ChargeAmendmentRequest,
  ChargeRequest,
  CompensationPaymentRequest,
  CompensationRequest,
  HearingRequest,
  PostponementRequest,
  TestimonyRequest,
  VerdictRequest,
} from '@nrm/api-contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { ProblemException, requireRole } from '@nrm/service-kit';
import { asProblem, findInvestigation } from './investigation-store';
import type { InvestigationRow } from './investigation-store';
import {
  ProceedingsRefused,
  checkAppeal,
  checkCharge,
  checkVerdict,
  nextHearingStatus,
  requireOpenInvestigation,
} from './proceedings-rules';

const WORKERS = ['investigator', 'prosecutor'] as const;

interface HearingRow {
  hearing_id: string;
  investigation_id: string;
  hearing_type: HearingType;
  court: string;
  scheduled_on: string;
  status: 'scheduled' | 'held' | 'postponed';
}

/** Charges, hearings, the victim's testimony, verdicts, appeals and compensation. */
@Injectable()
export class CourtProceedings {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  fileCharge(investigationId: string, request: ChargeRequest, actor: Actor, now = new Date()) {
    requireRole(actor, ...WORKERS);
    return this.inInvestigation(investigationId, actor, async (manager, row) => {
      requireOpenInvestigation(row.status);
      const [suspect]: unknown[] = await manager.query(
        `SELECT 1 FROM suspect WHERE suspect_id = $1 AND investigation_id = $2`,
        [request.suspectId, investigationId],
      );
      if (!suspect) {
        throw new ProblemException('validation', 'no such suspect in this investigation', [
          { field: 'suspectId', message: 'not a suspect of this investigation' },
        ]);
      }
      const aggravating = [...new Set(request.aggravatingCircumstances ?? [])];
      await this.checkCited(
        manager,
        request.lawCode,
        request.article,
        aggravating,
        request.otherLawReference,
      );
      const chargeId = randomUUID();
      await manager.query(
        `INSERT INTO charge (charge_id, investigation_id, suspect_id, law_code, article, other_law_reference, aggravating, version, filed_at, filed_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $9)`,
        [
          chargeId,
          investigationId,
          request.suspectId,
          request.lawCode,
          request.article,
          request.otherLawReference ?? null,
          aggravating,
          now,
          actor.userId,
        ],
      );
      await manager.query(
        `INSERT INTO charge_version (charge_id, version, law_code, article, aggravating, changed_by, changed_at) VALUES ($1, 1, $2, $3, $4, $5, $6)`,
        [chargeId, request.lawCode, request.article, aggravating, actor.userId, now],
      );
      await this.outbox.append(manager, ChargesFiled, {
        subject: investigationId,
        time: now,
        data: {
          investigationId,
          chargeId,
          suspectId: request.suspectId,
          lawCode: request.lawCode,
          article: request.article,
          version: 1,
          aggravatingCircumstances: aggravating,
        },
      });
      return { chargeId, version: 1 };
    });
  }

  /** A changed charge is a new version; earlier versions stay. */
  amendCharge(
    investigationId: string,
    chargeId: string,
    request: ChargeAmendmentRequest,
    actor: Actor,
    now = new Date(),
  ) {
    requireRole(actor, ...WORKERS);
    return this.inInvestigation(investigationId, actor, async (manager, row) => {
      requireOpenInvestigation(row.status);
      const [charge]: {
        law_code: string;
        suspect_id: string;
        version: number;
        other_law_reference: string | null;
      }[] = await manager.query(
        `SELECT law_code, suspect_id, version, other_law_reference FROM charge WHERE charge_id = $1 AND investigation_id = $2 FOR UPDATE`,
        [chargeId, investigationId],
      );
      if (!charge) throw new ProblemException('notFound', 'no such charge in this investigation');
      const aggravating = [...new Set(request.aggravatingCircumstances ?? [])];
      await this.checkCited(
        manager,
        charge.law_code,
        request.article,
        aggravating,
        charge.other_law_reference ?? undefined,
      );
      const version = charge.version + 1;
      await manager.query(
        `UPDATE charge SET article = $2, aggravating = $3, version = $4 WHERE charge_id = $1`,
        [chargeId, request.article, aggravating, version],
      );
      await manager.query(
        `INSERT INTO charge_version (charge_id, version, law_code, article, aggravating, reason, changed_by, changed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [chargeId, version, charge.law_code, request.article, aggravating, request.reason, actor.userId, now],
      );
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
    });
  }

  scheduleHearing(investigationId: string, request: HearingRequest, actor: Actor, now = new Date()) {
    requireRole(actor, ...WORKERS);
    return this.inInvestigation(investigationId, actor, async (manager, row) => {
      requireOpenInvestigation(row.status);
      const hearingId = randomUUID();
      await manager.query(
        `INSERT INTO hearing (hearing_id, investigation_id, hearing_type, court, scheduled_on, status, closed_session)
         VALUES ($1, $2, $3, $4, $5, 'scheduled', $6)`,
        [
          hearingId,
          investigationId,
          request.hearingType,
          request.court,
          request.scheduledOn,
          request.closedSession ?? false,
        ],
      );
      await this.outbox.append(manager, HearingScheduled, {
        subject: investigationId,
        time: now,
        data: {
          investigationId,
          hearingId,
          hearingType: request.hearingType,
          court: request.court,
          scheduledOn: request.scheduledOn,
          agencyIds: row.agency_ids,
        },
      });
      return { hearingId, status: 'scheduled' as const };
    });
  }

  postponeHearing(hearingId: string, request: PostponementRequest, actor: Actor, now = new Date()) {
    requireRole(actor, ...WORKERS);
    return this.onHearing(hearingId, actor, async (manager, hearing, row) => {
      const status = nextHearingStatus(hearing.status, 'postponed');
      if (request.newDate <= hearing.scheduled_on)
        throw new ProceedingsRefused('a hearing is postponed to a later date');
      await manager.query(
        `UPDATE hearing SET scheduled_on = $2, status = $3, reminded_for = NULL WHERE hearing_id = $1`,
        [hearingId, request.newDate, status],
      );
      await this.outbox.append(manager, HearingPostponed, {
        subject: hearing.investigation_id,
        time: now,
        data: {
          ...hearingEvent(hearing, row),
          scheduledOn: request.newDate,
          previousDate: hearing.scheduled_on,
        },
      });
      // Testimony moves with the hearing: protection reschedules its tasks from the new date.
      await this.announceTestimonies(manager, hearingId, hearing.investigation_id, request.newDate, now);
      return { hearingId, status, scheduledOn: request.newDate };
    });
  }

  holdHearing(hearingId: string, actor: Actor, now = new Date()) {
    requireRole(actor, ...WORKERS);
    return this.onHearing(hearingId, actor, async (manager, hearing, row) => {
      const status = nextHearingStatus(hearing.status, 'held');
      await manager.query(`UPDATE hearing SET status = $2, held_at = $3 WHERE hearing_id = $1`, [
        hearingId,
        status,
        now,
      ]);
      await this.outbox.append(manager, HearingHeld, {
        subject: hearing.investigation_id,
        time: now,
        data: hearingEvent(hearing, row),
      });
      return { hearingId, status };
    });
  }

  /** The victim of a linked case testifies at a scheduled hearing, with the protective measures it needs. */
  arrangeTestimony(hearingId: string, request: TestimonyRequest, actor: Actor, now = new Date()) {
    requireRole(actor, ...WORKERS);
    return this.onHearing(hearingId, actor, async (manager, hearing, row) => {
      if (hearing.status !== 'scheduled') throw new ProceedingsRefused(`the hearing is ${hearing.status}`);
      if (!row.case_ids.includes(request.caseId))
        throw new ProceedingsRefused('the case is not linked to this investigation');
      const measures = [...new Set(request.measures)];
      await manager.query(
        `INSERT INTO testimony (hearing_id, case_id, measures, arranged_by, arranged_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (hearing_id, case_id) DO UPDATE SET measures = $3, arranged_by = $4, arranged_at = $5`,
        [hearingId, request.caseId, measures, actor.userId, now],
      );
      await this.announceTestimonies(
        manager,
        hearingId,
        hearing.investigation_id,
        hearing.scheduled_on,
        now,
        request.caseId,
      );
      return { hearingId, caseId: request.caseId, measures };
    });
  }

  recordVerdict(investigationId: string, request: VerdictRequest, actor: Actor, now = new Date()) {
    requireRole(actor, 'prosecutor');
    return this.inInvestigation(investigationId, actor, async (manager) => {
      const [charge]: { suspect_id: string; law_code: string; article: string }[] = await manager.query(
        `SELECT suspect_id, law_code, article FROM charge WHERE charge_id = $1 AND investigation_id = $2`,
        [request.chargeId, investigationId],
      );
      const [decided]: unknown[] = await manager.query(
        `SELECT 1 FROM verdict WHERE charge_id = $1 AND court_level = $2`,
        [request.chargeId, request.courtLevel],
      );
      checkVerdict({
        chargeExists: charge !== undefined,
        outcome: request.outcome,
        sentenceMonths: request.sentenceMonths,
        lifeImprisonment: request.lifeImprisonment,
        alreadyDecidedAtLevel: decided !== undefined,
      });
      const verdictId = randomUUID();
      await manager.query(
        `INSERT INTO verdict (verdict_id, investigation_id, charge_id, suspect_id, outcome, court_level, decided_on, sentence_months,
           life_imprisonment, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          verdictId,
          investigationId,
          request.chargeId,
          charge.suspect_id,
          request.outcome,
          request.courtLevel,
          request.decidedOn,
          request.sentenceMonths ?? null,
          request.lifeImprisonment ?? false,
          actor.userId,
          now,
        ],
      );
      await this.outbox.append(manager, VerdictRecorded, {
        subject: investigationId,
        time: now,
        data: {
          investigationId,
          verdictId,
          suspectId: charge.suspect_id,
          chargeId: request.chargeId,
          lawCode: charge.law_code,
          article: charge.article,
          outcome: request.outcome as VerdictOutcome,
          courtLevel: request.courtLevel,
          decidedOn: request.decidedOn,
          ...(request.sentenceMonths !== undefined ? { sentenceMonths: request.sentenceMonths } : {}),
          ...(request.lifeImprisonment ? { lifeImprisonment: true } : {}),
        },
      });
      return { verdictId, outcome: request.outcome };
    });
  }

  fileAppeal(verdictId: string, request: AppealRequest, actor: Actor, now = new Date()) {
    requireRole(actor, 'prosecutor');
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const [verdict]: { investigation_id: string; decided_on: string }[] = await manager.query(
          `SELECT investigation_id, decided_on::text FROM verdict WHERE verdict_id = $1`,
          [verdictId],
        );
        if (verdict) await findInvestigation(manager, verdict.investigation_id, actor, true);
        const [filed]: unknown[] = await manager.query(
          `SELECT 1 FROM appeal WHERE verdict_id = $1 AND filed_by = $2`,
          [verdictId, request.filedBy],
        );
        checkAppeal({
          verdictDecidedOn: verdict?.decided_on,
          filedOn: request.filedOn,
          alreadyFiledByParty: filed !== undefined,
        });
        const appealId = randomUUID();
        await manager.query(
          `INSERT INTO appeal (appeal_id, verdict_id, filed_by, filed_on, recorded_by) VALUES ($1, $2, $3, $4, $5)`,
          [appealId, verdictId, request.filedBy, request.filedOn, actor.userId],
        );
        await this.outbox.append(manager, AppealFiled, {
          subject: verdict.investigation_id,
          time: now,
          data: {
            investigationId: verdict.investigation_id,
            appealId,
            verdictId,
            filedBy: request.filedBy,
            filedOn: request.filedOn,
          },
        });
        return { appealId };
      }),
    );
  }

  orderCompensation(investigationId: string, request: CompensationRequest, actor: Actor, now = new Date()) {
    requireRole(actor, 'prosecutor');
    return this.inInvestigation(investigationId, actor, async (manager, row) => {
      if (!row.case_ids.includes(request.caseId))
        throw new ProceedingsRefused('the case is not linked to this investigation');
      if (Number(request.amount) <= 0) {
        throw new ProblemException('validation', 'the amount must be positive', [
          { field: 'amount', message: 'must be more than 0' },
        ]);
      }
      const compensationId = randomUUID();
      await manager.query(
        `INSERT INTO compensation (compensation_id, investigation_id, case_id, amount, currency, ordered_on, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          compensationId,
          investigationId,
          request.caseId,
          request.amount,
          request.currency,
          request.orderedOn,
          actor.userId,
        ],
      );
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
    });
  }

  recordPayment(compensationId: string, request: CompensationPaymentRequest, actor: Actor) {
    requireRole(actor, 'prosecutor');
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const [c]: { investigation_id: string; ordered_on: string; paid_on: string | null }[] =
          await manager.query(
            `SELECT investigation_id, ordered_on::text, paid_on::text FROM compensation WHERE compensation_id = $1 FOR UPDATE`,
            [compensationId],
          );
        if (!c) throw new ProblemException('notFound', 'no such compensation order');
        await findInvestigation(manager, c.investigation_id, actor);
        if (c.paid_on) throw new ProceedingsRefused('the compensation is already recorded as paid');
        if (request.paidOn < c.ordered_on)
          throw new ProceedingsRefused('payment comes on or after the order');
        await manager.query(`UPDATE compensation SET paid_on = $2 WHERE compensation_id = $1`, [
          compensationId,
          request.paidOn,
        ]);
        return { compensationId, paid: true, paidOn: request.paidOn };
      }),
    );
  }

  private async announceTestimonies(
    manager: EntityManager,
    hearingId: string,
    investigationId: string,
    hearingDate: string,
    now: Date,
    onlyCaseId?: string,
  ): Promise<void> {
    const rows: { case_id: string; case_reference: string; measures: string[] }[] = await manager.query(
      `SELECT t.case_id, r.case_reference, t.measures FROM testimony t JOIN referred_case r USING (case_id)
        WHERE t.hearing_id = $1 AND ($2::uuid IS NULL OR t.case_id = $2::uuid)`,
      [hearingId, onlyCaseId ?? null],
    );
    for (const t of rows) {
      await this.outbox.append(manager, VictimTestimonyArranged, {
        subject: t.case_id,
        time: now,
        data: {
          investigationId,
          hearingId,
          caseId: t.case_id,
          caseReference: t.case_reference,
          hearingDate,
          measures: t.measures as ProtectiveMeasure[],
        },
      });
    }
  }

  private async checkCited(
    manager: EntityManager,
    lawCode: string,
    article: string,
    aggravating: string[],
    otherLawReference?: string,
  ): Promise<void> {
    if (lawCode === 'other') {
      if (!otherLawReference) {
        throw new ProblemException('validation', 'name the law a charge under another law cites', [
          { field: 'otherLawReference', message: "otherLawReference is required with lawCode 'other'" },
        ]);
      }
      return;
    }
    const [row]: { aggravating: { code: string }[] }[] = await manager.query(
      `SELECT aggravating FROM law_article WHERE law_code = $1 AND article = $2`,
      [lawCode, article],
    );
    checkCharge(row, lawCode, article, aggravating);
  }

  private inInvestigation<T>(
    investigationId: string,
    actor: Actor,
    work: (manager: EntityManager, row: InvestigationRow) => Promise<T>,
  ): Promise<T> {
    return asProblem(() =>
      this.dataSource.transaction(async (manager) =>
        work(manager, await findInvestigation(manager, investigationId, actor, true)),
      ),
    );
  }

  private onHearing<T>(
    hearingId: string,
    actor: Actor,
    work: (manager: EntityManager, hearing: HearingRow, row: InvestigationRow) => Promise<T>,
  ): Promise<T> {
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const [found]: { investigation_id: string }[] = await manager.query(
          `SELECT investigation_id FROM hearing WHERE hearing_id = $1`,
          [hearingId],
        );
        if (!found) throw new ProblemException('notFound', 'no such hearing');
        const row = await findInvestigation(manager, found.investigation_id, actor, true);
        requireOpenInvestigation(row.status);
        const [hearing]: HearingRow[] = await manager.query(
          `SELECT hearing_id, investigation_id, hearing_type, court, scheduled_on::text, status FROM hearing WHERE hearing_id = $1 FOR UPDATE`,
          [hearingId],
        );
        return work(manager, hearing, row);
      }),
    );
  }
}

function hearingEvent(h: HearingRow, row: InvestigationRow) {
  return {
    investigationId: h.investigation_id,
    hearingId: h.hearing_id,
    hearingType: h.hearing_type,
    court: h.court,
    scheduledOn: h.scheduled_on,
    agencyIds: row.agency_ids,
  };
}

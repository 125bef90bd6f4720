import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import {
  ShelterCheckedIn,
  ShelterCheckedOut,
  ShelterPlaced,
  ShelterQueued,
  ShelterTransferred,
} from '@nrm/contracts';
import type { PlacementRequest } from '@nrm/api-contracts';
import type { AgencyType, DisclosureBasis } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { DataKeyring } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { ProtectionRuleRefused, requireOpen } from '../cases/case-rules';
import { asProblem, lockCase } from '../cases/case-store';
import { requireDisclosureBasis } from '../services/disclosure-rules';
import { ProtectionAccess } from '../cases/protection-access';

export type PlacementStatus =
  'queued' | 'placed' | 'checked_in' | 'checked_out' | 'cancelled' | 'transferred';

interface ShelterRow {
  shelter_id: string;
  provider_id: string;
  provider_type: AgencyType;
  capacity: number;
  for_children: boolean;
}

interface PlacementRow {
  placement_id: string;
  disclosure_basis: DisclosureBasis;
  override_reason_sealed: string | null;
  case_id: string;
  case_reference: string;
  shelter_id: string;
  provider_id: string;
  status: PlacementStatus;
  priority: boolean;
}

export interface PlacementResult {
  placementId: string;
  shelterId: string;
  status: PlacementStatus;
  queuePosition?: number;
}

export interface ShelterView {
  shelterId: string;
  providerAgencyId: string;
  nameEn: string;
  nameAr: string;
  forChildren: boolean;
  capacity: number;
  occupied: number;
  free: number;
  queued: number;
}

/** Children are sheltered apart from adults. */
function requireSuitable(shelter: ShelterRow, personIsChild: boolean): void {
  if (shelter.for_children !== personIsChild) {
    throw new ProtectionRuleRefused(
      shelter.for_children ? 'this shelter takes children only' : 'this shelter does not take children',
    );
  }
}

const PLACEMENT_ROW = `
  SELECT pl.placement_id, pl.disclosure_basis, pl.override_reason_sealed, pl.case_id, c.case_reference, pl.shelter_id, s.provider_id, pl.status, pl.priority
    FROM placement pl JOIN protection_case c USING (case_id) JOIN shelter s USING (shelter_id)`;

/**
 * Shelter beds against real capacity. Every change to a shelter's beds locks that shelter's row
 * first, so concurrent requests are decided one after another and a bed is never given twice. When
 * the shelter is full a request waits in its queue (children and urgent risks first, then by time)
 * and is placed in the transaction that frees a bed.
 */
@Injectable()
export class ShelterPlacements {
  constructor(
    private readonly access: ProtectionAccess,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
  ) {}

  async request(
    caseId: string,
    request: PlacementRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<PlacementResult> {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await lockCase(manager, caseId);
        requireOpen(row.status);
        const shelter = await this.lockShelter(manager, request.shelterId);
        requireSuitable(shelter, row.person_is_child);
        if (request.override && actor.role !== 'supervisor') {
          throw new ProblemException('forbidden', "only a supervisor may place without the person's consent");
        }
        const basis = requireDisclosureBasis(
          {
            personIsChild: row.person_is_child,
            sharingAgencyTypes: row.sharing_agency_types,
            providerAgencyType: shelter.provider_type,
            override: request.override && { byRole: actor.role, reason: request.override.reason },
          },
          'place',
        );
        const [live]: { status: PlacementStatus }[] = await manager.query(
          `SELECT status FROM placement WHERE case_id = $1 AND status IN ('queued', 'placed', 'checked_in')`,
          [caseId],
        );
        if (live)
          throw new ProtectionRuleRefused(
            `the case already has a ${live.status} placement; transfer it instead`,
          );
        return this.placeOrQueue(manager, {
          caseId,
          caseReference: row.case_reference,
          shelter,
          priority: row.person_is_child || row.urgent_risk,
          requestedBy: actor.userId,
          now,
          basis,
          overrideReasonSealed:
            basis === 'supervisor_override' && request.override
              ? (await this.keyring.sealerFor(manager, caseId)).seal(request.override.reason)
              : null,
        });
      }),
    );
  }

  checkIn(placementId: string, actor: Actor, now = new Date()): Promise<PlacementResult> {
    return this.change(placementId, actor, async (manager, p) => {
      if (p.status !== 'placed') throw new ProtectionRuleRefused(`a ${p.status} placement cannot check in`);
      await manager.query(
        `UPDATE placement SET status = 'checked_in', checked_in_at = $2 WHERE placement_id = $1`,
        [placementId, now],
      );
      await this.emit(manager, ShelterCheckedIn, p, now);
      return { placementId, shelterId: p.shelter_id, status: 'checked_in' };
    });
  }

  /** Check-out of a placed or checked-in person, or cancellation of a queued request; a freed bed goes to the queue. */
  checkOut(placementId: string, actor: Actor, now = new Date()): Promise<PlacementResult> {
    return this.change(placementId, actor, async (manager, p, shelter) => {
      if (!['queued', 'placed', 'checked_in'].includes(p.status)) {
        throw new ProtectionRuleRefused(`the placement is already ${p.status}`);
      }
      const status: PlacementStatus = p.status === 'queued' ? 'cancelled' : 'checked_out';
      await manager.query(`UPDATE placement SET status = $2, ended_at = $3 WHERE placement_id = $1`, [
        placementId,
        status,
        now,
      ]);
      if (status === 'checked_out') await this.emit(manager, ShelterCheckedOut, p, now);
      await this.fillFreeBeds(manager, shelter, now);
      return { placementId, shelterId: p.shelter_id, status };
    });
  }

  /** Moves a placed or checked-in person to another shelter: a new placement there (or a place in its queue). */
  async transfer(
    placementId: string,
    request: PlacementRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<PlacementResult> {
    await this.access.requireCaseWorker(actor);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const current = await this.findPlacement(manager, placementId);
        await this.access.requireCaseManager(manager, current.case_id, actor);
        if (current.shelter_id === request.shelterId)
          throw new ProtectionRuleRefused('that is the current shelter');
        // The case first, then the shelters, then the placement: the order a new request takes too.
        const row = await lockCase(manager, current.case_id);
        requireOpen(row.status);
        // Shelters are locked in one order everywhere two are involved, so transfers never deadlock.
        const ids = [current.shelter_id, request.shelterId].sort();
        const locked = new Map<string, ShelterRow>();
        for (const id of ids) locked.set(id, await this.lockShelter(manager, id));
        const from = locked.get(current.shelter_id)!;
        const to = locked.get(request.shelterId)!;
        const p = await this.lockPlacement(manager, placementId);
        if (p.status !== 'placed' && p.status !== 'checked_in') {
          throw new ProtectionRuleRefused(`a ${p.status} placement cannot be transferred`);
        }
        requireSuitable(to, row.person_is_child);
        await manager.query(
          `UPDATE placement SET status = 'transferred', ended_at = $2 WHERE placement_id = $1`,
          [placementId, now],
        );
        const next = await this.placeOrQueue(manager, {
          caseId: p.case_id,
          caseReference: p.case_reference,
          shelter: to,
          priority: p.priority,
          requestedBy: actor.userId,
          now,
          fromShelterId: from.shelter_id,
          // The ground the person was placed on goes with them to the other shelter.
          basis: p.disclosure_basis,
          overrideReasonSealed: p.override_reason_sealed,
        });
        await this.fillFreeBeds(manager, from, now);
        return next;
      }),
    );
  }

  async shelters(actor: Actor): Promise<{ items: ShelterView[] }> {
    await this.caseWorkerOrShelterStaff(actor);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT s.shelter_id, s.provider_id, s.name_en, s.name_ar, s.for_children, s.capacity,
              count(*) FILTER (WHERE pl.status IN ('placed', 'checked_in'))::int AS occupied,
              count(*) FILTER (WHERE pl.status = 'queued')::int AS queued
         FROM shelter s LEFT JOIN placement pl ON pl.shelter_id = s.shelter_id
        WHERE $1::text IS NULL OR s.provider_id = $1
        GROUP BY s.shelter_id ORDER BY s.shelter_id`,
      [actor.role === 'service_provider' ? actor.agencyId : null],
    );
    return {
      items: rows.map((r) => ({
        shelterId: r['shelter_id'] as string,
        providerAgencyId: r['provider_id'] as string,
        nameEn: r['name_en'] as string,
        nameAr: r['name_ar'] as string,
        forChildren: r['for_children'] as boolean,
        capacity: r['capacity'] as number,
        occupied: r['occupied'] as number,
        free: Math.max(0, (r['capacity'] as number) - (r['occupied'] as number)),
        queued: r['queued'] as number,
      })),
    };
  }

  private async placeOrQueue(
    manager: EntityManager,
    r: {
      caseId: string;
      caseReference: string;
      shelter: ShelterRow;
      priority: boolean;
      requestedBy: string;
      now: Date;
      basis: DisclosureBasis;
      overrideReasonSealed: string | null;
      fromShelterId?: string;
    },
  ): Promise<PlacementResult> {
    const [{ occupied }]: { occupied: number }[] = await manager.query(
      `SELECT count(*)::int AS occupied FROM placement WHERE shelter_id = $1 AND status IN ('placed', 'checked_in')`,
      [r.shelter.shelter_id],
    );
    const placed = occupied < r.shelter.capacity;
    const placementId = randomUUID();
    await manager.query(
      `INSERT INTO placement (placement_id, case_id, shelter_id, status, priority, requested_by, requested_at, placed_at,
         disclosure_basis, override_reason_sealed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        placementId,
        r.caseId,
        r.shelter.shelter_id,
        placed ? 'placed' : 'queued',
        r.priority,
        r.requestedBy,
        r.now,
        placed ? r.now : null,
        r.basis,
        r.overrideReasonSealed,
      ],
    );
    const p: PlacementRow = {
      placement_id: placementId,
      disclosure_basis: r.basis,
      override_reason_sealed: r.overrideReasonSealed,
      case_id: r.caseId,
      case_reference: r.caseReference,
      shelter_id: r.shelter.shelter_id,
      provider_id: r.shelter.provider_id,
      status: placed ? 'placed' : 'queued',
      priority: r.priority,
    };
    if (placed) {
      await this.emit(manager, r.fromShelterId ? ShelterTransferred : ShelterPlaced, p, r.now, {
        ...(r.fromShelterId ? { fromShelterId: r.fromShelterId } : {}),
      });
      return { placementId, shelterId: p.shelter_id, status: 'placed' };
    }
    const queuePosition = await this.queuePosition(manager, p);
    await this.emit(manager, r.fromShelterId ? ShelterTransferred : ShelterQueued, p, r.now, {
      queuePosition,
      ...(r.fromShelterId ? { fromShelterId: r.fromShelterId } : {}),
    });
    return { placementId, shelterId: p.shelter_id, status: 'queued', queuePosition };
  }

  /** Places the head of the queue while beds are free (the shelter row is locked). */
  private async fillFreeBeds(manager: EntityManager, shelter: ShelterRow, now: Date): Promise<void> {
    // UPDATE ... RETURNING answers [rows, count].
    const [promoted]: [{ placement_id: string }[], number] = await manager.query(
      `WITH free AS (
         SELECT $2::int - count(*)::int AS beds FROM placement WHERE shelter_id = $1 AND status IN ('placed', 'checked_in')
       ), head AS (
         SELECT placement_id FROM placement WHERE shelter_id = $1 AND status = 'queued'
          ORDER BY priority DESC, requested_at, placement_id LIMIT greatest((SELECT beds FROM free), 0)
       )
       UPDATE placement SET status = 'placed', placed_at = $3 WHERE placement_id IN (SELECT placement_id FROM head)
       RETURNING placement_id`,
      [shelter.shelter_id, shelter.capacity, now],
    );
    for (const { placement_id } of promoted) {
      await this.emit(manager, ShelterPlaced, await this.findPlacement(manager, placement_id), now);
    }
  }

  private async queuePosition(manager: EntityManager, p: PlacementRow): Promise<number> {
    const [{ position }]: { position: number }[] = await manager.query(
      `SELECT count(*)::int AS position FROM placement q JOIN placement me ON me.placement_id = $1
        WHERE q.shelter_id = me.shelter_id AND q.status = 'queued'
          AND (q.priority > me.priority
               OR (q.priority = me.priority AND (q.requested_at, q.placement_id) <= (me.requested_at, me.placement_id)))`,
      [p.placement_id],
    );
    return position;
  }

  /** Runs a change on one placement: its shelter locked first, then the placement. */
  private async change(
    placementId: string,
    actor: Actor,
    apply: (manager: EntityManager, p: PlacementRow, shelter: ShelterRow) => Promise<PlacementResult>,
  ): Promise<PlacementResult> {
    await this.caseWorkerOrShelterStaff(actor);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const found = await this.findPlacement(manager, placementId);
        // A shelter's own staff act on placements in their shelters only.
        if (actor.role === 'service_provider' && found.provider_id !== actor.agencyId) {
          throw new ProblemException('notFound', 'no such placement');
        }
        // Case workers: of the case's lead agency, or of the shelter's own provider.
        if (actor.role !== 'service_provider' && found.provider_id !== actor.agencyId) {
          await this.access.requireCaseManager(manager, found.case_id, actor);
        }
        const shelter = await this.lockShelter(manager, found.shelter_id);
        const p = await this.lockPlacement(manager, placementId);
        return apply(manager, p, shelter);
      }),
    );
  }

  /** Case workers of a protection agency, or a shelter's own staff (scoped to their shelters by the caller). */
  private async caseWorkerOrShelterStaff(actor: Actor): Promise<void> {
    if (actor.role === 'service_provider') return;
    await this.access.requireCaseWorker(actor);
  }

  private async findPlacement(manager: EntityManager, placementId: string): Promise<PlacementRow> {
    const [p]: PlacementRow[] = await manager.query(`${PLACEMENT_ROW} WHERE pl.placement_id = $1`, [
      placementId,
    ]);
    if (!p) throw new ProblemException('notFound', 'no such placement');
    return p;
  }

  private async lockPlacement(manager: EntityManager, placementId: string): Promise<PlacementRow> {
    const [p]: PlacementRow[] = await manager.query(
      `${PLACEMENT_ROW} WHERE pl.placement_id = $1 FOR UPDATE OF pl`,
      [placementId],
    );
    if (!p) throw new ProblemException('notFound', 'no such placement');
    return p;
  }

  private async lockShelter(manager: EntityManager, shelterId: string): Promise<ShelterRow> {
    const [shelter]: ShelterRow[] = await manager.query(
      `SELECT s.shelter_id, s.provider_id, p.agency_type AS provider_type, s.capacity, s.for_children
         FROM shelter s JOIN provider p USING (provider_id) WHERE s.shelter_id = $1 FOR UPDATE OF s`,
      [shelterId],
    );
    if (!shelter) {
      throw new ProblemException('validation', `there is no shelter ${shelterId}`, [
        { field: 'shelterId', message: 'not a known shelter' },
      ]);
    }
    return shelter;
  }

  private emit(
    manager: EntityManager,
    definition: typeof ShelterPlaced,
    p: PlacementRow,
    now: Date,
    extra: { queuePosition?: number; fromShelterId?: string } = {},
  ) {
    return this.outbox.append(manager, definition, {
      subject: p.case_id,
      time: now,
      data: {
        caseId: p.case_id,
        caseReference: p.case_reference,
        placementId: p.placement_id,
        shelterId: p.shelter_id,
        providerAgencyId: p.provider_id,
        priority: p.priority,
        ...extra,
      },
    });
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ShelterPlaced, ShelterQueued, ShelterTransferred } from '@nrm/contracts';
import type { DisclosureBasis } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { PlacementRepository } from './placement.repository';
import type { PlacementRow } from './placement.repository';
import type { PlacementStatus } from './placement-rules';
import type { ShelterRow } from './shelter.repository';

export interface PlacementResult {
  placementId: string;
  shelterId: string;
  status: PlacementStatus;
  queuePosition?: number;
}

/** A request for a bed in a locked shelter. */
export interface BedRequest {
  caseId: string;
  caseReference: string;
  shelter: ShelterRow;
  priority: boolean;
  requestedBy: string;
  now: Date;
  basis: DisclosureBasis;
  overrideReasonSealed: string | null;
  /** The shelter a transfer comes from. */
  fromShelterId?: string;
}

/**
 * Shelter beds against real capacity, always under the shelter's row lock (ADR 0007): a request
 * takes a free bed or waits in the queue (children and urgent risks first, then by time), and a bed
 * freed goes to the head of the queue in the same transaction.
 */
@Injectable()
export class ShelterBeds {
  constructor(
    private readonly placements: PlacementRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async placeOrQueue(manager: EntityManager, r: BedRequest): Promise<PlacementResult> {
    const occupied = await this.placements.occupied(manager, r.shelter.shelter_id);
    const placed = occupied < r.shelter.capacity;
    const placementId = randomUUID();
    await this.placements.insert(manager, {
      placement_id: placementId,
      case_id: r.caseId,
      shelter_id: r.shelter.shelter_id,
      status: placed ? 'placed' : 'queued',
      priority: r.priority,
      requested_by: r.requestedBy,
      requested_at: r.now,
      placed_at: placed ? r.now : null,
      disclosure_basis: r.basis,
      override_reason_sealed: r.overrideReasonSealed,
    });
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
    const from = r.fromShelterId ? { fromShelterId: r.fromShelterId } : {};
    if (placed) {
      await this.announce(manager, r.fromShelterId ? ShelterTransferred : ShelterPlaced, p, r.now, from);
      return { placementId, shelterId: p.shelter_id, status: 'placed' };
    }
    const queuePosition = await this.placements.queuePosition(manager, placementId);
    await this.announce(manager, r.fromShelterId ? ShelterTransferred : ShelterQueued, p, r.now, {
      queuePosition,
      ...from,
    });
    return { placementId, shelterId: p.shelter_id, status: 'queued', queuePosition };
  }

  /** Places the head of the queue while beds are free (the shelter row is locked). */
  async fillFreeBeds(manager: EntityManager, shelter: ShelterRow, now: Date): Promise<void> {
    for (const placementId of await this.placements.placeQueueHead(manager, shelter, now)) {
      await this.announce(manager, ShelterPlaced, await this.placements.find(manager, placementId), now);
    }
  }

  /** Appends a placement event of the case. */
  announce(
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

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { VictimTestimonyArranged } from '@nrm/contracts';
import type { ProtectiveMeasure } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { TestimonyRepository } from './testimony.repository';

/** Tells protection of the victims' testimony at a hearing, so it plans their support for that date. */
@Injectable()
export class TestimonyAnnouncements {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly testimonies: TestimonyRepository,
  ) {}

  async announce(
    manager: EntityManager,
    hearing: { hearingId: string; investigationId: string; hearingDate: string },
    now: Date,
    onlyCaseId?: string,
  ): Promise<void> {
    for (const t of await this.testimonies.ofHearing(manager, hearing.hearingId, onlyCaseId)) {
      await this.outbox.append(manager, VictimTestimonyArranged, {
        subject: t.case_id,
        time: now,
        data: {
          investigationId: hearing.investigationId,
          hearingId: hearing.hearingId,
          caseId: t.case_id,
          caseReference: t.case_reference,
          hearingDate: hearing.hearingDate,
          measures: t.measures as ProtectiveMeasure[],
        },
      });
    }
  }
}

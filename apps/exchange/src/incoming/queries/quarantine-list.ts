import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { QuarantinePage } from '@nrm/api-contracts';
import { Routes } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { IncomingRepository } from '../incoming.repository';

/** What was refused from partners (or from whoever claimed to be one), newest first, for review. */
@Injectable()
export class QuarantineList {
  constructor(
    private readonly dataSource: DataSource,
    private readonly inbox: IncomingRepository,
  ) {}

  async execute(actor: Actor): Promise<QuarantinePage> {
    permit(actor, Routes.quarantine);
    const rows = await this.inbox.quarantined(this.dataSource);
    return {
      items: rows.map((r) => ({
        quarantineId: r.quarantine_id,
        claimedPartner: r.claimed_partner,
        messageId: r.message_id,
        reason: r.reason,
        detail: r.detail,
        receivedAt: r.received_at.toISOString(),
      })),
    };
  }
}

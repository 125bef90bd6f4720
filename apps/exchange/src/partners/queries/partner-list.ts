import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PartnerPage, PartnerResponse } from '@nrm/api-contracts';
import { Routes } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import type { Agreement } from '../../agreements/agreement-rules';
import { PartnerRepository } from '../partner.repository';
import type { PartnerRecord } from '../partner.repository';

export function partnerResponse(p: PartnerRecord, agreement: Agreement | undefined): PartnerResponse {
  return {
    country: p.country,
    name: p.name,
    endpoint: p.endpoint,
    keySetUrl: p.keySetUrl,
    agencies: p.agencies,
    status: p.status,
    version: p.version,
    changedAt: p.changedAt.toISOString(),
    ...(agreement ? { agreementReference: agreement.reference } : {}),
  };
}

/** The partner registry with the agreement in force with each. */
@Injectable()
export class PartnerList {
  constructor(
    private readonly dataSource: DataSource,
    private readonly partners: PartnerRepository,
  ) {}

  async execute(actor: Actor): Promise<PartnerPage> {
    permit(actor, Routes.partners);
    const all = await this.partners.all(this.dataSource);
    return {
      items: await Promise.all(
        all.map(async (p) =>
          partnerResponse(p, await this.partners.agreementWith(this.dataSource, p.country)),
        ),
      ),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PartnerRequest, PartnerResponse } from '@nrm/api-contracts';
import { Routes } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { PartnerKeySets } from '../../wire/partner-key-sets';
import { PartnerRepository } from '../partner.repository';
import { partnerResponse } from '../queries/partner-list';

/** Registers a partner state or changes it: a new version, the snapshot kept, its keys fetched afresh. */
@Injectable()
export class RegisterPartner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly partners: PartnerRepository,
    private readonly keySets: PartnerKeySets,
  ) {}

  async execute(country: string, request: PartnerRequest, actor: Actor): Promise<PartnerResponse> {
    permit(actor, Routes.registerPartner);
    if (!/^[a-z]{2}$/.test(country))
      throw new ProblemException('validation', 'a partner is named by its two-letter country code', [
        { field: 'country', message: 'country must be a two-letter country code in lower case' },
      ]);
    const partner = await this.dataSource.transaction(async (m) => {
      await this.partners.save(m, country, request, actor.userId);
      return this.partners.find(m, country);
    });
    this.keySets.forget(country);
    return partnerResponse(partner!, await this.partners.agreementWith(this.dataSource, country));
  }
}

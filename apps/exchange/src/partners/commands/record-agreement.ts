import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AgreementRequest, AgreementResponse } from '@nrm/api-contracts';
import { Routes } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { PartnerRepository } from '../partner.repository';

/** Records the agreement in force with a partner; the one before is kept, superseded. */
@Injectable()
export class RecordAgreement {
  constructor(
    private readonly dataSource: DataSource,
    private readonly partners: PartnerRepository,
  ) {}

  async execute(country: string, request: AgreementRequest, actor: Actor): Promise<AgreementResponse> {
    permit(actor, Routes.recordAgreement);
    if (request.validUntil !== undefined && request.validUntil < request.validFrom)
      throw new ProblemException('validation', 'the agreement ends before it starts', [
        { field: 'validUntil', message: 'validUntil must not be before validFrom' },
      ]);
    return this.dataSource.transaction(async (m) => {
      if (!(await this.partners.find(m, country)))
        throw new ProblemException('notFound', `no partner ${country} is registered`);
      const a = await this.partners.recordAgreement(m, country, request, actor.userId);
      return { ...a, messageTypes: [...a.messageTypes], purposes: [...a.purposes], fields: [...a.fields] };
    });
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { PolicyRepository } from '../../policy/policy.repository';
import { CatalogueAuthority } from '../catalogue-authority';
import { catalogueDigest, summary } from '../catalogue-summary';
import { CatalogueInvalid, parseCatalogue } from '../catalogue-validation';
import { CatalogueRepository } from '../catalogue.repository';
import type { IndicatorCatalogue } from '../indicator-catalogue';
import { Routes } from '@nrm/api-contracts';
import type { IndicatorCatalogueSummaryResponse } from '@nrm/api-contracts';

/** Loads a new version as proposed; it does nothing until a second administrator adopts it. */
@Injectable()
export class LoadIndicatorCatalogue {
  constructor(
    private readonly dataSource: DataSource,
    private readonly authority: CatalogueAuthority,
    private readonly catalogues: CatalogueRepository,
    private readonly policies: PolicyRepository,
  ) {}

  async execute(input: unknown, actor: Actor, now = new Date()): Promise<IndicatorCatalogueSummaryResponse> {
    await this.authority.require(actor, Routes.loadIndicatorCatalogue);
    let catalogue: IndicatorCatalogue;
    try {
      catalogue = parseCatalogue(input);
    } catch (error) {
      if (error instanceof CatalogueInvalid)
        throw new ProblemException('validation', 'the indicator catalogue is not valid', error.problems);
      throw error;
    }
    return this.dataSource.transaction(async (manager) => {
      const policy = await this.policies.defaultPolicy(manager);
      if (catalogue.jurisdiction !== policy.jurisdiction)
        throw new ProblemException('validation', 'the indicator catalogue is not valid', [
          {
            field: 'jurisdiction',
            message: `must be ${policy.jurisdiction}, the jurisdiction this platform serves`,
          },
        ]);
      const digest = catalogueDigest(catalogue);
      const loaded = await this.catalogues.propose(manager, catalogue, digest, actor, now);
      if (loaded) return summary(loaded);
      const existing = await this.catalogues.digest(manager, catalogue.version);
      throw new ProblemException(
        'conflict',
        existing === digest
          ? `indicator catalogue ${catalogue.version} is already loaded`
          : `indicator catalogue ${catalogue.version} is already loaded with other content: a version never changes, so give the change a new version`,
      );
    });
  }
}

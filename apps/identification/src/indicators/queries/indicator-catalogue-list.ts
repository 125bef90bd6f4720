import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { CatalogueAuthority } from '../catalogue-authority';
import { summary } from '../catalogue-summary';
import { CatalogueRepository } from '../catalogue.repository';
import { Routes } from '@nrm/api-contracts';
import type { IndicatorCataloguePage } from '@nrm/api-contracts';

/** Every catalogue version loaded, the latest first. */
@Injectable()
export class IndicatorCatalogueList {
  constructor(
    private readonly dataSource: DataSource,
    private readonly authority: CatalogueAuthority,
    private readonly catalogues: CatalogueRepository,
  ) {}

  async execute(actor: Actor): Promise<IndicatorCataloguePage> {
    await this.authority.require(actor, Routes.listIndicatorCatalogues);
    return { items: (await this.catalogues.summaries(this.dataSource)).map(summary) };
  }
}

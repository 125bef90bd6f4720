import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { catalogueDifferences } from '../catalogue-differences';
import { CatalogueAuthority } from '../catalogue-authority';
import { summary } from '../catalogue-summary';
import { CatalogueRepository } from '../catalogue.repository';
import type { IndicatorCatalogue } from '../indicator-catalogue';
import { IndicatorCatalogues } from '../indicator-catalogues';
import { Routes } from '@nrm/api-contracts';
import type { IndicatorCatalogueDifferencesResponse, IndicatorCatalogueResponse } from '@nrm/api-contracts';

/** A catalogue version with its content, and what adopting it would change. */
@Injectable()
export class IndicatorCatalogueDetail {
  constructor(
    private readonly dataSource: DataSource,
    private readonly authority: CatalogueAuthority,
    private readonly catalogues: CatalogueRepository,
    private readonly inForce: IndicatorCatalogues,
  ) {}

  async execute(version: string, actor: Actor): Promise<IndicatorCatalogueResponse> {
    await this.authority.require(actor, Routes.readIndicatorCatalogue);
    const row = await this.catalogues.summaryWithContent(this.dataSource, version);
    if (!row) throw new ProblemException('notFound', 'no such indicator catalogue version');
    return { ...summary(row), catalogue: row.content as unknown as IndicatorCatalogue };
  }

  /** What adopting the version would change against the one in force. */
  async differences(version: string, actor: Actor): Promise<IndicatorCatalogueDifferencesResponse> {
    await this.authority.require(actor, Routes.indicatorCatalogueDifferences);
    const manager = this.dataSource.manager;
    const proposed = await this.inForce.version(manager, version);
    if (!proposed) throw new ProblemException('notFound', 'no such indicator catalogue version');
    return catalogueDifferences((await this.inForce.active(manager)) ?? null, proposed);
  }
}

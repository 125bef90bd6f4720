import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IndicatorCatalogueAdopted } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { CatalogueAuthority } from '../catalogue-authority';
import { catalogueSubject, summary } from '../catalogue-summary';
import { CatalogueRepository } from '../catalogue.repository';
import { Routes } from '@nrm/api-contracts';
import type { IndicatorCatalogueSummaryResponse } from '@nrm/api-contracts';

/** A second administrator adopts a proposed version: it replaces the active one for new assessments. */
@Injectable()
export class AdoptIndicatorCatalogue {
  constructor(
    private readonly dataSource: DataSource,
    private readonly authority: CatalogueAuthority,
    private readonly catalogues: CatalogueRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(version: string, actor: Actor, now = new Date()): Promise<IndicatorCatalogueSummaryResponse> {
    await this.authority.require(actor, Routes.adoptIndicatorCatalogue);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.catalogues.lockSummary(manager, version);
      if (!row) throw new ProblemException('notFound', 'no such indicator catalogue version');
      if (row.status !== 'proposed')
        throw new ProblemException(
          'conflict',
          `indicator catalogue ${version} is ${row.status}, not proposed`,
        );
      if (row.loaded_by_user === actor.userId)
        throw new ProblemException(
          'conflict',
          'the administrator who loaded a catalogue cannot adopt it: a second administrator must approve it',
        );
      // One adoption at a time per jurisdiction: the active row is locked before it is retired.
      const previous = await this.catalogues.lockActive(manager, row.jurisdiction);
      await this.catalogues.retireActive(manager, row.jurisdiction, now);
      const adopted = await this.catalogues.adopt(manager, version, actor.userId, now);
      await this.outbox.append(manager, IndicatorCatalogueAdopted, {
        subject: catalogueSubject(row.jurisdiction),
        time: now,
        data: {
          catalogueVersion: version,
          ...(previous ? { previousVersion: previous } : {}),
          ruleVersion: row.rule_version,
          jurisdiction: row.jurisdiction,
          adoptedAt: now.toISOString(),
        },
      });
      return summary(adopted);
    });
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { Routes } from '@nrm/api-contracts';
import type { AggravatingCircumstanceResponse, LawCataloguePage } from '@nrm/api-contracts';
import type { DB as Tables } from '../../database/tables.generated';

/** The catalogued articles a charge may cite (seeds/laws), by law and article. */
@Injectable()
export class LawCatalogueQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(actor: Actor): Promise<LawCataloguePage> {
    permit(actor, Routes.lawCatalogue);
    const rows = await sqlOf<Tables>(this.dataSource)
      .selectFrom('law_article')
      .selectAll()
      .orderBy('law_code')
      .orderBy('article')
      .execute();
    return {
      items: rows.map((row) => ({
        lawCode: row.law_code,
        article: row.article,
        offenceEn: row.offence_en,
        offenceAr: row.offence_ar,
        penaltyEn: row.penalty_en,
        aggravatingCircumstances: row.aggravating as unknown as AggravatingCircumstanceResponse[],
        catalogueVersion: row.catalogue_version,
      })),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import { DataSource } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import type { DB as Tables } from '../../database/tables.generated';
import { prosecutionStatistics } from '../statistics-rules';
import type { VerdictFact } from '../statistics-rules';
import { Routes } from '@nrm/api-contracts';
import type { ProsecutionStatisticsResponse } from '@nrm/api-contracts';

type VerdictRow = Pick<Selectable<Tables['charge']>, 'law_code' | 'article'> & {
  outcome: VerdictFact['outcome'];
  decided_on: string;
  referred_on: string | null;
};

/** The national committee's prosecution figures for a year, across every investigation. */
@Injectable()
export class ProsecutionStatisticsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(actor: Actor, yearText?: string): Promise<ProsecutionStatisticsResponse> {
    permit(actor, Routes.prosecutionStatistics);
    const year = yearText === undefined ? new Date().getUTCFullYear() : Number(yearText);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      const message = 'year must be a year such as 2027';
      throw new ProblemException('validation', message, [{ field: 'year', message }]);
    }
    const db = sqlOf<Tables>(this.dataSource);
    const {
      rows: [{ opened, prosecuted }],
    } = await sql<{ opened: number; prosecuted: number }>`
      SELECT (SELECT count(*)::int FROM investigation WHERE extract(year FROM opened_at) = ${year}) AS opened,
             (SELECT count(DISTINCT investigation_id)::int FROM charge WHERE extract(year FROM filed_at) = ${year}) AS prosecuted`.execute(
      db,
    );
    const { rows: verdicts } = await sql<VerdictRow>`
      SELECT c.law_code, c.article, v.outcome, v.decided_on::text,
             (SELECT min(r.referred_at)::date::text FROM investigation_case ic JOIN referred_case r USING (case_id)
               WHERE ic.investigation_id = v.investigation_id) AS referred_on
        FROM verdict v JOIN charge c USING (charge_id)
       WHERE extract(year FROM v.decided_on) = ${year}`.execute(db);
    return prosecutionStatistics(
      year,
      opened,
      prosecuted,
      verdicts.map((v) => ({
        lawCode: v.law_code,
        article: v.article,
        outcome: v.outcome,
        decidedOn: v.decided_on,
        ...(v.referred_on ? { referredOn: v.referred_on } : {}),
      })),
    );
  }
}

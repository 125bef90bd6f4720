import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { ProblemException, requireRole } from '@nrm/service-kit';
import { prosecutionStatistics } from './statistics';
import type { ProsecutionStatistics, VerdictFact } from './statistics';

/** The national committee's prosecution figures for a year, across every investigation. */
@Injectable()
export class ProsecutionStatisticsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async forYear(actor: Actor, yearText?: string): Promise<ProsecutionStatistics> {
    requireRole(actor, 'analyst', 'supervisor', 'prosecutor', 'investigator');
    const year = yearText === undefined ? new Date().getUTCFullYear() : Number(yearText);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      const message = 'year must be a year such as 2027';
      throw new ProblemException('validation', message, [{ field: 'year', message }]);
    }
    const [{ opened, prosecuted }]: { opened: number; prosecuted: number }[] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM investigation WHERE extract(year FROM opened_at) = $1) AS opened,
              (SELECT count(DISTINCT investigation_id)::int FROM charge WHERE extract(year FROM filed_at) = $1) AS prosecuted`,
      [year],
    );
    const verdicts: {
      law_code: string;
      article: string;
      outcome: VerdictFact['outcome'];
      decided_on: string;
      referred_on: string | null;
    }[] = await this.dataSource.query(
      `SELECT c.law_code, c.article, v.outcome, v.decided_on::text,
                (SELECT min(r.referred_at)::date::text FROM investigation_case ic JOIN referred_case r USING (case_id)
                  WHERE ic.investigation_id = v.investigation_id) AS referred_on
           FROM verdict v JOIN charge c USING (charge_id)
          WHERE extract(year FROM v.decided_on) = $1`,
      [year],
    );
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

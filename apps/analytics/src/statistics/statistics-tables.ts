/*
 * The tables analysts may ask for, their dimensions and how each maps to the projection. Counts are of
 * distinct persons (referrals, case stages) or investigations (prosecutions), and of notices.
 */

export interface Dimension {
  /** SQL expression over the table alias `t`; multi-valued dimensions read the lateral `m` values. */
  expression: string;
  /** An array column whose values each count (a person with two nationalities counts in both). */
  unnest?: string;
  /** Allowed values of a filter on this dimension, checked before any SQL sees them. */
  pattern: RegExp;
}

export interface StatisticsTable {
  relation: string;
  /** What a cell counts. */
  counted: string;
  dimensions: Record<string, Dimension>;
}

const WORD = /^[a-z0-9_:.-]{1,80}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const COUNTRY = /^[A-Z]{2}$/;

const personDimensions: Record<string, Dimension> = {
  month: { expression: 't.month', pattern: MONTH },
  channel: { expression: 't.referral_channel', pattern: WORD },
  ageBand: { expression: 't.age_band', pattern: /^[0-9+-]{1,6}$|^unknown$/ },
  sex: { expression: 't.sex', pattern: WORD },
  nationality: { expression: "coalesce(m.value, 'unknown')", unnest: 't.nationalities', pattern: COUNTRY },
  exploitationType: {
    expression: "coalesce(m.value, 'not_specified')",
    unnest: 't.exploitation_types',
    pattern: WORD,
  },
};

/** A table of stages reached (of cases, of investigations): each counts its subjects once. */
const stageTable = (relation: string, dimensions: Record<string, Dimension>): StatisticsTable => ({
  relation,
  counted: 'count(DISTINCT t.subject)',
  dimensions: {
    stage: { expression: 't.stage', pattern: WORD },
    month: { expression: 't.month', pattern: MONTH },
    ...dimensions,
  },
});

export const StatisticsTables: Record<string, StatisticsTable> = {
  referrals: {
    relation: 'stat_referral',
    counted: 'count(DISTINCT t.subject)',
    dimensions: {
      ...personDimensions,
      agencyType: { expression: 't.referring_agency_type', pattern: WORD },
      child: { expression: 't.child::text', pattern: /^(true|false)$/ },
    },
  },
  'anonymous-notices': {
    relation: 'stat_notice',
    counted: 'count(DISTINCT t.record_id)',
    dimensions: personDimensions,
  },
  'case-stages': stageTable('stat_case_stage', {
    outcome: { expression: "coalesce(t.outcome, 'none')", pattern: WORD },
    serviceType: { expression: "coalesce(t.service_type, 'none')", pattern: WORD },
  }),
  prosecutions: stageTable('stat_prosecution', {
    article: { expression: "coalesce(t.article, 'none')", pattern: WORD },
    verdictOutcome: { expression: "coalesce(t.verdict_outcome, 'none')", pattern: WORD },
  }),
};

export interface TableQuery {
  table: StatisticsTable;
  by: string[];
  filters: Record<string, string>;
  year?: number;
}

/** The GROUP BY CUBE query of a table, with every value passed as a parameter. */
export function countQuery({ table, by, filters, year }: TableQuery): { sql: string; params: unknown[] } {
  const used = [...new Set([...by, ...Object.keys(filters)])].map(
    (name) => table.dimensions[name] as Dimension,
  );
  const unnests = [...new Set(used.map((d) => d.unnest).filter((u): u is string => Boolean(u)))];
  if (unnests.length > 1) throw new Error('at most one multi-valued dimension per table');
  const params: unknown[] = [];
  const where: string[] = [];
  if (year !== undefined) {
    params.push(`${year}-%`);
    where.push(`t.month LIKE $${params.length}`);
  }
  for (const [name, value] of Object.entries(filters)) {
    params.push(value);
    where.push(`${(table.dimensions[name] as Dimension).expression} = $${params.length}`);
  }
  const expressions = by.map((name) => (table.dimensions[name] as Dimension).expression);
  const lateral = unnests[0] ? ` LEFT JOIN LATERAL unnest(${unnests[0]}) AS m(value) ON true` : '';
  const sql =
    `SELECT ${expressions.map((e, i) => `${e} AS d${i}, GROUPING(${e}) AS g${i}`).join(', ')}, ${table.counted} AS n ` +
    `FROM ${table.relation} t${lateral}` +
    (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
    ` GROUP BY CUBE (${expressions.join(', ')})`;
  return { sql, params };
}

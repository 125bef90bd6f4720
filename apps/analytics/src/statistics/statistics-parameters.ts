import { IndicatorListIds } from '@nrm/contracts';
import type { IndicatorListId } from '@nrm/contracts';
import { ProblemException } from '@nrm/service-kit';
import type { PrevalenceQuery } from './indicator-prevalence';
import { StatisticsTables } from './statistics-tables';
import type { StatisticsTable, TableQuery } from './statistics-tables';

/*
 * The query parameters of the statistics, checked before any SQL sees them: a parameter the request
 * should not have is refused with a problem naming it (when it looks like a name) and what is allowed.
 */

const RESERVED = new Set(['by', 'year', 'format']);
const PREVALENCE_PARAMETERS = ['year', 'month', 'list'];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function parseYear(year: string): number {
  if (!/^\d{4}$/.test(year)) throw new ProblemException('validation', 'year must be four digits, e.g. 2026');
  return Number(year);
}

/** A name repeated in a problem only when it looks like one (a typo to correct), never free text. */
const named = (names: string[]) =>
  names.map((n) => (/^[A-Za-z]{1,40}$/.test(n) ? n : '(not a name)')).join(', ');

function givenOnce(query: Record<string, string>): void {
  const repeated = Object.entries(query).filter(([, v]) => typeof v !== 'string');
  if (repeated.length > 0) {
    throw new ProblemException('validation', `${repeated.map(([q]) => q).join(', ')} may be given once`);
  }
}

/** The period and list of an indicator prevalence request, and the filters it answers with. */
export function prevalenceRequest(query: Record<string, string>): {
  asked: PrevalenceQuery;
  filters: Record<string, string>;
} {
  givenOnce(query);
  const unknown = Object.keys(query).filter((q) => !PREVALENCE_PARAMETERS.includes(q));
  if (unknown.length > 0) {
    throw new ProblemException(
      'validation',
      `indicator-prevalence has no parameter ${named(unknown)}; it takes ${PREVALENCE_PARAMETERS.join(', ')}`,
    );
  }
  const filters: Record<string, string> = {};
  const asked: PrevalenceQuery = {};
  if (query['year'] !== undefined) {
    asked.year = parseYear(query['year']);
    filters['year'] = query['year'];
  }
  if (query['month'] !== undefined) {
    if (!MONTH.test(query['month'])) throw new ProblemException('validation', 'month must be YYYY-MM');
    asked.month = filters['month'] = query['month'];
  }
  if (query['list'] !== undefined) {
    const list = query['list'] as IndicatorListId;
    if (!IndicatorListIds.includes(list)) {
      throw new ProblemException('validation', `list must be one of ${IndicatorListIds.join(', ')}`);
    }
    asked.list = list;
    filters['list'] = list;
  }
  return { asked, filters };
}

/** The table, dimensions, filters and year of a count table request, with at most `maxDimensions`. */
export function countTableRequest(
  name: string,
  query: Record<string, string>,
  maxDimensions: number,
): TableQuery {
  givenOnce(query);
  const table = StatisticsTables[name];
  if (!table) {
    throw new ProblemException(
      'notFound',
      `there is no such statistics table; the tables are ${Object.keys(StatisticsTables).join(', ')}`,
    );
  }
  const by = (query['by'] ?? '').split(',').filter(Boolean);
  if (by.length < 1 || by.length > maxDimensions || new Set(by).size !== by.length) {
    throw new ProblemException(
      'validation',
      `by must name 1 to ${maxDimensions} different dimensions of ${name}`,
    );
  }
  const unknown = [...by, ...Object.keys(query).filter((q) => !RESERVED.has(q))].filter(
    (d) => !table.dimensions[d],
  );
  if (unknown.length > 0) {
    throw new ProblemException(
      'validation',
      `${name} has no dimension ${named(unknown)}; it has ${Object.keys(table.dimensions).join(', ')}`,
    );
  }
  const filters = filtersOf(table, query);
  const multi = [...by, ...Object.keys(filters)].filter((d) => table.dimensions[d]?.unnest);
  if (new Set(multi.map((d) => table.dimensions[d]?.unnest)).size > 1) {
    throw new ProblemException('validation', 'at most one of nationality and exploitationType at a time');
  }
  return {
    table,
    by,
    filters,
    ...(query['year'] === undefined ? {} : { year: parseYear(query['year']) }),
  };
}

function filtersOf(table: StatisticsTable, query: Record<string, string>): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    if (RESERVED.has(name)) continue;
    const dimension = table.dimensions[name];
    if (!dimension || typeof value !== 'string' || !dimension.pattern.test(value)) {
      throw new ProblemException('validation', `${name} is not a valid filter value`);
    }
    filters[name] = value;
  }
  return filters;
}

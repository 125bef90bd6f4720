import { IndicatorListIds } from '@nrm/contracts';
import type { Role } from '@nrm/contracts';
import {
  DurationStatisticsResponse,
  IndicatorPrevalenceResponse,
  StatisticsTableResponse,
  StatisticsTables,
} from '../statistics-answers';
import { defineArea } from './route';

const READERS: readonly Role[] = ['analyst', 'supervisor', 'administrator'];
const TABLE = { table: { enum: StatisticsTables } } as const;

/**
 * Statistics (analytics). The gateway relays these by hand: every query parameter is passed on and
 * the answer (JSON, CSV, SVG) is sent as the service wrote it.
 */
export const StatisticsRoutes = defineArea(
  { tag: 'statistics', service: 'analytics' },
  {
    durationStatistics: {
      method: 'GET',
      path: '/api/v1/statistics/durations',
      upstream: '/internal/statistics/durations',
      handledBy: 'gateway',
      roles: READERS,
      scope: 'nationalFigures',
      status: 200,
      summary:
        'Days from referral to each stage (median, mean, 90th percentile), shown only from k cases (analysts, supervisors, administrators)',
      query: [{ name: 'year', required: false, example: 2026 }],
      responses: [{ status: 200, type: DurationStatisticsResponse }],
    },
    indicatorPrevalence: {
      method: 'GET',
      path: '/api/v1/statistics/indicator-prevalence',
      upstream: '/internal/statistics/indicator-prevalence',
      handledBy: 'gateway',
      roles: READERS,
      scope: 'nationalFigures',
      status: 200,
      summary:
        'Indicator prevalence by dimension: cases assessed, their advice, incomplete advice, and per list the cases positive in each dimension and with each indicator present; counts below k and those that would reveal them are suppressed (analysts, supervisors, administrators)',
      description:
        'Counts each case once, by its latest indicator assessment, in the period of that assessment (`year`, `month`). ' +
        'With `list`, only the cases assessed on that list, with its advice. Indicator ids are those of the catalogue.',
      query: [
        { name: 'year', required: false, example: 2026 },
        { name: 'month', required: false, example: '2026-03' },
        { name: 'list', required: false, enum: IndicatorListIds },
      ],
      responses: [{ status: 200, type: IndicatorPrevalenceResponse }],
    },
    statisticsTable: {
      method: 'GET',
      path: '/api/v1/statistics/:table',
      upstream: '/internal/statistics/:table',
      handledBy: 'gateway',
      roles: READERS,
      scope: 'nationalFigures',
      status: 200,
      summary:
        'Counts by one or two dimensions with margins; cells below k and those that would reveal them are suppressed',
      description:
        'Tables and dimensions: referrals (month, channel, agencyType, ageBand, sex, nationality, exploitationType, child); ' +
        'anonymous-notices (month, channel, ageBand, sex, nationality, exploitationType); ' +
        'case-stages (stage, month, outcome, serviceType); prosecutions (stage, month, article, verdictOutcome). ' +
        'Any dimension given as a query parameter filters, e.g. `case-stages?by=serviceType&stage=service_delivered`.',
      params: TABLE,
      query: [
        { name: 'by', required: true, example: 'month,channel' },
        { name: 'year', required: false, example: 2026 },
        { name: 'format', required: false, enum: ['json', 'csv'] },
      ],
      responses: [
        {
          status: 200,
          type: StatisticsTableResponse,
          mediaTypes: ['application/json', 'text/csv'],
          description:
            'The table as JSON, or with `format=csv` as CSV: a header line (the dimensions, `count`, `suppressed`), ' +
            'one line per cell, then the margins and the total with `(all)` for a value added up over; ' +
            'a suppressed count is an empty field with `suppressed` true, a zero is `0`',
        },
      ],
    },
    statisticsChart: {
      method: 'GET',
      path: '/api/v1/statistics/:table/chart.svg',
      upstream: '/internal/statistics/:table/chart',
      handledBy: 'gateway',
      roles: READERS,
      scope: 'nationalFigures',
      status: 200,
      summary: 'A bar chart of one dimension of a table, drawn from the suppressed counts',
      params: TABLE,
      query: [
        { name: 'by', required: true, example: 'exploitationType' },
        { name: 'year', required: false, example: 2026 },
      ],
      responses: [
        {
          status: 200,
          mediaTypes: ['image/svg+xml'],
          description:
            'An SVG bar chart: a suppressed count has no bar but the words "fewer than k or hidden", ' +
            'unlike a zero',
        },
      ],
    },
  },
);

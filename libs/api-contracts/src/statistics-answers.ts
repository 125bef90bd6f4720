import { ApiProperty, ApiPropertyOptional, ApiSchema, getSchemaPath } from '@nestjs/swagger';
import type { ApiSchemaOptions } from '@nestjs/swagger';
import { CaseStages, IndicatorDimensionIds, IndicatorListIds, IndicatorOutcomes } from '@nrm/contracts';

/*
 * What analytics answers for the statistics. Every count below k (`minimumCell`), and every count that
 * would reveal one, is suppressed: its `count` is null and `suppressed` is true. A count of zero is
 * shown as 0 with `suppressed` false, so a client always tells a hidden count from none.
 */

const SUPPRESSED_COUNT =
  'null when suppressed (fewer than `minimumCell` cases, or a count that would reveal one); ' +
  'never 0 for a suppressed count: a true zero is 0 with `suppressed` false';

/** The tables of counts analysts may ask for. */
export const StatisticsTables = ['referrals', 'anonymous-notices', 'case-stages', 'prosecutions'] as const;

/** A published count: the count, or null with `suppressed` true when it is hidden. */
export class SuppressibleCountResponse {
  @ApiProperty({ type: 'integer', nullable: true, example: 42, description: SUPPRESSED_COUNT })
  count!: number | null;

  @ApiProperty({ description: 'The count is hidden (small-cell suppression); `count` is then null' })
  suppressed!: boolean;
}

/** Days from referral to one stage of a case, over the cases that reached it. */
export class StageDurationResponse {
  @ApiProperty({ enum: CaseStages }) stage!: string;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'The cases that reached the stage; null when suppressed (fewer than `minimumCell`)',
  })
  cases!: number | null;

  @ApiProperty({ description: 'Fewer than `minimumCell` cases: the count and the durations are not shown' })
  suppressed!: boolean;

  @ApiPropertyOptional({ type: 'number', nullable: true, example: 12, description: 'Absent when suppressed' })
  medianDays?: number | null;

  @ApiPropertyOptional({
    type: 'number',
    nullable: true,
    example: 14.6,
    description: 'One decimal; absent when suppressed',
  })
  meanDays?: number | null;

  @ApiPropertyOptional({
    type: 'number',
    nullable: true,
    example: 31,
    description: '90th percentile; absent when suppressed',
  })
  p90Days?: number | null;
}

/** Days from referral to each stage (median, mean, 90th percentile), shown only from `minimumCell` cases. */
export class DurationStatisticsResponse {
  @ApiProperty({ type: 'integer', example: 11, description: 'k: the fewest cases a figure is shown for' })
  minimumCell!: number;

  @ApiProperty({ enum: ['days from referral'] }) unit!: string;

  @ApiProperty({ type: [StageDurationResponse], description: 'The stages reached, by name' })
  stages!: StageDurationResponse[];
}

/** A count of the table by the values of its dimensions. */
@ApiSchema({
  description:
    'A count, and one property per dimension of the table (`dimensions`) with its value as text; ' +
    'a margin lacks the dimension it adds up over',
  // Each dimension the table was asked by is a property of the cell, named for the dimension.
  additionalProperties: { type: 'string' },
} as ApiSchemaOptions)
export class StatisticsCellResponse extends SuppressibleCountResponse {
  [dimension: string]: string | number | boolean | null;
}

/** Counts by one or two dimensions with their margins and total, small counts suppressed. */
export class StatisticsTableResponse {
  @ApiProperty({ enum: StatisticsTables }) table!: string;

  @ApiProperty({
    type: [String],
    example: ['month', 'channel'],
    description: 'The dimensions asked for (`by`), one or two; each is a property of the cells',
  })
  dimensions!: string[];

  @ApiProperty({ type: 'integer', example: 11, description: 'k: counts from 1 to k - 1 are suppressed' })
  minimumCell!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { stage: 'service_delivered' },
    description: 'The dimensions given as query parameters, with their values',
  })
  filters!: Record<string, string>;

  @ApiProperty({
    type: [StatisticsCellResponse],
    description:
      'One per value found (per combination of the values found, zeros included, with two dimensions), ordered by value',
  })
  cells!: StatisticsCellResponse[];

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { $ref: getSchemaPath(StatisticsCellResponse) } },
    description:
      'With two dimensions, per dimension its values added up over the other dimension; empty with one',
  })
  margins!: Record<string, StatisticsCellResponse[]>;

  @ApiProperty({ type: SuppressibleCountResponse, description: 'The count over every value' })
  total!: SuppressibleCountResponse;

  @ApiProperty({ type: 'integer', description: 'How many counts (cells, margins, total) are suppressed' })
  suppressedCells!: number;
}

/** Cases advised one way. */
export class PrevalenceOutcomeResponse extends SuppressibleCountResponse {
  @ApiProperty({ enum: IndicatorOutcomes }) outcome!: string;
}

/** Cases assessed on one indicator list. */
export class PrevalenceListResponse extends SuppressibleCountResponse {
  @ApiProperty({ enum: IndicatorListIds }) list!: string;
}

/** Cases of a list positive in one dimension. */
export class PrevalenceDimensionResponse extends PrevalenceListResponse {
  @ApiProperty({ enum: IndicatorDimensionIds }) dimension!: string;
}

/** Cases of a list with one indicator of a dimension present. */
export class PrevalenceIndicatorResponse extends PrevalenceDimensionResponse {
  @ApiProperty({
    example: 'AL-D1-deceived-about-job',
    description: 'The indicator id, as the catalogue names it',
  })
  indicator!: string;
}

/**
 * Indicator prevalence: of the cases whose latest indicator assessment is in the period (and on the
 * list asked for), how many were assessed, advised each way, on incomplete advice, and per list how
 * many were positive in each dimension and had each indicator present.
 */
export class IndicatorPrevalenceResponse {
  @ApiProperty({ enum: ['indicator-prevalence'] }) statistic!: 'indicator-prevalence';

  @ApiProperty({ type: 'integer', example: 11, description: 'k: counts from 1 to k - 1 are suppressed' })
  minimumCell!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { year: '2026', list: 'adult-labour' },
    description: 'The `year`, `month` and `list` asked for',
  })
  filters!: Record<string, string>;

  @ApiProperty({ type: SuppressibleCountResponse }) casesAssessed!: SuppressibleCountResponse;

  @ApiProperty({
    type: [PrevalenceOutcomeResponse],
    description: "The overall advice, or the list's with a list asked for; every outcome, zeros included",
  })
  outcomes!: PrevalenceOutcomeResponse[];

  @ApiProperty({
    type: SuppressibleCountResponse,
    description:
      'Cases whose advice is not complete (an indicator found or unanswered has no established grade)',
  })
  incompleteAdvice!: SuppressibleCountResponse;

  @ApiProperty({
    type: [PrevalenceListResponse],
    description:
      'Cases assessed on each list (a case can be on more than one); only the list asked for, if one is',
  })
  lists!: PrevalenceListResponse[];

  @ApiProperty({
    type: [PrevalenceDimensionResponse],
    description: 'Per list, every dimension, zeros included',
  })
  dimensions!: PrevalenceDimensionResponse[];

  @ApiProperty({
    type: [PrevalenceIndicatorResponse],
    description: 'Per list and dimension, each indicator present in some case (those in none are absent)',
  })
  indicators!: PrevalenceIndicatorResponse[];

  @ApiProperty({ type: 'integer', description: 'How many of the counts shown are suppressed' })
  suppressedCells!: number;
}

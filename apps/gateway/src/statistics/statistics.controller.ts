import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IndicatorListIds } from '@nrm/contracts';
import type { Actor } from '@nrm/security';
import { AuthenticatedActor } from '../auth/actor.decorator';
import { ServiceClient } from '../upstream/service-client';

const TABLES = ['referrals', 'anonymous-notices', 'case-stages', 'prosecutions'];

@ApiTags('statistics')
@ApiBearerAuth()
@Controller('api/v1/statistics')
export class StatisticsController {
  constructor(private readonly services: ServiceClient) {}

  private async relay(actor: Actor, path: string, query: Record<string, string>, reply: FastifyReply) {
    const search = new URLSearchParams(
      Object.entries(query).filter(([, v]) => typeof v === 'string'),
    ).toString();
    const answer = await this.services.call(
      'analytics',
      'GET',
      `/internal/statistics${path}${search ? `?${search}` : ''}`,
      actor,
    );
    void reply.status(answer.status).header('content-type', answer.contentType || 'application/json');
    const disposition = /csv/.test(answer.contentType) ? `attachment; filename="statistics.csv"` : undefined;
    if (disposition) void reply.header('content-disposition', disposition);
    void reply.send(answer.text);
  }

  @Get('durations')
  @ApiOperation({
    summary:
      'Days from referral to each stage (median, mean, 90th percentile), shown only from k cases (analysts, supervisors, administrators)',
  })
  @ApiQuery({ name: 'year', required: false, example: 2026 })
  durations(
    @AuthenticatedActor() actor: Actor,
    @Query() query: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    return this.relay(actor, '/durations', query, reply);
  }

  @Get('indicator-prevalence')
  @ApiOperation({
    summary:
      'Indicator prevalence by dimension: cases assessed, their advice, incomplete advice, and per list the cases positive in each dimension and with each indicator present; counts below k and those that would reveal them are suppressed (analysts, supervisors, administrators)',
    description:
      'Counts each case once, by its latest indicator assessment, in the period of that assessment (`year`, `month`). ' +
      'With `list`, only the cases assessed on that list, with its advice. Indicator ids are those of the catalogue.',
  })
  @ApiQuery({ name: 'year', required: false, example: 2026 })
  @ApiQuery({ name: 'month', required: false, example: '2026-03' })
  @ApiQuery({ name: 'list', required: false, enum: IndicatorListIds })
  @ApiProduces('application/json')
  indicatorPrevalence(
    @AuthenticatedActor() actor: Actor,
    @Query() query: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    return this.relay(actor, '/indicator-prevalence', query, reply);
  }

  @Get(':table')
  @ApiOperation({
    summary:
      'Counts by one or two dimensions with margins; cells below k and those that would reveal them are suppressed',
    description:
      'Tables and dimensions: referrals (month, channel, agencyType, ageBand, sex, nationality, exploitationType, child); ' +
      'anonymous-notices (month, channel, ageBand, sex, nationality, exploitationType); ' +
      'case-stages (stage, month, outcome, serviceType); prosecutions (stage, month, article, verdictOutcome). ' +
      'Any dimension given as a query parameter filters, e.g. `case-stages?by=serviceType&stage=service_delivered`.',
  })
  @ApiParam({ name: 'table', enum: TABLES })
  @ApiQuery({ name: 'by', required: true, example: 'month,channel' })
  @ApiQuery({ name: 'year', required: false, example: 2026 })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiProduces('application/json', 'text/csv')
  table(
    @Param('table') table: string,
    @AuthenticatedActor() actor: Actor,
    @Query() query: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    return this.relay(actor, `/${encodeURIComponent(table)}`, query, reply);
  }

  @Get(':table/chart.svg')
  @ApiOperation({ summary: 'A bar chart of one dimension of a table, drawn from the suppressed counts' })
  @ApiParam({ name: 'table', enum: TABLES })
  @ApiQuery({ name: 'by', required: true, example: 'exploitationType' })
  @ApiQuery({ name: 'year', required: false, example: 2026 })
  @ApiProduces('image/svg+xml')
  chart(
    @Param('table') table: string,
    @AuthenticatedActor() actor: Actor,
    @Query() query: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    return this.relay(actor, `/${encodeURIComponent(table)}/chart`, query, reply);
  }
}

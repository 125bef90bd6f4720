import { Controller, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Routes } from '@nrm/api-contracts';
import type { RouteDefinition } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { AuthenticatedActor } from '../auth/actor.decorator';
import { RouteOf } from '../routes/route-decorators';
import { fillPath } from '../routes/relay';
import { ServiceClient } from '../upstream/service-client';

@ApiTags('statistics')
@ApiBearerAuth()
@Controller()
export class StatisticsController {
  constructor(private readonly services: ServiceClient) {}

  /** Passes every query parameter on, and sends the answer (JSON, CSV, SVG) as the service wrote it. */
  private async relay(
    actor: Actor,
    route: RouteDefinition,
    params: Record<string, string>,
    query: Record<string, string>,
    reply: FastifyReply,
  ) {
    const search = new URLSearchParams(
      Object.entries(query).filter(([, v]) => typeof v === 'string'),
    ).toString();
    const answer = await this.services.call(
      route.service,
      'GET',
      `${fillPath(route.upstream ?? '', params)}${search ? `?${search}` : ''}`,
      actor,
    );
    void reply.status(answer.status).header('content-type', answer.contentType || 'application/json');
    const disposition = /csv/.test(answer.contentType) ? `attachment; filename="statistics.csv"` : undefined;
    if (disposition) void reply.header('content-disposition', disposition);
    void reply.send(answer.text);
  }

  @RouteOf('durationStatistics')
  durations(
    @AuthenticatedActor() actor: Actor,
    @Query() query: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    return this.relay(actor, Routes.durationStatistics, {}, query, reply);
  }

  @RouteOf('indicatorPrevalence')
  indicatorPrevalence(
    @AuthenticatedActor() actor: Actor,
    @Query() query: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    return this.relay(actor, Routes.indicatorPrevalence, {}, query, reply);
  }

  @RouteOf('statisticsTable')
  table(
    @Param('table') table: string,
    @AuthenticatedActor() actor: Actor,
    @Query() query: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    return this.relay(actor, Routes.statisticsTable, { table }, query, reply);
  }

  @RouteOf('statisticsChart')
  chart(
    @Param('table') table: string,
    @AuthenticatedActor() actor: Actor,
    @Query() query: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    return this.relay(actor, Routes.statisticsChart, { table }, query, reply);
  }
}

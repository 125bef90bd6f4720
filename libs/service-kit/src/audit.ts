import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { DataSource } from 'typeorm';
import { GatewayRefusalReport, Routes } from '@nrm/api-contracts';
import { appendAudit, caseAccessLog } from '@nrm/audit';
import type { Logger } from '@nrm/observability';
import { describeError } from '@nrm/observability';
import type { Actor } from '@nrm/security';
import { ActorHeaders, CurrentActor, permit } from './actor';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Records every internal request made for a user (every read and write of case data, and every
 * refusal) in the service's hash-chained audit log before the answer leaves: who, agency, role,
 * what, which ids, which case, how it ended.
 */
export function installAuditTrail(fastify: FastifyInstance, dataSource: DataSource, logger: Logger): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/internal/') || request.url.startsWith('/internal/audit/')) return payload;
    const userId = request.headers[ActorHeaders.userId];
    const agencyId = request.headers[ActorHeaders.agencyId];
    const role = request.headers[ActorHeaders.role];
    const purpose = request.headers[ActorHeaders.purpose];
    if (typeof userId !== 'string' || typeof agencyId !== 'string' || typeof role !== 'string')
      return payload;
    const params = (request.params ?? {}) as Record<string, unknown>;
    // Path parameters are ids; anything else is left out rather than risk personal data.
    const target = Object.fromEntries(
      Object.entries(params).filter(
        (e): e is [string, string] => typeof e[1] === 'string' && e[1].length <= 100,
      ),
    );
    const caseId =
      typeof params['caseId'] === 'string' && UUID_PATTERN.test(params['caseId']) ? params['caseId'] : null;
    const status = reply.statusCode;
    try {
      await appendAudit(dataSource, {
        at: new Date().toISOString(),
        actorUserId: userId,
        actorAgencyId: agencyId,
        actorRole: role,
        action: status === 401 || status === 403 ? 'denied' : request.method === 'GET' ? 'read' : 'write',
        what: `${request.method} ${request.routeOptions.url ?? 'unmatched'}`,
        target,
        caseId,
        outcome: status,
        ...(typeof purpose === 'string' && purpose.length <= 40 ? { purpose } : {}),
      });
    } catch (error) {
      logger.error(describeError(error), 'audit trail: entry not recorded');
    }
    return payload;
  });
}

/** Internal API: who accessed a case in this service, for a supervisor. */
@Controller('internal/audit')
export class AuditController {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The gateway refused this user's request for its role before relaying it: recorded as a denial in
   * this service's log, as if the request had reached it.
   */
  @Post('denials')
  @HttpCode(204)
  async denial(@Body() report: GatewayRefusalReport, @CurrentActor() actor: Actor): Promise<void> {
    const ids = Object.fromEntries(
      Object.entries(report.ids ?? {})
        .filter((e): e is [string, string] => typeof e[1] === 'string' && /^[\w.:-]{1,100}$/.test(e[1]))
        .slice(0, 10),
    );
    await appendAudit(this.dataSource, {
      at: new Date().toISOString(),
      actorUserId: actor.userId,
      actorAgencyId: actor.agencyId,
      actorRole: actor.role,
      action: 'denied',
      what: `gateway ${report.route}`,
      target: report.caseId ? { ...ids, caseId: report.caseId } : ids,
      caseId: report.caseId ?? null,
      outcome: 403,
      ...(actor.purpose ? { purpose: actor.purpose } : {}),
    });
  }

  @Get('cases/:caseId')
  async caseAccess(@Param('caseId', new ParseUUIDPipe()) caseId: string, @CurrentActor() actor: Actor) {
    permit(actor, Routes.caseAccessLog);
    const entries = await caseAccessLog(this.dataSource, caseId);
    return {
      caseId,
      entries: entries.map((e) => ({
        at: e.at,
        userId: e.actorUserId,
        agencyId: e.actorAgencyId,
        role: e.actorRole,
        action: e.action,
        what: e.what,
        why: e.purpose ?? null,
        outcome: e.outcome,
      })),
    };
  }
}

import { randomBytes } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WebhookEndpointRequest } from '@nrm/api-contracts';
import type { Language } from '@nrm/contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor, ProblemException, requireRole } from '@nrm/service-kit';
import { WebhookSender } from './webhook-sender';
import { pingNotification } from './webhook-ping';

export interface PingResult {
  url: string;
  notificationId: string;
  delivered: boolean;
  /** Why not, when not delivered: an HTTP status, a timeout or a failed connection. */
  error?: string;
  durationMs: number;
}

/** Internal API: an agency administrator sets the agency's webhook; the signing secret is shown once. */
@Controller('internal/webhook-endpoint')
export class WebhookEndpointController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly webhooks: WebhookSender,
  ) {}

  @Put()
  async put(
    @Body() body: WebhookEndpointRequest,
    @CurrentActor() actor: Actor,
  ): Promise<{ agencyId: string; url: string; secret: string }> {
    requireRole(actor, 'administrator');
    const secret = randomBytes(32).toString('base64url');
    const [{ n }]: { n: string }[] = await this.dataSource.query(
      `SELECT count(*) AS n FROM agency WHERE agency_id = $1`,
      [actor.agencyId],
    );
    if (n === '0') throw new ProblemException('notFound', 'your agency is not in the directory');
    await this.dataSource.query(
      `INSERT INTO webhook_endpoint (agency_id, url, secret) VALUES ($1, $2, $3)
       ON CONFLICT (agency_id) DO UPDATE SET url = $2, secret = $3, updated_at = now()`,
      [actor.agencyId, body.url, secret],
    );
    return { agencyId: actor.agencyId, url: body.url, secret };
  }

  @Get()
  async get(@CurrentActor() actor: Actor): Promise<{ agencyId: string; url: string }> {
    requireRole(actor, 'administrator');
    const rows: { url: string }[] = await this.dataSource.query(
      `SELECT url FROM webhook_endpoint WHERE agency_id = $1`,
      [actor.agencyId],
    );
    if (rows.length === 0) throw new ProblemException('notFound', 'your agency has no webhook endpoint');
    return { agencyId: actor.agencyId, url: rows[0].url };
  }

  /** Sends a signed test delivery at once, outside the queue, and reports how the endpoint answered. */
  @Post('test')
  @HttpCode(200)
  async test(@CurrentActor() actor: Actor): Promise<PingResult> {
    requireRole(actor, 'administrator');
    const rows: { url: string; secret: string; language: Language }[] = await this.dataSource.query(
      `SELECT w.url, w.secret, a.language FROM webhook_endpoint w JOIN agency a USING (agency_id) WHERE w.agency_id = $1`,
      [actor.agencyId],
    );
    if (rows.length === 0) throw new ProblemException('notFound', 'your agency has no webhook endpoint');
    const { url, secret, language } = rows[0];
    const ping = pingNotification(actor.agencyId, language, { url, secret });
    const started = performance.now();
    const error = await this.webhooks.send(ping);
    return {
      url,
      notificationId: ping.notificationId,
      delivered: error === undefined,
      ...(error ? { error } : {}),
      durationMs: Math.round(performance.now() - started),
    };
  }
}

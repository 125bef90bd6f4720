import { randomBytes } from 'node:crypto';
import { Body, Controller, Get, Put } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WebhookEndpointRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor, ProblemException, requireRole } from '@nrm/service-kit';

/** Internal API: an agency administrator sets the agency's webhook; the signing secret is shown once. */
@Controller('internal/webhook-endpoint')
export class WebhookEndpointController {
  constructor(private readonly dataSource: DataSource) {}

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
}

import { Body, Controller, Put } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EmailEndpointRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor, ProblemException, requireRole } from '@nrm/service-kit';

/** Internal API: an agency administrator sets the agency's functional mailbox for notifications. */
@Controller('internal/email-endpoint')
export class EmailEndpointController {
  constructor(private readonly dataSource: DataSource) {}

  @Put()
  async put(
    @Body() body: EmailEndpointRequest,
    @CurrentActor() actor: Actor,
  ): Promise<{ agencyId: string; address: string }> {
    requireRole(actor, 'administrator');
    const [{ n }]: { n: string }[] = await this.dataSource.query(
      `SELECT count(*) AS n FROM agency WHERE agency_id = $1`,
      [actor.agencyId],
    );
    if (n === '0') throw new ProblemException('notFound', 'your agency is not in the directory');
    await this.dataSource.query(
      `INSERT INTO email_endpoint (agency_id, address) VALUES ($1, $2)
       ON CONFLICT (agency_id) DO UPDATE SET address = $2, updated_at = now()`,
      [actor.agencyId, body.address],
    );
    return { agencyId: actor.agencyId, address: body.address };
  }
}

import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { SecurityAlertReport } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { ReportSecurityAlert } from './commands/report-security-alert';

/** Internal API: the gateway reports a burst of refused requests by a user of an agency. */
@Controller('internal/security-alerts')
export class SecurityAlertsController {
  constructor(private readonly reportAlert: ReportSecurityAlert) {}

  @Post()
  @HttpCode(202)
  async report(
    @Body() alert: SecurityAlertReport,
    @CurrentActor() actor: Actor,
  ): Promise<{ notificationId: string | null }> {
    return { notificationId: (await this.reportAlert.execute(actor, alert)) ?? null };
  }
}

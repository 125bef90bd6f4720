import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { CurrentActor, ProblemException } from '@nrm/service-kit';

export interface ScreeningView {
  caseId: string;
  screeningId: string;
  status: string;
  assignedAgencyId: string;
  openedAt: string;
  preliminaryDecisionDueOn: string | null;
}

/** Internal API; only the gateway calls it. */
@Controller('internal/screenings')
export class ScreeningController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':caseId')
  async get(
    @Param('caseId', new ParseUUIDPipe({ version: '4' })) caseId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ScreeningView> {
    const rows: {
      screening_id: string;
      status: string;
      referring_agency_id: string;
      assigned_agency_id: string;
      opened_at: Date;
      due_on: string | null;
    }[] = await this.dataSource.query(
      `SELECT s.screening_id, s.status, s.referring_agency_id, s.assigned_agency_id, s.opened_at,
              to_char(d.due_on, 'YYYY-MM-DD') AS due_on
         FROM screening s LEFT JOIN deadline d ON d.case_id = s.case_id AND d.kind = 'preliminary_decision'
        WHERE s.case_id = $1`,
      [caseId],
    );
    const s = rows[0];
    const involved = s && [s.referring_agency_id, s.assigned_agency_id].includes(actor.agencyId);
    if (!s || !involved) throw new ProblemException('notFound', 'no screening for this case');
    return {
      caseId,
      screeningId: s.screening_id,
      status: s.status,
      assignedAgencyId: s.assigned_agency_id,
      openedAt: s.opened_at.toISOString(),
      preliminaryDecisionDueOn: s.due_on,
    };
  }
}

import { Body, Controller, Get, Put } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AgencyPreferencesRequest } from '@nrm/api-contracts';
import type { Calendar, Language } from '@nrm/contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor, ProblemException, requireRole } from '@nrm/service-kit';

interface AgencyPreferences {
  agencyId: string;
  language: Language;
  calendar: Calendar;
}

/** Internal API: the language and calendar an agency reads its notifications in. */
@Controller('internal/agency-preferences')
export class AgencyPreferencesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async get(@CurrentActor() actor: Actor): Promise<AgencyPreferences> {
    const rows: { language: Language; calendar: Calendar }[] = await this.dataSource.query(
      `SELECT language, calendar FROM agency WHERE agency_id = $1`,
      [actor.agencyId],
    );
    if (rows.length === 0) throw new ProblemException('notFound', 'your agency is not in the directory');
    return { agencyId: actor.agencyId, ...rows[0] };
  }

  /** Applies to notifications recorded from now on; those already sent keep their text. */
  @Put()
  async put(
    @Body() body: AgencyPreferencesRequest,
    @CurrentActor() actor: Actor,
  ): Promise<AgencyPreferences> {
    requireRole(actor, 'administrator');
    const [, count] = (await this.dataSource.query(
      `UPDATE agency SET language = $2, calendar = $3 WHERE agency_id = $1`,
      [actor.agencyId, body.language, body.calendar],
    )) as [unknown, number];
    if (count === 0) throw new ProblemException('notFound', 'your agency is not in the directory');
    return { agencyId: actor.agencyId, language: body.language, calendar: body.calendar };
  }
}

import { Body, Controller, Get, Put } from '@nestjs/common';
import { AgencyPreferencesRequest } from '@nrm/api-contracts';
import type { AgencyPreferencesResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { SetAgencyPreferences } from './commands/set-agency-preferences';
import { OwnAgencyPreferences } from './queries/own-agency-preferences';

/** Internal API: the language and calendar an agency reads its notifications in. */
@Controller('internal/agency-preferences')
export class AgencyPreferencesController {
  constructor(
    private readonly preferences: OwnAgencyPreferences,
    private readonly setPreferences: SetAgencyPreferences,
  ) {}

  @Get()
  get(@CurrentActor() actor: Actor): Promise<AgencyPreferencesResponse> {
    return this.preferences.execute(actor);
  }

  /** Applies to notifications recorded from now on; those already sent keep their text. */
  @Put()
  put(
    @Body() body: AgencyPreferencesRequest,
    @CurrentActor() actor: Actor,
  ): Promise<AgencyPreferencesResponse> {
    return this.setPreferences.execute(actor, body);
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AgencyPreferencesRequest, AgencyPreferencesResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { AgencyRepository } from '../agency.repository';
import { Routes } from '@nrm/api-contracts';

/**
 * An agency administrator sets the agency's language and calendar. Applies to notifications
 * recorded from now on; those already sent keep their text.
 */
@Injectable()
export class SetAgencyPreferences {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agencies: AgencyRepository,
  ) {}

  async execute(actor: Actor, request: AgencyPreferencesRequest): Promise<AgencyPreferencesResponse> {
    permit(actor, Routes.setAgencyPreferences);
    const preferences = { agencyId: actor.agencyId, language: request.language, calendar: request.calendar };
    if (!(await this.agencies.setPreferences(this.dataSource, preferences)))
      throw new ProblemException('notFound', 'your agency is not in the directory');
    return preferences;
  }
}

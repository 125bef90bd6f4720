import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AgencyPreferencesResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { AgencyRepository } from '../agency.repository';

/** The language and calendar of the actor's agency. */
@Injectable()
export class OwnAgencyPreferences {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agencies: AgencyRepository,
  ) {}

  async execute(actor: Actor): Promise<AgencyPreferencesResponse> {
    const preferences = await this.agencies.preferencesOf(this.dataSource, actor.agencyId);
    if (!preferences) throw new ProblemException('notFound', 'your agency is not in the directory');
    return preferences;
  }
}

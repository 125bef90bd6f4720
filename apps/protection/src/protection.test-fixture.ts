import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReturnPlanRequest } from '@nrm/api-contracts';
import type { AgencyType } from '@nrm/contracts';
import type { Actor } from '@nrm/security';
import { seedAgencyDirectory } from '@nrm/service-kit';
import { handlersOver, seedTestSchema } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { RecordCaseFacts } from './cases/commands/record-case-facts';
import type { CaseFacts } from './cases/case.repository';
import { AssessNeeds } from './plans/commands/assess-needs';
import { ProtectionConfig } from './protection.config';
import { ProtectionModule } from './protection.module';
import { seedProviders } from './providers/seed-providers';

export { refusal, rows } from '@nrm/service-testing';

/** A case worker and a supervisor of the government shelter, the default lead agency. */
export const worker: Actor = {
  userId: 'worker-1',
  agencyId: 'kw-shelter-gov',
  role: 'protection_case_worker',
};
export const supervisor: Actor = { userId: 'sup-1', agencyId: 'kw-shelter-gov', role: 'supervisor' };
export const ngoWorker: Actor = {
  userId: 'ngo-1',
  agencyId: 'ngo-migrant-support',
  role: 'protection_case_worker',
};
export const ngoStaff: Actor = { userId: 'ngo-2', agencyId: 'ngo-migrant-support', role: 'service_provider' };
export const police: Actor = { userId: 'pol-1', agencyId: 'kw-moi-police', role: 'supervisor' };

export const ADULT_SHELTER = 'kw-shelter-gov-women';
export const CHILD_SHELTER = 'kw-shelter-gov-children';

/**
 * Protection's feature modules wired over a test schema, with the agency directory and the
 * providers seeded unless `seed` is false; the follow-up clock waits an hour between passes.
 */
export async function protectionOver(
  schema: ServiceSchema,
  { seed = true }: { seed?: boolean } = {},
): Promise<INestApplicationContext> {
  if (seed) await seedTestSchema(schema, seedAgencyDirectory, seedProviders);
  const config = Object.assign(new ProtectionConfig(), { FOLLOW_UP_CHECK_INTERVAL_MS: 3_600_000 });
  return handlersOver(ProtectionModule, schema, config);
}

/** A referred case as intake tells protection of it (an urgent risk opens it at once); answers its id. */
export async function referredCase(
  app: INestApplicationContext,
  facts: Partial<CaseFacts> = {},
): Promise<string> {
  const caseId = randomUUID();
  await app.get(DataSource).transaction((manager) =>
    app.get(RecordCaseFacts).execute(
      manager,
      {
        caseId,
        caseReference: `KW-2027-${caseId.slice(0, 6).toUpperCase()}`,
        referringAgencyId: 'kw-moi-police',
        urgentRisk: true,
        sharingAgencyTypes: ['shelter', 'ngo', 'iom'] as AgencyType[],
        ...facts,
      },
      new Date(),
    ),
  );
  return caseId;
}

/** An open case with psychosocial and legal aid needs in its plan. */
export async function plannedCase(app: INestApplicationContext, facts: Partial<CaseFacts> = {}) {
  const caseId = await referredCase(app, facts);
  await app.get(AssessNeeds).execute(
    caseId,
    {
      needs: [
        { needType: 'psychosocial', priority: 'high' },
        { needType: 'legal_aid', priority: 'normal' },
      ],
    },
    worker,
  );
  return caseId;
}

/** A low-risk voluntary return to the Philippines, followed up by IOM. */
export const returnPlan = (extra: Partial<ReturnPlanRequest> = {}): ReturnPlanRequest => ({
  destinationCountry: 'PH',
  consentToReturn: true,
  riskLevel: 'low',
  travelDocumentsReady: true,
  receivingOrganisation: 'Manila reintegration centre',
  followUpAgencyId: 'iom-kuwait',
  plannedOn: '2027-07-01',
  ...extra,
});

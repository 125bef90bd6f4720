import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import type { DynamicModule, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { ReturnPlanRequest } from '@nrm/api-contracts';
import type { AgencyType } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { createLogger } from '@nrm/observability';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { LOGGER, ProblemException, SERVICE_CONFIG, seedAgencyDirectory } from '@nrm/service-kit';
import type { ProblemDocument } from '@nrm/service-kit';
import type { ServiceSchema } from '@nrm/service-testing';
import { RecordCaseFacts } from './cases/commands/record-case-facts';
import type { CaseFacts } from './cases/case.repository';
import { AssessNeeds } from './plans/commands/assess-needs';
import { ProtectionConfig } from './protection.config';
import { ProtectionModule } from './protection.module';
import { seedProviders } from './providers/seed-providers';

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

@Module({})
class TestSchemaModule {
  static of(schema: ServiceSchema, config: ProtectionConfig): DynamicModule {
    const providers = [
      { provide: DataSource, useValue: schema.dataSource },
      { provide: OutboxWriter, useValue: schema.outbox },
      { provide: DataKeyring, useValue: schema.keyring },
      { provide: SERVICE_CONFIG, useValue: config },
      { provide: LOGGER, useValue: createLogger('protection-test', 'silent') },
    ];
    return { module: TestSchemaModule, global: true, providers, exports: providers.map((p) => p.provide) };
  }
}

@Module({})
class ProtectionTestModule {
  static of(schema: ServiceSchema, config: ProtectionConfig): DynamicModule {
    return { module: ProtectionTestModule, imports: [TestSchemaModule.of(schema, config), ProtectionModule] };
  }
}

/**
 * Protection's feature modules wired over a test schema, with the agency directory and the
 * providers seeded unless `seed` is false; the follow-up clock waits an hour between passes.
 */
export async function protectionOver(
  schema: ServiceSchema,
  { seed = true }: { seed?: boolean } = {},
): Promise<INestApplicationContext> {
  if (seed) {
    const context = {
      dataSource: schema.dataSource,
      seedsDir: join(__dirname, '../../../seeds'),
      logger: createLogger('protection-test', 'silent'),
    };
    await seedAgencyDirectory(context);
    await seedProviders(context);
  }
  const config = Object.assign(new ProtectionConfig(), { FOLLOW_UP_CHECK_INTERVAL_MS: 3_600_000 });
  return NestFactory.createApplicationContext(ProtectionTestModule.of(schema, config), { logger: false });
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

/** The problem a handler refused with (its status, title and field errors), thrown or rejected. */
export async function refusal(work: () => Promise<unknown>): Promise<ProblemDocument> {
  try {
    await work();
  } catch (error) {
    if (error instanceof ProblemException) return error.problem;
    throw error;
  }
  throw new Error('the handler did not refuse');
}

/** Rows of a table for a test's assertions. */
export async function rows<T = Record<string, unknown>>(
  app: INestApplicationContext,
  statement: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  return app.get(DataSource).query(statement, parameters);
}

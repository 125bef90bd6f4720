import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SuspectRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { seedAgencyDirectory } from '@nrm/service-kit';
import { handlersOver, seedTestSchema } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { FileCharge } from './charges/commands/file-charge';
import { AddInvestigationAgency } from './investigations/commands/add-investigation-agency';
import { OpenInvestigation } from './investigations/commands/open-investigation';
import { seedLaws } from './laws/seed-laws';
import { ProsecutionConfig } from './prosecution.config';
import { ProsecutionTrackingModule } from './prosecution-tracking.module';
import { RecordReferredCase } from './referred-cases/commands/record-referred-case';
import { AddSuspect } from './suspects/commands/add-suspect';

export const investigator: Actor = { userId: 'inv-1', agencyId: 'kw-moi-police', role: 'investigator' };
export const prosecutor: Actor = { userId: 'pros-1', agencyId: 'kw-public-prosecution', role: 'prosecutor' };
export const policeSupervisor: Actor = { userId: 'sup-1', agencyId: 'kw-moi-police', role: 'supervisor' };
export const immigrationInvestigator: Actor = {
  userId: 'inv-2',
  agencyId: 'kw-moi-immigration',
  role: 'investigator',
};
export const caseWorker: Actor = {
  userId: 'cw-1',
  agencyId: 'kw-shelter-gov',
  role: 'protection_case_worker',
};

export const suspectRequest = (): SuspectRequest =>
  ({
    kind: 'person',
    role: 'recruiter',
    nationality: 'KW',
    identity: { name: 'Salem Al-Testani', documentNumber: 'P123' },
  }) as SuspectRequest;

/**
 * Prosecution tracking's feature modules wired over a test schema, with the agency directory and
 * the law catalogue seeded; the hearing clock waits an hour between passes.
 */
export async function prosecutionOver(schema: ServiceSchema): Promise<INestApplicationContext> {
  await seedTestSchema(schema, seedAgencyDirectory, seedLaws);
  const config = Object.assign(new ProsecutionConfig(), { HEARING_CHECK_INTERVAL_MS: 3_600_000 });
  return handlersOver(ProsecutionTrackingModule, schema, config);
}

/** A case whose referral has reached prosecution tracking; answers its id. */
export async function referredCase(app: INestApplicationContext, referredAt = new Date()): Promise<string> {
  const caseId = randomUUID();
  await app.get(DataSource).transaction((manager) =>
    app.get(RecordReferredCase).execute(manager, {
      caseId,
      caseReference: `KW-2027-${caseId.slice(0, 6).toUpperCase()}`,
      referredAt: referredAt.toISOString(),
    }),
  );
  return caseId;
}

/** An investigation by the police investigator of fresh referred cases, with a suspect when asked. */
export async function investigationOf(
  app: INestApplicationContext,
  { cases = 1 }: { cases?: number } = {},
): Promise<{ investigationId: string; caseIds: string[] }> {
  const caseIds: string[] = [];
  for (let i = 0; i < cases; i += 1) caseIds.push(await referredCase(app));
  const { investigationId } = await app.get(OpenInvestigation).execute({ caseIds }, investigator);
  return { investigationId, caseIds };
}

/** An investigation of fresh referred cases that the public prosecution works too. */
export async function prosecutedInvestigationOf(
  app: INestApplicationContext,
  { cases = 1 }: { cases?: number } = {},
): Promise<{ investigationId: string; caseIds: string[] }> {
  const investigation = await investigationOf(app, { cases });
  await app
    .get(AddInvestigationAgency)
    .execute(investigation.investigationId, { agencyId: 'kw-public-prosecution' }, investigator);
  return investigation;
}

/** An investigation the public prosecution works, of one referred case, with a charge against a suspect. */
export async function chargedInvestigationOf(
  app: INestApplicationContext,
): Promise<{ investigationId: string; suspectId: string; chargeId: string }> {
  const { investigationId } = await prosecutedInvestigationOf(app);
  const suspectId = await suspectOf(app, investigationId);
  const { chargeId } = await app
    .get(FileCharge)
    .execute(investigationId, { suspectId, lawCode: 'kw-91-2013', article: '2' } as never, investigator);
  return { investigationId, suspectId, chargeId };
}

/** A suspect added to the investigation by the police investigator; answers its id. */
export async function suspectOf(app: INestApplicationContext, investigationId: string): Promise<string> {
  return (await app.get(AddSuspect).execute(investigationId, suspectRequest(), investigator)).suspectId;
}

export { refusal, rows } from '@nrm/service-testing';

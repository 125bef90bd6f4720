import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DecisionRequest } from '@nrm/api-contracts';
import { CaseInvolvement } from '@nrm/case-involvement';
import type { ReferralReceivedV1 } from '@nrm/contracts';
import type { InboundEvent } from '@nrm/messaging';
import { PlatformMetrics } from '@nrm/observability';
import type { Actor } from '@nrm/security';
import { handlersOver, seedTestSchema } from '@nrm/service-testing';
import type { HandlerSchema } from '@nrm/service-testing';
import { referralReceivedForTest } from '@nrm/testing';
import { EndRecoveryPeriod } from './decisions/commands/end-recovery-period';
import { RecordPreliminaryDecision } from './decisions/commands/record-preliminary-decision';
import { IdentificationConfig } from './identification.config';
import { IdentificationModule } from './identification.module';
import { seedIndicatorCatalogues } from './indicators/seed-indicator-catalogues';
import { seedJurisdictionPolicies } from './policy/seed-policies';
import { OpenScreening } from './screening/commands/open-screening';

export { refusal, rows } from '@nrm/service-testing';

/** The competent authority the seeded policy assigns screenings to, and its staff. */
export const AUTHORITY = 'kw-nrm-competent-authority';
export const officer: Actor = { userId: 'officer-1', agencyId: AUTHORITY, role: 'identification_officer' };
export const supervisor: Actor = { userId: 'supervisor-1', agencyId: AUTHORITY, role: 'supervisor' };
export const adminA: Actor = { userId: 'admin-a', agencyId: AUTHORITY, role: 'administrator' };
export const adminB: Actor = { userId: 'admin-b', agencyId: AUTHORITY, role: 'administrator' };
/** The referrer of the test referrals. */
export const police: Actor = { userId: 'police-1', agencyId: 'kw-moi-police', role: 'first_responder' };
export const otherOfficer: Actor = {
  userId: 'officer-9',
  agencyId: 'kw-moi-police',
  role: 'identification_officer',
};

export const decision = (outcome: 'positive' | 'negative', extra: Partial<DecisionRequest> = {}) =>
  ({ outcome, reasons: `reasons for a ${outcome} decision`, ...extra }) as DecisionRequest;

/**
 * Identification's feature modules wired over a test schema, with the jurisdiction policy and the
 * indicator catalogues seeded; the deadline clock waits an hour between passes.
 */
export async function identificationOver(schema: HandlerSchema): Promise<INestApplicationContext> {
  await seedTestSchema(schema, seedJurisdictionPolicies, seedIndicatorCatalogues);
  const config = Object.assign(new IdentificationConfig(), { DEADLINE_CHECK_INTERVAL_MS: 3_600_000 });
  return handlersOver(IdentificationModule, schema, config, [
    { provide: CaseInvolvement, useValue: new CaseInvolvement() },
    { provide: PlatformMetrics, useValue: new PlatformMetrics('identification-test') },
  ]);
}

/** A screening opened for a fresh referral by the police; answers its case id. */
export async function openedScreening(
  app: INestApplicationContext,
  fields: Partial<ReferralReceivedV1> = {},
): Promise<string> {
  const caseId = randomUUID();
  const payload = referralReceivedForTest(caseId, {
    caseReference: `KW-2027-${caseId.slice(0, 6).toUpperCase()}`,
    ...fields,
  });
  await app
    .get(DataSource)
    .transaction((manager) =>
      app.get(OpenScreening).execute({ payload, manager } as InboundEvent<ReferralReceivedV1>),
    );
  return caseId;
}

/** A screening whose positive preliminary decision started the recovery period. */
export async function inRecovery(app: INestApplicationContext): Promise<string> {
  const caseId = await openedScreening(app);
  await app.get(RecordPreliminaryDecision).execute(caseId, decision('positive'), officer);
  return caseId;
}

/** A screening whose recovery period has ended: the final decision is due. */
export async function awaitingFinal(app: INestApplicationContext): Promise<string> {
  const caseId = await inRecovery(app);
  await app
    .get(DataSource)
    .transaction((manager) => app.get(EndRecoveryPeriod).execute(manager, caseId, new Date()));
  return caseId;
}

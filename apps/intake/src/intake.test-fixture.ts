import type { INestApplicationContext } from '@nestjs/common';
import type { CreateReferralRequest } from '@nrm/api-contracts';
import { CaseInvolvement } from '@nrm/case-involvement';
import type { Actor } from '@nrm/security';
import { seedAgencyDirectory } from '@nrm/service-kit';
import { TEST_SEEDS_DIR, handlersOver, seedTestSchema } from '@nrm/service-testing';
import type { HandlerSchema } from '@nrm/service-testing';
import { IntakeConfig } from './intake.config';
import { IntakeModule } from './intake.module';
import { seedIntakeSettings } from './settings/jurisdiction-settings';

/** What a migrated test schema gives intake's handlers (`serviceSchemaForTest(service, label)`). */
export type IntakeTestSchema = HandlerSchema;

export const police: Actor = { userId: 'officer-1', agencyId: 'kw-moi-police', role: 'first_responder' };
export const immigration: Actor = {
  userId: 'officer-2',
  agencyId: 'kw-moi-immigration',
  role: 'first_responder',
};
export const authority: Actor = {
  userId: 'supervisor-1',
  agencyId: 'kw-nrm-competent-authority',
  role: 'supervisor',
};

const today = () => new Date().toISOString().slice(0, 10);

/** A valid referral of an adult man who consents, with the person's details given. */
export function referralRequest(
  person: Partial<CreateReferralRequest['person']> = {},
  extra: Partial<CreateReferralRequest> = {},
): CreateReferralRequest {
  return {
    channel: 'police',
    encounter: { date: today(), place: 'Jleeb Al-Shuyoukh, block 4', region: 'KW-FA' },
    person: {
      names: { latin: 'Mohammed Abdul Rahman Hassan' },
      dateOfBirth: '1990-04-02',
      sex: 'male',
      nationalities: ['EG'],
      ...person,
    },
    exploitationTypes: ['forced_labour'],
    meansOfControl: ['withholds_documents'],
    recruitmentMethod: 'recruitment_agency',
    immediateRisks: [],
    interpreter: { needed: false },
    consent: { referral: true, statistics: true, dataSharingAgencyTypes: ['shelter'], language: 'ar' },
    ...extra,
  } as CreateReferralRequest;
}

/**
 * Intake's feature modules wired over a test schema, with the agency directory and the
 * jurisdiction's settings seeded: `get(RegisterReferral)` gives the handler the service runs.
 */
export async function intakeOver(schema: IntakeTestSchema): Promise<INestApplicationContext> {
  await seedTestSchema(schema, seedAgencyDirectory, seedIntakeSettings);
  const config = Object.assign(new IntakeConfig(), {
    INTAKE_PSEUDONYM_KEY: Buffer.alloc(32, 3).toString('base64'),
  });
  process.env['SEEDS_DIR'] ??= TEST_SEEDS_DIR;
  return handlersOver(IntakeModule, schema, config, [
    { provide: CaseInvolvement, useValue: new CaseInvolvement() },
  ]);
}

export { refusal } from '@nrm/service-testing';

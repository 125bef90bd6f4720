import { join } from 'node:path';
import { Module } from '@nestjs/common';
import type { DynamicModule, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { CreateReferralRequest } from '@nrm/api-contracts';
import { CaseInvolvement } from '@nrm/case-involvement';
import { OutboxWriter } from '@nrm/messaging';
import { createLogger } from '@nrm/observability';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { ProblemException, SERVICE_CONFIG, seedAgencyDirectory } from '@nrm/service-kit';
import type { ProblemDocument } from '@nrm/service-kit';
import { IntakeConfig } from './intake.config';
import { IntakeModule } from './intake.module';
import { seedIntakeSettings } from './settings/jurisdiction-settings';

/** What a migrated test schema gives intake's handlers (`serviceSchemaForTest(service, label)`). */
export interface IntakeTestSchema {
  dataSource: DataSource;
  outbox: OutboxWriter;
  keyring: DataKeyring;
}

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

@Module({})
class TestSchemaModule {
  static of(schema: IntakeTestSchema, config: IntakeConfig): DynamicModule {
    const providers = [
      { provide: DataSource, useValue: schema.dataSource },
      { provide: OutboxWriter, useValue: schema.outbox },
      { provide: DataKeyring, useValue: schema.keyring },
      { provide: SERVICE_CONFIG, useValue: config },
      { provide: CaseInvolvement, useValue: new CaseInvolvement() },
    ];
    return { module: TestSchemaModule, global: true, providers, exports: providers.map((p) => p.provide) };
  }
}

@Module({})
class IntakeTestModule {
  static of(schema: IntakeTestSchema, config: IntakeConfig): DynamicModule {
    return { module: IntakeTestModule, imports: [TestSchemaModule.of(schema, config), IntakeModule] };
  }
}

/**
 * Intake's feature modules wired over a test schema, with the agency directory and the
 * jurisdiction's settings seeded: `get(RegisterReferral)` gives the handler the service runs.
 */
export async function intakeOver(schema: IntakeTestSchema): Promise<INestApplicationContext> {
  const seedsDir = join(__dirname, '../../../seeds');
  const context = { dataSource: schema.dataSource, seedsDir, logger: createLogger('intake-test', 'silent') };
  await seedAgencyDirectory(context);
  await seedIntakeSettings(context);
  const config = Object.assign(new IntakeConfig(), {
    INTAKE_PSEUDONYM_KEY: Buffer.alloc(32, 3).toString('base64'),
  });
  process.env['SEEDS_DIR'] ??= seedsDir;
  return NestFactory.createApplicationContext(IntakeTestModule.of(schema, config), { logger: false });
}

/** The problem a handler refused with (its status, title and field errors). */
export async function refusal(work: Promise<unknown>): Promise<ProblemDocument> {
  try {
    await work;
  } catch (error) {
    if (error instanceof ProblemException) return error.problem;
    throw error;
  }
  throw new Error('the handler did not refuse');
}

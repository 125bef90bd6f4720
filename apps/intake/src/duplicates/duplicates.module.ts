import { Module } from '@nestjs/common';
import { SERVICE_CONFIG, seedsDirectory } from '@nrm/service-kit';
import type { IntakeConfig } from '../intake.config';
import { PseudonymKey } from '../pseudonyms/pseudonym-key';
import { ReferralAccessModule } from '../referrals/referral-access.module';
import { DecideDuplicate } from './commands/decide-duplicate';
import { DuplicateDetector } from './duplicate-detector';
import { DuplicateLinkRepository } from './duplicate-link.repository';
import { DuplicatesController } from './duplicates.controller';
import { MatchRule } from './match-rule';
import { PersonFingerprintRepository } from './person-fingerprint.repository';
import { DuplicateQueue } from './queries/duplicate-queue';

/** Duplicate detection on keyed fingerprints, and the competent authority's review of its links. */
@Module({
  imports: [ReferralAccessModule],
  controllers: [DuplicatesController],
  providers: [
    PersonFingerprintRepository,
    DuplicateLinkRepository,
    DuplicateDetector,
    DecideDuplicate,
    DuplicateQueue,
    {
      provide: PseudonymKey,
      inject: [SERVICE_CONFIG],
      useFactory: (config: IntakeConfig) => new PseudonymKey(config.INTAKE_PSEUDONYM_KEY),
    },
    {
      provide: MatchRule,
      inject: [PseudonymKey],
      useFactory: (key: PseudonymKey) => MatchRule.load(seedsDirectory(), key.hash),
    },
  ],
  exports: [DuplicateDetector, PersonFingerprintRepository, DuplicateLinkRepository],
})
export class DuplicatesModule {}

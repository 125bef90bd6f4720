import { Module } from '@nestjs/common';
import { CaseRepository } from './case.repository';
import { ProtectionAccess } from './protection-access';

/** The protection case every command locks first, and who may manage it. */
@Module({ providers: [CaseRepository, ProtectionAccess], exports: [CaseRepository, ProtectionAccess] })
export class CaseAccessModule {}

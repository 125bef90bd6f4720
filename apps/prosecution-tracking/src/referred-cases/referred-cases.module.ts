import { Module } from '@nestjs/common';
import { RecordReferredCase } from './commands/record-referred-case';
import { ReferredCaseEvents } from './referred-cases.events';
import { ReferredCaseRepository } from './referred-case.repository';

/** The referred cases an investigation may concern, learnt from intake's events. */
@Module({
  controllers: [ReferredCaseEvents],
  providers: [ReferredCaseRepository, RecordReferredCase],
  exports: [ReferredCaseRepository, RecordReferredCase],
})
export class ReferredCasesModule {}

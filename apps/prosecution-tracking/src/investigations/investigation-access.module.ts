import { Module } from '@nestjs/common';
import { InvestigationRepository } from './investigation.repository';

/** The investigation an actor may see, read or locked first by every command of the proceedings. */
@Module({ providers: [InvestigationRepository], exports: [InvestigationRepository] })
export class InvestigationAccessModule {}

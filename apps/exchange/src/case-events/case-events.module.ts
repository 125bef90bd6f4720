import { Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonalDataErasedV1 } from '@nrm/contracts';
import { ON_PERSONAL_DATA_ERASED } from '@nrm/service-kit';
import type { PersonalDataErasedHook } from '@nrm/service-kit';
import { IncomingRepository } from '../incoming/incoming.repository';
import { OutgoingModule } from '../outgoing/outgoing.module';
import { PartnersModule } from '../partners/partners.module';
import { CaseEvents } from './case-events.events';
import { SendCeaseNotices } from './commands/send-cease-notices';
import { SendDecisionFollowUp } from './commands/send-decision-follow-up';

/** Decisions back to referring partners; notices to stop when consent is withdrawn or data erased. */
@Module({
  imports: [OutgoingModule, PartnersModule],
  controllers: [CaseEvents],
  providers: [
    IncomingRepository,
    SendDecisionFollowUp,
    SendCeaseNotices,
    {
      // The partners hear of an erasure here before this service's own key for the case goes.
      provide: ON_PERSONAL_DATA_ERASED,
      inject: [SendCeaseNotices],
      useFactory: (cease: SendCeaseNotices): PersonalDataErasedHook => ({
        onPersonalDataErased: (manager: EntityManager, erased: PersonalDataErasedV1) =>
          cease.execute(manager, erased.caseId, erased.legalBasis, erased.erasedByAgencyId),
      }),
    },
  ],
})
export class CaseEventsModule {}

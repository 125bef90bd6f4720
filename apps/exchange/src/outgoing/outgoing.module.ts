import { Module } from '@nestjs/common';
import { IncomingRepository } from '../incoming/incoming.repository';
import { PartnersModule } from '../partners/partners.module';
import { WireModule } from '../wire/wire.module';
import { RequestExchange } from './commands/request-exchange';
import { IntakeClient } from './intake-client';
import { MessageQueue } from './message-queue';
import { MessageSender } from './message-sender';
import { OutgoingController } from './outgoing.controller';
import { OutgoingRepository } from './outgoing.repository';
import { CaseEvidence } from './queries/case-evidence';
import { CaseMessage } from './queries/case-message';
import { CaseMessages } from './queries/case-messages';

/** Messages to partners: requests, the sender, and a case's messages both ways. */
@Module({
  imports: [PartnersModule, WireModule],
  controllers: [OutgoingController],
  providers: [
    OutgoingRepository,
    IncomingRepository,
    IntakeClient,
    MessageQueue,
    RequestExchange,
    MessageSender,
    CaseMessages,
    CaseEvidence,
    CaseMessage,
  ],
  exports: [IntakeClient, OutgoingRepository, MessageQueue],
})
export class OutgoingModule {}

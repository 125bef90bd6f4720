import { Module } from '@nestjs/common';
import { IncomingRepository } from '../incoming/incoming.repository';
import { PartnersModule } from '../partners/partners.module';
import { WireModule } from '../wire/wire.module';
import { RequestExchange } from './commands/request-exchange';
import { IntakeClient } from './intake-client';
import { MessageSender } from './message-sender';
import { OutgoingController } from './outgoing.controller';
import { OutgoingRepository } from './outgoing.repository';
import { CaseMessages } from './queries/case-messages';

/** Messages to partners: requests, the sender, and a case's messages both ways. */
@Module({
  imports: [PartnersModule, WireModule],
  controllers: [OutgoingController],
  providers: [
    OutgoingRepository,
    IncomingRepository,
    IntakeClient,
    RequestExchange,
    MessageSender,
    CaseMessages,
  ],
  exports: [IntakeClient, OutgoingRepository],
})
export class OutgoingModule {}

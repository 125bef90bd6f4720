import { Module } from '@nestjs/common';
import { OutgoingModule } from '../outgoing/outgoing.module';
import { PartnersModule } from '../partners/partners.module';
import { StatisticsModule } from '../statistics/statistics.module';
import { WireModule } from '../wire/wire.module';
import { ReceiveMessage } from './commands/receive-message';
import { IncomingController } from './incoming.controller';
import { IncomingRepository } from './incoming.repository';
import { PartnerListener } from './partner-listener';
import { QuarantineList } from './queries/quarantine-list';
import { IncomingProcessor } from './incoming-processor';

/** Messages from partners: the listener, the inbox and quarantine, referrals passed on to intake. */
@Module({
  imports: [PartnersModule, WireModule, OutgoingModule, StatisticsModule],
  controllers: [IncomingController],
  providers: [IncomingRepository, ReceiveMessage, IncomingProcessor, QuarantineList, PartnerListener],
})
export class IncomingModule {}

import { Module } from '@nestjs/common';
import { CaseEventsModule } from './case-events/case-events.module';
import { IncomingModule } from './incoming/incoming.module';
import { OutgoingModule } from './outgoing/outgoing.module';
import { PartnersModule } from './partners/partners.module';
import { StatisticsModule } from './statistics/statistics.module';

/**
 * The exchange between national deployments: partners and their agreements, messages out (minimised,
 * consented, signed, encrypted, sent until receipted) and in (verified, refused into quarantine, or
 * accepted once and passed on).
 */
@Module({ imports: [PartnersModule, OutgoingModule, IncomingModule, CaseEventsModule, StatisticsModule] })
export class ExchangeModule {}

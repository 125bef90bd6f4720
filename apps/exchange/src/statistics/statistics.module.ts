import { Module } from '@nestjs/common';
import { OutgoingModule } from '../outgoing/outgoing.module';
import { PartnersModule } from '../partners/partners.module';
import { PublishStatistics } from './commands/publish-statistics';
import { PublishedStatisticsRepository } from './published-statistics.repository';
import { RegionalStatistics } from './queries/regional-statistics';
import { StatisticsController } from './statistics.controller';

/** This state's suppressed statistics to its partners, and the regional view of every state's. */
@Module({
  imports: [OutgoingModule, PartnersModule],
  controllers: [StatisticsController],
  providers: [PublishedStatisticsRepository, PublishStatistics, RegionalStatistics],
  exports: [PublishedStatisticsRepository],
})
export class StatisticsModule {}

import { Module } from '@nestjs/common';
import { ProsecutionStatisticsQuery } from './queries/prosecution-statistics';
import { StatisticsController } from './statistics.controller';

/** The national committee's yearly prosecution figures. */
@Module({ controllers: [StatisticsController], providers: [ProsecutionStatisticsQuery] })
export class StatisticsModule {}

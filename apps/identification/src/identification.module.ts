import { Module } from '@nestjs/common';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { DecisionsModule } from './decisions/decisions.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { ScreeningModule } from './screening/screening.module';

/**
 * Identification: screenings of referred cases in the competent authority's queue, indicator
 * assessments, the preliminary and final decisions with their deadlines, recovery periods and
 * reconsiderations.
 */
@Module({ imports: [ScreeningModule, DecisionsModule, IndicatorsModule, DeadlinesModule] })
export class IdentificationModule {}

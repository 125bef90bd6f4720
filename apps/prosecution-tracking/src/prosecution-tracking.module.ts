import { Module } from '@nestjs/common';
import { HearingClock } from './hearings/hearing-clock';
import { CourtProceedings } from './proceedings/court-proceedings';
import { Investigations } from './proceedings/investigations';
import { ProsecutionController } from './proceedings/prosecution.controller';
import { ProsecutionEvents } from './proceedings/prosecution.events';
import { ProsecutionStatisticsQuery } from './proceedings/prosecution-statistics';

/**
 * Prosecution tracking: investigations linked to the cases of their victims, suspects (identity
 * sealed, seen by investigators and prosecutors of the investigation only), charges under a seeded
 * law catalogue, hearings with the victim's testimony and protective measures, verdicts, appeals,
 * compensation, and the committee's statistics.
 */
@Module({
  controllers: [ProsecutionController, ProsecutionEvents],
  providers: [Investigations, CourtProceedings, ProsecutionStatisticsQuery, HearingClock],
})
export class ProsecutionTrackingModule {}

import { Module } from '@nestjs/common';
import { CaseAccessModule } from '../cases/case-access.module';
import { CheckIn } from './commands/check-in';
import { CheckOut } from './commands/check-out';
import { RequestPlacement } from './commands/request-placement';
import { TransferPlacement } from './commands/transfer-placement';
import { PlacementAccess } from './placement-access';
import { PlacementRepository } from './placement.repository';
import { ShelterList } from './queries/shelter-list';
import { ShelterBeds } from './shelter-beds';
import { ShelterRepository } from './shelter.repository';
import { SheltersController } from './shelters.controller';

/**
 * Shelter beds against real capacity (ADR 0007): every change to a shelter's beds locks that
 * shelter's row first, so a bed is never given twice; a full shelter queues requests.
 */
@Module({
  imports: [CaseAccessModule],
  controllers: [SheltersController],
  providers: [
    ShelterRepository,
    PlacementRepository,
    ShelterBeds,
    PlacementAccess,
    RequestPlacement,
    CheckIn,
    CheckOut,
    TransferPlacement,
    ShelterList,
  ],
  exports: [PlacementRepository],
})
export class SheltersModule {}

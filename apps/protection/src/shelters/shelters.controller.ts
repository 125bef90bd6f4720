import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { PlacementRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { CheckIn } from './commands/check-in';
import { CheckOut } from './commands/check-out';
import { RequestPlacement } from './commands/request-placement';
import { TransferPlacement } from './commands/transfer-placement';
import { ShelterList } from './queries/shelter-list';

const UUID = new ParseUUIDPipe();

/** Shelters and placements in them: internal API, only the gateway calls it. */
@Controller('internal/protection')
export class SheltersController {
  constructor(
    private readonly requestPlacement: RequestPlacement,
    private readonly checkIn: CheckIn,
    private readonly checkOut: CheckOut,
    private readonly transferPlacement: TransferPlacement,
    private readonly shelterList: ShelterList,
  ) {}

  @Post('cases/:caseId/placements')
  @HttpCode(201)
  place(@Param('caseId', UUID) caseId: string, @Body() body: PlacementRequest, @CurrentActor() actor: Actor) {
    return this.requestPlacement.execute(caseId, body, actor);
  }

  @Get('shelters')
  shelters(@CurrentActor() actor: Actor) {
    return this.shelterList.execute(actor);
  }

  @Post('placements/:id/check-in')
  @HttpCode(200)
  arrive(@Param('id', UUID) id: string, @CurrentActor() actor: Actor) {
    return this.checkIn.execute(id, actor);
  }

  @Post('placements/:id/check-out')
  @HttpCode(200)
  leave(@Param('id', UUID) id: string, @CurrentActor() actor: Actor) {
    return this.checkOut.execute(id, actor);
  }

  @Post('placements/:id/transfer')
  @HttpCode(200)
  transfer(@Param('id', UUID) id: string, @Body() body: PlacementRequest, @CurrentActor() actor: Actor) {
    return this.transferPlacement.execute(id, body, actor);
  }
}

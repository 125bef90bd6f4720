import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { DuplicateDecisionRequest } from '@nrm/api-contracts';
import type { DuplicateLinkPage } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { DecideDuplicate } from './commands/decide-duplicate';
import { DuplicateQueue } from './queries/duplicate-queue';

/** The duplicate review queue of the competent authority: references and scores, never identities. */
@Controller('internal/referrals/duplicates')
export class DuplicatesController {
  constructor(
    private readonly duplicateQueue: DuplicateQueue,
    private readonly decideDuplicate: DecideDuplicate,
  ) {}

  @Get()
  list(@CurrentActor() actor: Actor, @Query('status') status = 'suspected'): Promise<DuplicateLinkPage> {
    return this.duplicateQueue.execute(actor, status);
  }

  @Post(':linkId/decision')
  @HttpCode(204)
  async decide(
    @Param('linkId', new ParseUUIDPipe()) linkId: string,
    @Body() body: DuplicateDecisionRequest,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.decideDuplicate.execute(linkId, body, actor);
  }
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  CloseInvestigationRequest,
  InvestigationAgencyRequest,
  LinkCaseRequest,
  OpenInvestigationRequest,
} from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { AddInvestigationAgency } from './commands/add-investigation-agency';
import { CloseInvestigation } from './commands/close-investigation';
import { LinkCase } from './commands/link-case';
import { OpenInvestigation } from './commands/open-investigation';
import { CaseTimeline } from './queries/case-timeline';
import { InvestigationDetail } from './queries/investigation-detail';
import { InvestigationList } from './queries/investigation-list';

const UUID = new ParseUUIDPipe();

/** Investigations and the cases they concern: internal API, only the gateway calls it. */
@Controller('internal/prosecution')
export class InvestigationsController {
  constructor(
    private readonly investigationList: InvestigationList,
    private readonly investigationDetail: InvestigationDetail,
    private readonly caseTimeline: CaseTimeline,
    private readonly openInvestigation: OpenInvestigation,
    private readonly addInvestigationAgency: AddInvestigationAgency,
    private readonly linkCase: LinkCase,
    private readonly closeInvestigation: CloseInvestigation,
  ) {}

  @Get('investigations')
  list(@CurrentActor() actor: Actor) {
    return this.investigationList.execute(actor);
  }

  @Post('investigations')
  @HttpCode(201)
  open(@Body() body: OpenInvestigationRequest, @CurrentActor() actor: Actor) {
    return this.openInvestigation.execute(body, actor);
  }

  @Get('investigations/:id')
  get(@Param('id', UUID) id: string, @CurrentActor() actor: Actor) {
    return this.investigationDetail.execute(id, actor);
  }

  @Post('investigations/:id/agencies')
  @HttpCode(201)
  addAgency(
    @Param('id', UUID) id: string,
    @Body() body: InvestigationAgencyRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.addInvestigationAgency.execute(id, body, actor);
  }

  @Post('investigations/:id/cases')
  @HttpCode(201)
  link(@Param('id', UUID) id: string, @Body() body: LinkCaseRequest, @CurrentActor() actor: Actor) {
    return this.linkCase.execute(id, body.caseId, actor);
  }

  @Post('investigations/:id/closure')
  @HttpCode(201)
  close(
    @Param('id', UUID) id: string,
    @Body() body: CloseInvestigationRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.closeInvestigation.execute(id, body, actor);
  }

  @Get('cases/:caseId/timeline')
  timeline(@Param('caseId', UUID) caseId: string, @CurrentActor() actor: Actor) {
    return this.caseTimeline.execute(caseId, actor);
  }
}

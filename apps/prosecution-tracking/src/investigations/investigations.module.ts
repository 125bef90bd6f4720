import { Module } from '@nestjs/common';
import { ReferredCasesModule } from '../referred-cases/referred-cases.module';
import { CaseLinks } from './case-links';
import { AddInvestigationAgency } from './commands/add-investigation-agency';
import { CloseInvestigation } from './commands/close-investigation';
import { LinkCase } from './commands/link-case';
import { OpenInvestigation } from './commands/open-investigation';
import { InvestigationAccessModule } from './investigation-access.module';
import { InvestigationsController } from './investigations.controller';
import { CaseTimeline } from './queries/case-timeline';
import { InvestigationDetail } from './queries/investigation-detail';
import { InvestigationList } from './queries/investigation-list';

/** Investigations: who runs them and which referred cases (victims) they concern. */
@Module({
  imports: [InvestigationAccessModule, ReferredCasesModule],
  controllers: [InvestigationsController],
  providers: [
    CaseLinks,
    OpenInvestigation,
    AddInvestigationAgency,
    LinkCase,
    CloseInvestigation,
    InvestigationList,
    InvestigationDetail,
    CaseTimeline,
  ],
})
export class InvestigationsModule {}

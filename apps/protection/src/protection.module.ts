import { Module } from '@nestjs/common';
import { CaseClosure } from './cases/case-closure';
import { CaseOpening } from './cases/case-opening';
import { CaseLead } from './cases/case-lead';
import { CaseView } from './cases/case-view';
import { ProtectionAccess } from './cases/protection-access';
import { CourtTasks } from './court/court-tasks';
import { ProtectionController } from './cases/protection.controller';
import { ProtectionEvents } from './cases/protection.events';
import { FollowUpClock } from './follow-ups/follow-up-clock';
import { FollowUps } from './follow-ups/follow-ups';
import { NeedsAssessments } from './plans/needs-assessments';
import { ResidenceStatuses } from './residence/residence-statuses';
import { Returns } from './returns/returns';
import { ServiceReferrals } from './services/service-referrals';
import { ShelterPlacements } from './shelters/shelter-placements';

/**
 * Protection: cases that open on a positive preliminary decision (at once for a child or an urgent
 * risk), the service plan, referrals to providers within the person's consent, shelter beds against
 * real capacity, residence status, voluntary return with follow-ups, and closure.
 */
@Module({
  controllers: [ProtectionController, ProtectionEvents],
  providers: [
    ProtectionAccess,
    CaseOpening,
    CaseView,
    CaseLead,
    NeedsAssessments,
    ServiceReferrals,
    ShelterPlacements,
    CaseClosure,
    ResidenceStatuses,
    Returns,
    FollowUps,
    FollowUpClock,
    CourtTasks,
  ],
})
export class ProtectionModule {}

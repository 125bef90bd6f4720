import { IsISO8601, IsInt, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';

/** The competent authority opened a screening for a referred case, with its decision target date. */
export class ScreeningOpenedV1 {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  screeningId!: string;

  @Matches(/^[A-Z]{2}-\d{4}-[0-9A-Z]{6}$/)
  caseReference!: string;

  @IsString()
  @MaxLength(64)
  referringAgencyId!: string;

  @IsString()
  @MaxLength(64)
  assignedAgencyId!: string;

  @IsISO8601({ strict: true })
  openedAt!: string;

  /** Local date (jurisdiction calendar) by which the reasonable-grounds decision is due. */
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  preliminaryDecisionDueOn!: string;

  @IsInt()
  @Min(1)
  preliminaryDecisionWorkingDays!: number;

  @Matches(/^[A-Z]{2}$/)
  jurisdiction!: string;

  @IsString()
  @MaxLength(32)
  policyVersion!: string;
}

export const ScreeningOpened = defineEvent({
  type: 'nrm.identification.screening-opened',
  schemaVersion: 1,
  topic: Topics.identificationScreening,
  source: 'identification',
  payload: ScreeningOpenedV1,
});

/** A legal deadline of a case is close (approaching) or has passed (breached). */
export class DeadlineAlertV1 {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  deadlineId!: string;

  @Matches(/^[A-Z]{2}-\d{4}-[0-9A-Z]{6}$/)
  caseReference!: string;

  /** What is due, e.g. `preliminary_decision`. */
  @Matches(/^[a-z_]{1,40}$/)
  kind!: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  dueOn!: string;

  /** The agency responsible for meeting it; its officers and supervisors are told. */
  @IsString()
  @MaxLength(64)
  responsibleAgencyId!: string;

  /** Working days left (approaching) or overdue (breached, negative). */
  @IsInt()
  workingDaysLeft!: number;
}

export const DeadlineApproaching = defineEvent({
  type: 'nrm.identification.deadline-approaching',
  schemaVersion: 1,
  topic: Topics.identificationScreening,
  source: 'identification',
  payload: DeadlineAlertV1,
});

export const DeadlineBreached = defineEvent({
  type: 'nrm.identification.deadline-breached',
  schemaVersion: 1,
  topic: Topics.identificationScreening,
  source: 'identification',
  payload: DeadlineAlertV1,
});

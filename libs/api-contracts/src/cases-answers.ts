import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AccessPurposes, HearingTypes, Roles } from '@nrm/contracts';
import type { Role } from '@nrm/contracts';
import { InboxItemResponse } from './notifications-answers';
import { ReferralStatusResponse } from './referral';

/*
 * What the gateway answers for a case, composed from the services that own each stage: the case view
 * and the case's access log.
 */

/** The stages of a case the case view reports, in lifecycle order. */
export const CaseViewStages = ['referral', 'screening', 'protection', 'prosecution', 'notification'] as const;
export type CaseViewStage = (typeof CaseViewStages)[number];

/** A hearing of an investigation the case belongs to (for those who support or decide the case). */
export class CaseHearingResponse {
  @ApiProperty({ format: 'uuid' }) hearingId!: string;
  @ApiProperty({ enum: HearingTypes }) hearingType!: string;
  @ApiProperty({ format: 'date', example: '2026-05-14' }) scheduledOn!: string;
  @ApiProperty({ enum: ['scheduled', 'held', 'postponed'] }) status!: string;
  @ApiProperty({ description: 'The victim of this case testifies at the hearing' }) victimTestifies!: boolean;
}

/** Compensation ordered to the victim of this case (for those who support or decide the case). */
export class CaseCompensationResponse {
  @ApiProperty({ example: 1500, description: 'The amount ordered, in `currency` (up to three decimals)' })
  amount!: number;

  @ApiProperty({ example: 'KWD', description: 'ISO 4217 code' }) currency!: string;
  @ApiProperty({ format: 'date', example: '2026-09-30' }) orderedOn!: string;
  @ApiProperty() paid!: boolean;
}

/** How many verdicts of each outcome an investigation has; an outcome with none is absent. */
export class VerdictCountsResponse {
  @ApiPropertyOptional({ type: 'integer' }) convicted?: number;
  @ApiPropertyOptional({ type: 'integer' }) acquitted?: number;
  @ApiPropertyOptional({ type: 'integer' }) dismissed?: number;
}

/** An investigation the case belongs to, as the case view shows it: never a suspect. */
export class CaseInvestigationResponse {
  @ApiProperty({ format: 'uuid' }) investigationId!: string;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ type: VerdictCountsResponse }) verdictsByOutcome!: VerdictCountsResponse;

  @ApiPropertyOptional({
    type: [CaseHearingResponse],
    description:
      'By date; only for investigators, prosecutors, supervisors, protection case workers and identification officers',
  })
  hearings?: CaseHearingResponse[];

  @ApiPropertyOptional({
    type: [CaseCompensationResponse],
    description: 'Only for the roles that see hearings',
  })
  compensation?: CaseCompensationResponse[];
}

/** The prosecution stage of a case: the investigations it belongs to, oldest first. */
export class CaseProsecutionResponse {
  @ApiProperty({ type: [CaseInvestigationResponse] }) investigations!: CaseInvestigationResponse[];
}

/** Which stages a case has reached, each as far as its service shows it to the caller. */
export class CaseViewResponse {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'KW-2026-7H2K9Q' }) caseReference!: string;

  @ApiProperty({ enum: CaseViewStages, isArray: true, example: ['referral', 'screening', 'notification'] })
  stagesReached!: CaseViewStage[];

  @ApiProperty({ type: ReferralStatusResponse, description: 'As `referralStatus` answers it' })
  referral!: ReferralStatusResponse;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The screening as `readScreening` answers it; null before screening opens',
  })
  screening!: Record<string, unknown> | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description:
      'The protection case as `protectionCase` answers it, for protection case workers and supervisors; null for other roles or before protection opens',
  })
  protection!: Record<string, unknown> | null;

  @ApiProperty({ type: CaseProsecutionResponse }) prosecution!: CaseProsecutionResponse;

  @ApiProperty({ type: [InboxItemResponse], description: "The case's notifications in the caller's inbox" })
  notifications!: InboxItemResponse[];
}

/** The services whose audit logs hold a case's accesses. */
export const CaseAccessLogServices = [
  'intake',
  'identification',
  'protection',
  'prosecution-tracking',
  'notifications',
  'exchange',
] as const;
export type CaseAccessLogService = (typeof CaseAccessLogServices)[number];

/** One access to the case's data in one service. */
export class CaseAccessEntryResponse {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ enum: CaseAccessLogServices }) service!: CaseAccessLogService;

  @ApiPropertyOptional({
    type: 'string',
    nullable: true,
    description:
      "Who: a user of the supervisor's own agency; null for staff of other agencies; absent in the representative's report",
  })
  userId?: string | null;

  @ApiProperty({ example: 'kw-moi-police' }) agencyId!: string;
  @ApiProperty({ enum: Roles }) role!: Role;
  @ApiProperty({ enum: ['read', 'write', 'denied'] }) action!: 'read' | 'write' | 'denied';

  @ApiPropertyOptional({
    example: 'GET /internal/referrals/:caseId',
    description: "The service's operation; absent in the representative's report",
  })
  what?: string;

  @ApiProperty({
    enum: [...AccessPurposes, null],
    nullable: true,
    description: 'The purpose stated or that of the role; null for entries made before purposes were kept',
  })
  why!: string | null;

  @ApiPropertyOptional({
    type: 'integer',
    example: 200,
    description: "The HTTP status it ended with; absent in the representative's report",
  })
  outcome?: number;
}

/**
 * Who accessed the case, in every service, oldest first (at most the last 1,000 entries of each).
 * The representative's report (`for=representative`) leaves out `userId`, `what` and `outcome`.
 */
export class CaseAccessLogResponse {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: [CaseAccessEntryResponse] }) entries!: CaseAccessEntryResponse[];
}

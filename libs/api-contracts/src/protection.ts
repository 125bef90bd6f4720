import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from './calendar-date';
import {
  ClosureReasons,
  NeedPriorities,
  NeedTypes,
  ResidenceStatuses,
  ReturnRiskLevels,
  ServiceDeclineReasons,
} from '@nrm/contracts';
import type {
  ClosureReason,
  NeedPriority,
  NeedType,
  ResidenceStatus,
  ReturnRiskLevel,
  ServiceDeclineReason,
} from '@nrm/contracts';

export class NeedDto {
  @ApiProperty({ enum: NeedTypes, example: 'shelter' })
  @IsIn(NeedTypes, { message: `needType must be one of: ${NeedTypes.join(', ')}` })
  needType!: NeedType;

  @ApiProperty({ enum: NeedPriorities, example: 'urgent' })
  @IsIn(NeedPriorities, { message: `priority must be one of: ${NeedPriorities.join(', ')}` })
  priority!: NeedPriority;

  @ApiPropertyOptional({
    example: '2026-12-10',
    description: 'Defaults from the priority: urgent 1 day, high 7, normal 30',
  })
  @IsOptional()
  @IsCalendarDate({ message: 'dueOn must be a date (YYYY-MM-DD)' })
  dueOn?: string;

  @ApiPropertyOptional({ description: 'Sealed at rest; never leaves protection' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class NeedsAssessmentRequest {
  @ApiProperty({ type: [NeedDto], description: 'The needs as they now stand; needs not named are withdrawn' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NeedTypes.length)
  @ValidateNested({ each: true })
  @Type(() => NeedDto)
  needs!: NeedDto[];
}

export class DisclosureOverrideDto {
  @ApiProperty({ description: "Why the referral goes ahead without the person's consent (supervisors)" })
  @IsString()
  @MinLength(10)
  @MaxLength(1000)
  reason!: string;
}

export class ServiceReferralRequest {
  @ApiProperty({ enum: NeedTypes, example: 'legal_aid' })
  @IsIn(NeedTypes, { message: `needType must be one of: ${NeedTypes.join(', ')}` })
  needType!: NeedType;

  @ApiProperty({ example: 'ngo-migrant-support' })
  @IsString()
  @MaxLength(64)
  providerAgencyId!: string;

  @ApiPropertyOptional({ type: DisclosureOverrideDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DisclosureOverrideDto)
  override?: DisclosureOverrideDto;
}

export class ServiceDeclineRequest {
  @ApiProperty({ enum: ServiceDeclineReasons })
  @IsIn(ServiceDeclineReasons, { message: `reason must be one of: ${ServiceDeclineReasons.join(', ')}` })
  reason!: ServiceDeclineReason;
}

export class PlacementRequest {
  @ApiProperty({ example: 'kw-shelter-gov-children' })
  @IsString()
  @MaxLength(64)
  shelterId!: string;

  @ApiPropertyOptional({
    type: DisclosureOverrideDto,
    description: "A supervisor's reason to place without the person's consent to share with shelters",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => DisclosureOverrideDto)
  override?: DisclosureOverrideDto;
}

export class ClosureRequest {
  @ApiProperty({ enum: ClosureReasons })
  @IsIn(ClosureReasons, { message: `reason must be one of: ${ClosureReasons.join(', ')}` })
  reason!: ClosureReason;

  @ApiPropertyOptional({ description: 'Sealed at rest' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ClosureReviewRequest {
  @ApiProperty()
  @IsBoolean()
  approve!: boolean;
}

export class ResidenceStatusRequest {
  @ApiProperty({ enum: ResidenceStatuses })
  @IsIn(ResidenceStatuses, { message: `status must be one of: ${ResidenceStatuses.join(', ')}` })
  status!: ResidenceStatus;

  @ApiProperty({ example: '2026-12-01' })
  @IsCalendarDate({ message: 'validFrom must be a date (YYYY-MM-DD)' })
  validFrom!: string;

  @ApiPropertyOptional({ example: '2027-06-01', description: 'A reminder is raised ahead of it' })
  @IsOptional()
  @IsCalendarDate({ message: 'expiresOn must be a date (YYYY-MM-DD)' })
  expiresOn?: string;

  @ApiPropertyOptional({ description: 'Permit or order number; sealed at rest, never leaves protection' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  reference?: string;
}

export class ReturnPlanRequest {
  @ApiProperty({ example: 'PH', description: 'ISO 3166-1 alpha-2' })
  @Matches(/^[A-Z]{2}$/, { message: 'destinationCountry must be an ISO 3166-1 alpha-2 code' })
  destinationCountry!: string;

  @ApiProperty({ description: 'The person agrees to return (a return is voluntary)' })
  @IsBoolean()
  consentToReturn!: boolean;

  @ApiProperty({ enum: ReturnRiskLevels, description: 'Risk assessment in the country of return' })
  @IsIn(ReturnRiskLevels, { message: `riskLevel must be one of: ${ReturnRiskLevels.join(', ')}` })
  riskLevel!: ReturnRiskLevel;

  @ApiPropertyOptional({ description: 'Sealed at rest' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  riskNote?: string;

  @ApiProperty()
  @IsBoolean()
  travelDocumentsReady!: boolean;

  @ApiProperty({ description: 'The organisation receiving the person; sealed at rest' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  receivingOrganisation!: string;

  @ApiProperty({ example: 'iom-kuwait', description: 'The provider that follows up after return' })
  @IsString()
  @MaxLength(64)
  followUpAgencyId!: string;

  @ApiProperty({ example: '2027-01-15' })
  @IsCalendarDate({ message: 'plannedOn must be a date (YYYY-MM-DD)' })
  plannedOn!: string;
}

export class ReturnCompletionRequest {
  @ApiProperty({ example: '2027-01-15' })
  @IsCalendarDate({ message: 'returnedOn must be a date (YYYY-MM-DD)' })
  returnedOn!: string;
}

export const FollowUpOutcomes = ['reached', 'not_reached', 'renewed', 'not_renewed'] as const;

export class FollowUpOutcomeRequest {
  @ApiProperty({
    enum: FollowUpOutcomes,
    description: 'reached/not_reached after return; renewed/not_renewed for a permit',
  })
  @IsIn(FollowUpOutcomes, { message: `outcome must be one of: ${FollowUpOutcomes.join(', ')}` })
  outcome!: (typeof FollowUpOutcomes)[number];

  @ApiPropertyOptional({ description: 'Sealed at rest' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

/** A supervisor hands the lead of a protection case to another protection agency. */
export class LeadAgencyRequest {
  @ApiProperty({ example: 'ngo-migrant-support', maxLength: 64 })
  @IsString()
  @Matches(/^[a-z0-9-]{2,64}$/, { message: 'agencyId must be an agency id (lowercase letters, digits, -)' })
  agencyId!: string;
}

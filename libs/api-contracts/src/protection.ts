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
import { ClosureReasons, NeedPriorities, NeedTypes, ServiceDeclineReasons } from '@nrm/contracts';
import type { ClosureReason, NeedPriority, NeedType, ServiceDeclineReason } from '@nrm/contracts';

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
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueOn must be a date (YYYY-MM-DD)' })
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

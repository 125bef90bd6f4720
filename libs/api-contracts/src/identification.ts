import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

export class DecisionRequest {
  @ApiProperty({ enum: ['positive', 'negative'] })
  @IsIn(['positive', 'negative'])
  outcome!: 'positive' | 'negative';

  @ApiProperty({
    description: 'Reasons for the decision (kept encrypted in identification)',
    maxLength: 5000,
  })
  @IsString()
  @MinLength(10)
  @MaxLength(5000)
  reasons!: string;

  @ApiPropertyOptional({
    description:
      'Required when the decision departs from the advice of the latest completed indicator assessment (kept encrypted)',
    maxLength: 2000,
  })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(2000)
  departureReason?: string;
}

export class DecisionReviewRequest {
  @ApiProperty({ description: 'true approves the negative final decision; false sends it back' })
  @IsBoolean()
  approve!: boolean;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export const RecoveryExtensionReasons = ['health', 'mental_health', 'intimidation', 'other'] as const;

export class RecoveryExtensionRequest {
  @ApiProperty({ minimum: 1, maximum: 180, example: 30 })
  @IsInt()
  @Min(1)
  @Max(180)
  days!: number;

  @ApiProperty({ enum: RecoveryExtensionReasons })
  @IsIn(RecoveryExtensionReasons)
  reason!: (typeof RecoveryExtensionReasons)[number];

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ReconsiderationRequest {
  @ApiProperty({ description: 'The new information that warrants reconsideration', maxLength: 5000 })
  @IsString()
  @MinLength(10)
  @MaxLength(5000)
  newInformation!: string;
}

export class PalermoElementDto {
  @ApiProperty({ description: 'Whether the element is present' })
  @IsBoolean()
  present!: boolean;

  @ApiProperty({ description: 'The evidence for it (kept encrypted)', maxLength: 2000 })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  evidence!: string;
}

/** Act, means and purpose (Palermo Protocol art. 3); for a child the means are not required. */
export class PalermoTestRequest {
  @ApiProperty({
    type: PalermoElementDto,
    description: 'Recruitment, transport, transfer, harbouring or receipt',
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => PalermoElementDto)
  act!: PalermoElementDto;

  @ApiProperty({
    type: PalermoElementDto,
    description: 'Threat, force, coercion, deception, abuse of vulnerability...',
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => PalermoElementDto)
  means!: PalermoElementDto;

  @ApiProperty({ type: PalermoElementDto, description: 'The purpose of exploitation' })
  @IsDefined()
  @ValidateNested()
  @Type(() => PalermoElementDto)
  purpose!: PalermoElementDto;
}

export const IndicatorAnswerValues = ['present', 'absent', 'unknown'] as const;
export const EvidenceSources = ['interview', 'document', 'third_party'] as const;

export class IndicatorAnswerDto {
  @ApiProperty({
    description: "An indicator id of the assessment's catalogue version",
    example: 'AL-D1-deceived-about-job',
  })
  @IsString()
  @Matches(/^[A-Za-z0-9-]{3,80}$/, { message: 'indicatorId must be an indicator id of the catalogue' })
  indicatorId!: string;

  @ApiProperty({ enum: IndicatorAnswerValues })
  @IsIn(IndicatorAnswerValues)
  answer!: (typeof IndicatorAnswerValues)[number];

  @ApiPropertyOptional({ enum: EvidenceSources, description: 'Where the evidence for the answer came from' })
  @IsOptional()
  @IsIn(EvidenceSources)
  evidenceSource?: (typeof EvidenceSources)[number];

  @ApiPropertyOptional({
    description: 'The evidence (kept encrypted; never leaves identification)',
    maxLength: 2000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

/** Answers to record or change; an indicator not named keeps its answer. */
export class IndicatorAnswersRequest {
  @ApiProperty({ type: [IndicatorAnswerDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(400)
  @ValidateNested({ each: true })
  @Type(() => IndicatorAnswerDto)
  answers!: IndicatorAnswerDto[];
}

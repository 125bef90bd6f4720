import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
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

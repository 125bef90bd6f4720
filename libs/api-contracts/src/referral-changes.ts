import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from './calendar-date';
import {
  AgencyTypes,
  ConsentPurposes,
  ErasureLegalBases,
  ExploitationTypes,
  Languages,
  ReferralChannels,
  Sexes,
} from '@nrm/contracts';
import type {
  AgencyType,
  ConsentPurpose,
  ErasureLegalBasis,
  ExploitationType,
  Language,
  ReferralChannel,
  Sex,
} from '@nrm/contracts';
import { CreateReferralRequest, IdentityDocumentDto, PersonNamesDto } from './referral';

/** The sections of a referral an amendment can replace, as a version names what it changed. */
export const AmendableSections = [
  'encounter',
  'person',
  'exploitationTypes',
  'immediateRisks',
  'meansOfControl',
  'recruitmentMethod',
  'interpreter',
  'account',
  'attachments',
] as const satisfies readonly (keyof CreateReferralRequest)[];
export type AmendableSection = (typeof AmendableSections)[number];

/**
 * A correction to a referral: each section given replaces that section as a whole, with the same
 * rules as a new referral. The reason is required and kept with the version.
 */
export class AmendReferralRequest extends PartialType(PickType(CreateReferralRequest, AmendableSections)) {
  @ApiProperty({ example: 'Date of birth corrected from the passport', maxLength: 1000 })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason!: string;
}

export class WithdrawReferralRequest {
  @ApiProperty({
    example: 'Referred in error: the person is a witness, not a presumed victim',
    maxLength: 1000,
  })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason!: string;
}

/** Consent given or withdrawn for one purpose, as the person expressed it. */
export class ConsentChangeRequest {
  @ApiProperty({ enum: ConsentPurposes })
  @IsIn(ConsentPurposes)
  purpose!: ConsentPurpose;

  @ApiProperty({ description: 'true: consent given; false: refused or withdrawn' })
  @IsBoolean()
  granted!: boolean;

  @ApiPropertyOptional({
    enum: AgencyTypes,
    isArray: true,
    description: 'For data_sharing: with which agency types',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(AgencyTypes.length)
  @IsIn(AgencyTypes, { each: true })
  sharingAgencyTypes?: AgencyType[];

  @ApiProperty({ enum: Languages })
  @IsIn(Languages)
  language!: Language;

  @ApiPropertyOptional({ description: 'Interpreter who explained it, if any' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  interpreter?: string;
}

export class AnonymousNoticeEncounterDto {
  @ApiProperty({ example: '2026-11-28' })
  @IsCalendarDate({ message: 'date must be a date written YYYY-MM-DD' })
  date!: string;

  @ApiPropertyOptional({ example: 'KW-AH', description: 'ISO 3166-2 subdivision' })
  @IsOptional()
  @Matches(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, { message: 'region must be an ISO 3166-2 code such as KW-FA' })
  region?: string;
}

/**
 * Identifiers used only to compute the notice's pseudonymous link (a keyed hash) so a later consented
 * referral of the same person joins it. They are never stored.
 */
export class AnonymousNoticeLinkDto {
  @ApiPropertyOptional({ type: [IdentityDocumentDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => IdentityDocumentDto)
  documents?: IdentityDocumentDto[];

  @ApiPropertyOptional({ type: PersonNamesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonNamesDto)
  names?: PersonNamesDto;

  @ApiPropertyOptional({ example: '1994-02-11' })
  @IsOptional()
  @IsCalendarDate({ message: 'dateOfBirth must be a date written YYYY-MM-DD' })
  dateOfBirth?: string;
}

/** What is kept when an adult declines referral: statistics only. */
export class AnonymousNoticeRequest {
  @ApiProperty({ enum: ReferralChannels })
  @IsIn(ReferralChannels)
  channel!: ReferralChannel;

  @ApiProperty({ type: AnonymousNoticeEncounterDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => AnonymousNoticeEncounterDto)
  encounter!: AnonymousNoticeEncounterDto;

  @ApiProperty({ enum: Sexes })
  @IsIn(Sexes)
  sex!: Sex;

  @ApiProperty({ type: [String], example: ['NP'] })
  @IsArray()
  @ArrayMaxSize(5)
  @IsISO31661Alpha2({ each: true })
  nationalities!: string[];

  @ApiPropertyOptional({ example: 31, description: 'Estimated or known age in years' })
  @IsOptional()
  @IsInt()
  @Min(18, { message: 'estimatedAge below 18 means a child: refer the child instead' })
  @Max(120)
  estimatedAge?: number;

  @ApiProperty({ enum: ExploitationTypes, isArray: true })
  @IsArray()
  @ArrayMaxSize(ExploitationTypes.length)
  @IsIn(ExploitationTypes, { each: true })
  exploitationTypes!: ExploitationType[];

  @ApiPropertyOptional({ type: AnonymousNoticeLinkDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => AnonymousNoticeLinkDto)
  link?: AnonymousNoticeLinkDto;
}

export class DuplicateDecisionRequest {
  @ApiProperty({ enum: ['confirmed', 'rejected'] })
  @IsIn(['confirmed', 'rejected'])
  decision!: 'confirmed' | 'rejected';

  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason!: string;
}

/** The competent authority's decision to erase a case's personal data, with its legal basis. */
export class ErasePersonalDataRequest {
  @ApiProperty({ enum: ErasureLegalBases, example: 'court_order' })
  @IsIn(ErasureLegalBases)
  legalBasis!: ErasureLegalBasis;

  @ApiPropertyOptional({
    description: 'Reference of the decision or order (required for a court order); never personal data',
    example: 'KW-CRT-2026/1187',
    maxLength: 64,
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 /._-]{0,63}$/, {
    message: 'authorityReference must be letters, digits, spaces and / . _ - (at most 64)',
  })
  authorityReference?: string;
}

/** What was erased and when; the case itself, its statuses and statistics remain. */
export class PersonalDataErasureResponse {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: ErasureLegalBases }) legalBasis!: string;
  @ApiProperty() erasedAt!: string;
}

/**
 * A supervisor of the competent authority discloses a person's details to one agency beyond the
 * person's consent, with a reason that is kept (sealed) and audited.
 */
export class DisclosureOverrideRequest {
  @ApiProperty({ example: 'kw-moi-police', maxLength: 64 })
  @IsString()
  @Matches(/^[a-z0-9-]{2,64}$/, { message: 'agencyId must be an agency id (lowercase letters, digits, -)' })
  agencyId!: string;

  @ApiProperty({
    example: 'The trafficker is about to leave the country; the police need her identity to stop him.',
    minLength: 10,
    maxLength: 1000,
  })
  @IsString()
  @MinLength(10)
  @MaxLength(1000)
  reason!: string;
}

export class DisclosureOverrideResponse {
  @ApiProperty({ format: 'uuid' }) overrideId!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() agencyId!: string;
  @ApiProperty() grantedAt!: string;
}

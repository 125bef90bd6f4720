import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from './calendar-date';
import { HearingTypes, ProtectiveMeasures, SuspectRoles, VerdictOutcomes } from '@nrm/contracts';
import type { HearingType, ProtectiveMeasure, SuspectRole, VerdictOutcome } from '@nrm/contracts';

export class OpenInvestigationRequest {
  @ApiProperty({ type: [String], description: 'Referred cases (victims) the investigation concerns' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'each case id must be a UUID' })
  caseIds!: string[];
}

export class InvestigationAgencyRequest {
  @ApiProperty({ example: 'kw-public-prosecution', description: 'An agency that joins the investigation' })
  @IsString()
  @MaxLength(64)
  agencyId!: string;
}

export class LinkCaseRequest {
  @ApiProperty()
  @IsUUID('all', { message: 'caseId must be a UUID' })
  caseId!: string;
}

export class CloseInvestigationRequest {
  @ApiProperty({
    enum: ['referred_to_court', 'insufficient_evidence', 'suspects_not_found', 'merged', 'other'],
  })
  @IsIn(['referred_to_court', 'insufficient_evidence', 'suspects_not_found', 'merged', 'other'])
  reason!: string;
}

export class SuspectIdentityDto {
  @ApiProperty({ description: "A person's full name, or a legal person's registered name" })
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({ description: 'Passport, civil ID or commercial registration number' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  documentNumber?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string;
}

export class SuspectRequest {
  @ApiProperty({ enum: ['person', 'legal_person'] })
  @IsIn(['person', 'legal_person'], { message: 'kind must be person or legal_person' })
  kind!: 'person' | 'legal_person';

  @ApiProperty({ enum: SuspectRoles })
  @IsIn(SuspectRoles, { message: `role must be one of: ${SuspectRoles.join(', ')}` })
  role!: SuspectRole;

  @ApiPropertyOptional({ example: 'KW', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'nationality must be an ISO 3166-1 alpha-2 code' })
  nationality?: string;

  @ApiProperty({
    type: SuspectIdentityDto,
    description: 'Sealed at rest; seen by investigators and prosecutors of the investigation only',
  })
  @ValidateNested()
  @Type(() => SuspectIdentityDto)
  identity!: SuspectIdentityDto;
}

export class ChargeRequest {
  @ApiProperty()
  @IsUUID('all', { message: 'suspectId must be a UUID' })
  suspectId!: string;

  @ApiProperty({ example: 'kw-91-2013', description: "A catalogued law, or 'other' with otherLawReference" })
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'lawCode must be a catalogue code such as kw-91-2013, or other' })
  lawCode!: string;

  @ApiProperty({ example: '2' })
  @Matches(/^[0-9A-Za-z-]{1,10}$/, { message: 'article must be an article number' })
  article!: string;

  @ApiPropertyOptional({ type: [String], example: ['vulnerable_victim'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  aggravatingCircumstances?: string[];

  @ApiPropertyOptional({
    example: 'Penal Code (Law 16/1960), art. 185',
    description: "Required with lawCode 'other'",
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  otherLawReference?: string;
}

export class ChargeAmendmentRequest {
  @ApiProperty({ example: '2' })
  @Matches(/^[0-9A-Za-z-]{1,10}$/, { message: 'article must be an article number' })
  article!: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  aggravatingCircumstances?: string[];

  @ApiProperty({ description: 'Why the charge changed' })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason!: string;
}

export class HearingRequest {
  @ApiProperty({ enum: HearingTypes })
  @IsIn(HearingTypes, { message: `hearingType must be one of: ${HearingTypes.join(', ')}` })
  hearingType!: HearingType;

  @ApiProperty({ example: 'Court of First Instance, Criminal Circuit 3' })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  court!: string;

  @ApiProperty({ example: '2027-01-20' })
  @IsCalendarDate({ message: 'scheduledOn must be a date (YYYY-MM-DD)' })
  scheduledOn!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  closedSession?: boolean;
}

export class PostponementRequest {
  @ApiProperty({ example: '2027-02-10' })
  @IsCalendarDate({ message: 'newDate must be a date (YYYY-MM-DD)' })
  newDate!: string;
}

export class TestimonyRequest {
  @ApiProperty()
  @IsUUID('all', { message: 'caseId must be a UUID' })
  caseId!: string;

  @ApiProperty({
    enum: ProtectiveMeasures,
    isArray: true,
    example: ['interpreter', 'legal_aid', 'video_link'],
  })
  @IsArray()
  @ArrayMaxSize(ProtectiveMeasures.length)
  @IsIn(ProtectiveMeasures, {
    each: true,
    message: `each measure must be one of: ${ProtectiveMeasures.join(', ')}`,
  })
  measures!: ProtectiveMeasure[];
}

export class VerdictRequest {
  @ApiProperty()
  @IsUUID('all', { message: 'chargeId must be a UUID' })
  chargeId!: string;

  @ApiProperty({ enum: VerdictOutcomes })
  @IsIn(VerdictOutcomes, { message: `outcome must be one of: ${VerdictOutcomes.join(', ')}` })
  outcome!: VerdictOutcome;

  @ApiProperty({ enum: HearingTypes })
  @IsIn(HearingTypes, { message: `courtLevel must be one of: ${HearingTypes.join(', ')}` })
  courtLevel!: HearingType;

  @ApiProperty({ example: '2027-03-01' })
  @IsCalendarDate({ message: 'decidedOn must be a date (YYYY-MM-DD)' })
  decidedOn!: string;

  @ApiPropertyOptional({ description: 'Convictions: months of imprisonment' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1200)
  sentenceMonths?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  lifeImprisonment?: boolean;
}

export class AppealRequest {
  @ApiProperty({ enum: ['prosecution', 'defence'] })
  @IsIn(['prosecution', 'defence'], { message: 'filedBy must be prosecution or defence' })
  filedBy!: 'prosecution' | 'defence';

  @ApiProperty({ example: '2027-03-15' })
  @IsCalendarDate({ message: 'filedOn must be a date (YYYY-MM-DD)' })
  filedOn!: string;
}

export class CompensationRequest {
  @ApiProperty()
  @IsUUID('all', { message: 'caseId must be a UUID' })
  caseId!: string;

  @ApiProperty({ example: '5000.000' })
  @Matches(/^\d{1,9}(\.\d{1,3})?$/, { message: 'amount must be a positive amount with up to 3 decimals' })
  amount!: string;

  @ApiProperty({ example: 'KWD' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency!: string;

  @ApiProperty({ example: '2027-03-01' })
  @IsCalendarDate({ message: 'orderedOn must be a date (YYYY-MM-DD)' })
  orderedOn!: string;
}

export class CompensationPaymentRequest {
  @ApiProperty({ example: '2027-05-01' })
  @IsCalendarDate({ message: 'paidOn must be a date (YYYY-MM-DD)' })
  paidOn!: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsISO31661Alpha2,
  IsInt,
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
  ExploitationTypes,
  ImmediateRisks,
  Languages,
  MeansOfControl,
  RecruitmentMethods,
  ReferralChannels,
  Sexes,
} from '@nrm/contracts';
import type {
  AgencyType,
  ExploitationType,
  ImmediateRisk,
  Language,
  MeansOfControlValue,
  RecruitmentMethod,
  ReferralChannel,
  Sex,
} from '@nrm/contracts';

const LANGUAGE_CODE = /^[a-z]{2,3}$/;
const REGION_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
const ARABIC_NAME = /^[\u0600-\u06FF\u0750-\u077F\s'-]+$/;
const LATIN_NAME = /^[A-Za-z\u00C0-\u024F\s'.-]+$/;

export const DocumentTypes = [
  'passport',
  'national_id',
  'civil_id',
  'residence_permit',
  'travel_document',
  'other',
] as const;
export type DocumentType = (typeof DocumentTypes)[number];

export class PersonNamesDto {
  @ApiPropertyOptional({ example: 'أمينة يوسف', description: 'Name in Arabic script' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(ARABIC_NAME, { message: 'arabic must be written in Arabic script' })
  arabic?: string;

  @ApiPropertyOptional({ example: 'Amina Yusuf', description: 'Name in Latin script' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(LATIN_NAME, { message: 'latin must be written in Latin script' })
  latin?: string;
}

export class IdentityDocumentDto {
  @ApiProperty({ enum: DocumentTypes })
  @IsIn(DocumentTypes)
  type!: DocumentType;

  @ApiProperty({ example: 'P1234567' })
  @IsString()
  @Matches(/^[A-Za-z0-9-]{3,30}$/, { message: 'number must be 3 to 30 letters, digits or dashes' })
  number!: string;

  @ApiProperty({ example: 'PH', description: 'ISO 3166-1 alpha-2 code of the issuing country' })
  @IsISO31661Alpha2()
  issuingCountry!: string;
}

export class PersonDto {
  @ApiProperty({ type: PersonNamesDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => PersonNamesDto)
  names!: PersonNamesDto;

  @ApiPropertyOptional({ type: [String], example: ['Mina'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];

  @ApiPropertyOptional({ example: '1998-04-12', description: 'Date of birth, if known' })
  @IsOptional()
  @IsCalendarDate({ message: 'dateOfBirth must be a date written YYYY-MM-DD' })
  dateOfBirth?: string;

  @ApiPropertyOptional({
    example: 27,
    description: 'Estimated age in years when the date of birth is unknown',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  estimatedAge?: number;

  @ApiProperty({ enum: Sexes })
  @IsIn(Sexes)
  sex!: Sex;

  @ApiProperty({ type: [String], example: ['PH'], description: 'ISO 3166-1 alpha-2 codes' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsISO31661Alpha2({ each: true })
  nationalities!: string[];

  @ApiPropertyOptional({ type: [String], example: ['tl', 'en'], description: 'ISO 639 language codes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(LANGUAGE_CODE, { each: true, message: 'each language must be an ISO 639 code' })
  languages?: string[];

  @ApiPropertyOptional({ type: [IdentityDocumentDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => IdentityDocumentDto)
  documents?: IdentityDocumentDto[];

  @ApiPropertyOptional({ example: '+965 5555 0000', description: 'How to reach the person safely' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contact?: string;
}

export class EncounterDto {
  @ApiProperty({ example: '2026-11-28', description: 'Date the person was encountered' })
  @IsCalendarDate({ message: 'date must be a date written YYYY-MM-DD' })
  date!: string;

  @ApiProperty({ example: 'Kuwait International Airport, terminal 1', description: 'Where (kept encrypted)' })
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  place!: string;

  @ApiPropertyOptional({ example: 'KW-FA', description: 'ISO 3166-2 subdivision, kept for statistics' })
  @IsOptional()
  @Matches(REGION_CODE, { message: 'region must be an ISO 3166-2 code such as KW-FA' })
  region?: string;
}

export class InterpreterDto {
  @ApiProperty()
  @IsBoolean()
  needed!: boolean;

  @ApiPropertyOptional({ example: 'tl' })
  @IsOptional()
  @Matches(LANGUAGE_CODE, { message: 'language must be an ISO 639 code' })
  language?: string;
}

export class ReferralConsentDto {
  @ApiProperty({ description: 'The person agrees to be referred and to receive services (adults)' })
  @IsBoolean()
  referral!: boolean;

  @ApiPropertyOptional({
    enum: AgencyTypes,
    isArray: true,
    description: 'Agency types the person agrees their data may be shared with',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(AgencyTypes.length)
  @IsIn(AgencyTypes, { each: true })
  dataSharingAgencyTypes?: AgencyType[];

  @ApiPropertyOptional({ description: 'The person agrees to pseudonymous use in statistics' })
  @IsOptional()
  @IsBoolean()
  statistics?: boolean;

  @ApiProperty({ enum: Languages, description: 'Language in which consent was explained' })
  @IsIn(Languages)
  language!: Language;

  @ApiPropertyOptional({ description: 'Interpreter who explained it, if any' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  interpreter?: string;
}

export const AttachmentKinds = ['photo', 'document_scan', 'audio', 'medical_report', 'other'] as const;

/** Metadata of a file kept by the referring agency; the file itself is not sent. */
export class AttachmentDto {
  @ApiProperty({ enum: AttachmentKinds })
  @IsIn(AttachmentKinds)
  kind!: (typeof AttachmentKinds)[number];

  @ApiProperty({ example: 'image/jpeg' })
  @Matches(/^[a-z]+\/[a-z0-9.+-]+$/, { message: 'mediaType must be a media type such as image/jpeg' })
  mediaType!: string;

  @ApiProperty({ example: 204800 })
  @IsInt()
  @Min(1)
  @Max(100 * 1024 * 1024)
  sizeBytes!: number;

  @ApiProperty({ description: 'SHA-256 of the file, hex' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 lowercase hex digits' })
  sha256!: string;
}

/** A first responder's referral of a presumed victim. */
export class CreateReferralRequest {
  @ApiProperty({ enum: ReferralChannels, example: 'police' })
  @IsIn(ReferralChannels)
  channel!: ReferralChannel;

  @ApiProperty({ type: EncounterDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => EncounterDto)
  encounter!: EncounterDto;

  @ApiProperty({ type: PersonDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => PersonDto)
  person!: PersonDto;

  @ApiProperty({ enum: ExploitationTypes, isArray: true, example: ['domestic_servitude'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ExploitationTypes.length)
  @IsIn(ExploitationTypes, { each: true })
  exploitationTypes!: ExploitationType[];

  @ApiProperty({ enum: ImmediateRisks, isArray: true, example: [] })
  @IsArray()
  @ArrayMaxSize(ImmediateRisks.length)
  @IsIn(ImmediateRisks, { each: true })
  immediateRisks!: ImmediateRisk[];

  @ApiPropertyOptional({
    enum: MeansOfControl,
    isArray: true,
    example: ['withholds_documents', 'debt_bondage'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MeansOfControl.length)
  @IsIn(MeansOfControl, { each: true })
  meansOfControl?: MeansOfControlValue[];

  @ApiPropertyOptional({ enum: RecruitmentMethods, example: 'recruitment_agency' })
  @IsOptional()
  @IsIn(RecruitmentMethods)
  recruitmentMethod?: RecruitmentMethod;

  @ApiPropertyOptional({ type: [AttachmentDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AttachmentDto)
  attachments?: AttachmentDto[];

  @ApiProperty({ type: InterpreterDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => InterpreterDto)
  interpreter!: InterpreterDto;

  @ApiPropertyOptional({
    description: "The referrer's account of what happened (kept encrypted)",
    maxLength: 10000,
  })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  account?: string;

  @ApiProperty({ type: ReferralConsentDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ReferralConsentDto)
  consent!: ReferralConsentDto;
}

export class ReferralAcceptedResponse {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ example: 'KW-2026-7H2K9Q' })
  caseReference!: string;

  @ApiProperty({ example: 'received' })
  status!: string;

  @ApiProperty({ description: 'Handled as a child until an age assessment' })
  handledAsChild!: boolean;

  @ApiProperty({ description: 'A child or an urgent risk: protection opens at once' })
  requiresImmediateProtection!: boolean;
}

/** The referrer's view of one of its referrals. */
export class ReferralStatusResponse {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() caseReference!: string;
  @ApiProperty({ enum: ['received', 'withdrawn'] }) status!: string;
  @ApiProperty({ type: 'integer', description: 'The first is 1; each amendment adds one' }) version!: number;
  @ApiProperty({ example: 'kw-moi-police' }) referringAgencyId!: string;
  @ApiProperty({ enum: ReferralChannels }) channel!: string;
  @ApiProperty({ format: 'date-time' }) referredAt!: string;
  @ApiProperty() handledAsChild!: boolean;
  @ApiProperty() requiresImmediateProtection!: boolean;
  @ApiProperty({ enum: ImmediateRisks, isArray: true }) immediateRisks!: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'boolean' },
    example: { referral_and_services: true, data_sharing: false, statistics: true },
    description: 'Consent in force, by purpose (referral_and_services, data_sharing, statistics)',
  })
  consent!: Record<string, boolean>;
  @ApiProperty({ enum: ['none', 'suspected', 'confirmed'] }) duplicateStatus!: string;
  @ApiProperty({ description: 'The personal data was erased (crypto-shredded); what is shown remains' })
  personalDataErased!: boolean;
}

/** A page of the agency's own referrals, newest first. */
export class ReferralStatusPage {
  @ApiProperty({ type: [ReferralStatusResponse] }) items!: ReferralStatusResponse[];
}

/**
 * A person's details as the reader's role and ties to the case allow (need-to-know): `full` for the
 * referrer and the competent authority, `care` for a shelter or provider the person was referred
 * to, `investigation` for an investigation the case belongs to. `withheld` names the fields held
 * but not shown to this reader.
 */
export class PersonalDataResponse {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: ['full', 'care', 'investigation'] }) view!: string;
  @ApiProperty({
    description:
      'names, aliases, dateOfBirth, estimatedAge, sex, nationalities, languages, interpreter, documents, ' +
      'contact, encounterPlace, account: those the view shows and the referral holds',
  })
  details!: Record<string, unknown>;
  @ApiProperty({ type: [String] }) withheld!: string[];
}

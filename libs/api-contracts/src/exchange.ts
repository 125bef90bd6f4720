import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  Max,
  Min,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ExchangeMessageTypes, ExchangePurposes, ExploitationTypes } from '@nrm/contracts';
import type { ExchangeMessageType, ExchangePurpose, ExploitationType } from '@nrm/contracts';
import { IsCalendarDate } from './calendar-date';
import { StatisticsTables } from './statistics-answers';

/** The body fields an agreement may list for a transfer referral (a field of `person`, or `person` whole). */
export const ExchangeFields = [
  'person',
  'person.names',
  'person.aliases',
  'person.dateOfBirth',
  'person.estimatedAge',
  'person.sex',
  'person.nationalities',
  'person.languages',
  'person.interpreter',
  'person.documents',
  'person.contact',
  'handledAsChild',
  'exploitationTypes',
  'immediateRisks',
  'note',
  'decision',
] as const;

const HTTP_URL = /^https?:\/\/[^\s]+$/;

export class PartnerAgencyDto {
  @ApiProperty({ example: 'bh-nrm-office' })
  @Matches(/^[a-z0-9-]{2,64}$/, { message: 'agencyId must be lowercase letters, digits or -' })
  agencyId!: string;

  @ApiProperty({ example: 'National Referral Mechanism office' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;
}

/** A partner state in the registry: who it is, where its exchange listens, where its keys are. */
export class PartnerRequest {
  @ApiProperty({ example: 'Kingdom of Bahrain' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'https://exchange.nrm.bh.example', description: "The partner's exchange listener" })
  @MaxLength(2000)
  @Matches(HTTP_URL, { message: 'endpoint must be an http or https URL' })
  endpoint!: string;

  @ApiProperty({
    example: 'https://exchange.nrm.bh.example/exchange/v1/keys',
    description: "The partner's public key set (JWKS): its signing and encryption keys",
  })
  @MaxLength(2000)
  @Matches(HTTP_URL, { message: 'keySetUrl must be an http or https URL' })
  keySetUrl!: string;

  @ApiProperty({
    type: [PartnerAgencyDto],
    description: 'The first is the referring agency of its referrals here',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PartnerAgencyDto)
  agencies!: PartnerAgencyDto[];

  @ApiPropertyOptional({
    enum: ['active', 'revoked'],
    description: 'revoked: nothing is sent to it and nothing it sends is accepted',
  })
  @IsOptional()
  @IsIn(['active', 'revoked'])
  status?: 'active' | 'revoked';
}

/** The agreement in force with a partner: what may be exchanged, why, which fields, on which basis, when. */
export class AgreementRequest {
  @ApiProperty({ example: 'KW-BH-TIP-MOU-2025', description: 'What both parties call it' })
  @Matches(/^[A-Za-z0-9._-]{3,80}$/, { message: 'reference must be 3 to 80 letters, digits, ., _ or -' })
  reference!: string;

  @ApiProperty({ enum: ExchangeMessageTypes, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ExchangeMessageTypes.length)
  @IsIn(ExchangeMessageTypes, { each: true })
  messageTypes!: ExchangeMessageType[];

  @ApiProperty({ enum: ExchangePurposes, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ExchangePurposes.length)
  @IsIn(ExchangePurposes, { each: true })
  purposes!: ExchangePurpose[];

  @ApiProperty({ enum: ExchangeFields, isArray: true, description: 'Nothing else leaves or is accepted' })
  @IsArray()
  @ArrayMaxSize(ExchangeFields.length)
  @IsIn(ExchangeFields, { each: true })
  fields!: string[];

  @ApiProperty({ example: 'Memorandum of understanding of 2025, article 4; Law No. 91 of 2013, article 12' })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  legalBasis!: string;

  @ApiProperty({ example: '2025-01-01', format: 'date' })
  @IsCalendarDate()
  validFrom!: string;

  @ApiPropertyOptional({ example: '2028-12-31', format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string;
}

/** A case worker's or supervisor's request to send a message about a case to a partner. */
export class ExchangeRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  caseId!: string;

  @ApiProperty({ example: 'bh' })
  @Matches(/^[a-z]{2}$/, { message: 'partner must be a two-letter country code in lower case' })
  partner!: string;

  @ApiProperty({ enum: ExchangeMessageTypes })
  @IsIn(ExchangeMessageTypes)
  type!: ExchangeMessageType;

  @ApiProperty({ enum: ExchangePurposes })
  @IsIn(ExchangePurposes)
  purpose!: ExchangePurpose;

  @ApiPropertyOptional({ enum: ExploitationTypes, isArray: true, description: 'What the partner is told' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ExploitationTypes.length)
  @IsIn(ExploitationTypes, { each: true })
  exploitationTypes?: ExploitationType[];

  @ApiPropertyOptional({ description: 'A note to the partner, sent only if the agreement lists note' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

/** Publish one of this deployment's suppressed national tables, by one dimension, to its partners. */
export class StatisticsPublicationRequest {
  @ApiProperty({ enum: StatisticsTables, example: 'referrals' })
  @IsIn(StatisticsTables)
  table!: string;

  @ApiProperty({ example: 'nationality', description: 'One dimension of the table' })
  @Matches(/^[a-zA-Z]{1,40}$/, { message: 'by must be one dimension of the table' })
  by!: string;

  @ApiProperty({ type: 'integer', example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO31661Alpha2,
  IsISO8601,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { ExploitationTypes, ImmediateRisks, ReferralChannels, Sexes } from '../vocabulary';
import type { ExploitationType, ImmediateRisk, ReferralChannel, Sex } from '../vocabulary';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';

/**
 * A first responder's referral was received. Carries only the non-identifying facts other services
 * need; the person's identity stays encrypted in intake.
 */
export class ReferralReceivedV1 {
  @IsUUID()
  caseId!: string;

  @Matches(/^[A-Z]{2}-\d{4}-[0-9A-Z]{6}$/)
  caseReference!: string;

  @IsString()
  @MaxLength(64)
  referringAgencyId!: string;

  @IsIn(ReferralChannels)
  referralChannel!: ReferralChannel;

  @IsISO8601({ strict: true })
  referredAt!: string;

  /** Under 18 or of unknown age: handled as a child until an age assessment. */
  @IsBoolean()
  personIsChild!: boolean;

  @IsIn(Sexes)
  sex!: Sex;

  @IsArray()
  @ArrayMaxSize(5)
  @IsISO31661Alpha2({ each: true })
  nationalities!: string[];

  @IsArray()
  @ArrayMaxSize(ExploitationTypes.length)
  @IsIn(ExploitationTypes, { each: true })
  exploitationTypes!: ExploitationType[];

  @IsArray()
  @ArrayMaxSize(ImmediateRisks.length)
  @IsIn(ImmediateRisks, { each: true })
  immediateRisks!: ImmediateRisk[];

  @IsBoolean()
  interpreterNeeded!: boolean;
}

export const ReferralReceived = defineEvent({
  type: 'nrm.intake.referral-received',
  schemaVersion: 1,
  topic: Topics.intakeReferral,
  source: 'intake',
  payload: ReferralReceivedV1,
});

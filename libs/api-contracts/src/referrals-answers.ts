import { ApiProperty } from '@nestjs/swagger';
import { AgencyTypes, ConsentPurposes } from '@nrm/contracts';
import type { AgencyType, ConsentPurpose } from '@nrm/contracts';
import { AmendableSections } from './referral-changes';

/*
 * What intake answers on the referral routes other than the referral itself (referral.ts): the
 * anonymous notice, the duplicate review queue, amendments and their versions, and consent.
 */

/** An anonymous notice was recorded; nothing that identifies the person is kept. */
export class AnonymousNoticeRecordedResponse {
  @ApiProperty({ format: 'uuid' }) noticeId!: string;

  @ApiProperty({
    description: "The notice was reported to the police agency the jurisdiction's policy names",
  })
  reportedToPolice!: boolean;
}

/** Kinds of identifier two referrals matched on. */
export const MatchedIdentifiers = ['document', 'name', 'birth_date', 'birth_year', 'nationality'] as const;

/** Comparisons the duplicate matcher makes between two referrals (Fellegi-Sunter's comparison vector). */
export const MatchComparisons = [
  'document',
  'names',
  'nameTypos',
  'nameVowels',
  'latinVowels',
  'nameRarity',
  'birth',
  'nationality',
  'sex',
] as const;

/** One comparison of the match: its level, and its weight for (positive) or against (negative) a match. */
export class MatchEvidenceResponse {
  @ApiProperty({ enum: MatchComparisons }) comparison!: string;

  @ApiProperty({
    example: 'exact',
    description: "The comparison's level: `same`, `conflict`, `none`, `exact`, `near`, `unknown`...",
  })
  level!: string;

  @ApiProperty({
    example: 6.4,
    description: 'log2(m / u), three decimals; 0 where there was nothing to compare',
  })
  weight!: number;
}

/** Two referrals that may be of one person, for a supervisor to decide: references and scores, never identities. */
export class DuplicateLinkResponse {
  @ApiProperty({ format: 'uuid' }) linkId!: string;
  @ApiProperty({ format: 'uuid', description: 'The later referral' }) caseId!: string;
  @ApiProperty({ example: 'KW-2026-7H2K9Q' }) caseReference!: string;
  @ApiProperty({ example: 'kw-moi-police' }) referringAgencyId!: string;
  @ApiProperty({ format: 'uuid', description: 'The earlier referral it may duplicate' }) otherCaseId!: string;
  @ApiProperty({ example: 'KW-2026-3C8M1D' }) otherCaseReference!: string;
  @ApiProperty({ example: 'kw-moh-health' }) otherReferringAgencyId!: string;

  @ApiProperty({ example: 0.982, description: 'Probability that both referrals are of one person, 0 to 1' })
  score!: number;

  @ApiProperty({ enum: MatchedIdentifiers, isArray: true }) matchedOn!: string[];

  @ApiProperty({
    type: [MatchEvidenceResponse],
    nullable: true,
    description:
      'Each comparison with its level and weight, in the order they add up; null for links found before it was kept',
  })
  explanation!: MatchEvidenceResponse[] | null;

  @ApiProperty({
    type: 'string',
    nullable: true,
    example: 'dup-fs.2026-03',
    description: "The matcher's rule version; null for links found before it was kept",
  })
  ruleVersion!: string | null;

  @ApiProperty({ enum: ['suspected', 'confirmed', 'rejected'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) detectedAt!: string;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) decidedAt!: string | null;
}

/** The duplicate links of one status, oldest first (at most 200). */
export class DuplicateLinkPage {
  @ApiProperty({ type: [DuplicateLinkResponse] }) items!: DuplicateLinkResponse[];
}

/** The referral was corrected: its new version. */
export class ReferralAmendedResponse {
  @ApiProperty({ type: 'integer', example: 2 }) version!: number;
}

/** One correction of a referral: who changed which sections, when; the values and the reason stay sealed. */
export class ReferralVersionResponse {
  @ApiProperty({
    type: 'integer',
    example: 2,
    description: 'The version the correction made (the first is 2)',
  })
  version!: number;

  @ApiProperty({ example: 'kw-moi-police' }) changedByAgencyId!: string;
  @ApiProperty({ format: 'date-time' }) changedAt!: string;
  @ApiProperty({ enum: AmendableSections, isArray: true }) changedSections!: string[];
}

/** The corrections of a referral, oldest first; a referral never corrected has none. */
export class ReferralVersionPage {
  @ApiProperty({ type: [ReferralVersionResponse] }) items!: ReferralVersionResponse[];
}

/** The consent in force for one purpose: its latest record. */
export class ConsentInForceResponse {
  @ApiProperty({ enum: ConsentPurposes }) purpose!: ConsentPurpose;
  @ApiProperty({ description: 'Consent given (true), or refused or withdrawn (false)' }) granted!: boolean;

  @ApiProperty({
    enum: AgencyTypes,
    isArray: true,
    description: 'For data_sharing: the agency types the person agreed to; empty otherwise',
  })
  sharingAgencyTypes!: AgencyType[];

  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ example: 'kw-moi-police' }) recordedByAgencyId!: string;
}

/** The consent in force for each purpose, one item per purpose. */
export class ConsentInForcePage {
  @ApiProperty({ type: [ConsentInForceResponse] }) items!: ConsentInForceResponse[];
}

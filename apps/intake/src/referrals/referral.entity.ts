import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ReferralStatus = 'received' | 'withdrawn';

/** Metadata of a file the referring agency keeps; the file is not held here. */
export interface AttachmentMetadata {
  kind: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

/** A referral as intake keeps it; the *_sealed columns hold encrypted personal data. */
@Entity({ name: 'referral' })
export class ReferralRecord {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'case_reference', type: 'text' })
  caseReference!: string;

  @Column({ type: 'text' })
  status!: ReferralStatus;

  @Column({ name: 'referring_agency_id', type: 'text' })
  referringAgencyId!: string;

  @Column({ name: 'referring_user_id', type: 'text' })
  referringUserId!: string;

  @Column({ type: 'text' })
  channel!: string;

  @Column({ name: 'referred_at', type: 'timestamptz' })
  referredAt!: Date;

  @Column({ name: 'encountered_on', type: 'date' })
  encounteredOn!: string;

  @Column({ name: 'handled_as_child', type: 'boolean' })
  handledAsChild!: boolean;

  @Column({ type: 'text' })
  sex!: string;

  @Column({ type: 'text', array: true })
  nationalities!: string[];

  @Column({ name: 'exploitation_types', type: 'text', array: true })
  exploitationTypes!: string[];

  @Column({ name: 'immediate_risks', type: 'text', array: true })
  immediateRisks!: string[];

  @Column({ name: 'interpreter_needed', type: 'boolean' })
  interpreterNeeded!: boolean;

  @Column({ name: 'interpreter_language', type: 'text', nullable: true })
  interpreterLanguage!: string | null;

  @Column({ name: 'consent_to_referral', type: 'boolean' })
  consentToReferral!: boolean;

  @Column({ name: 'consent_language', type: 'text' })
  consentLanguage!: string;

  @Column({ name: 'person_sealed', type: 'text' })
  personSealed!: string;

  @Column({ name: 'encounter_place_sealed', type: 'text' })
  encounterPlaceSealed!: string;

  @Column({ name: 'account_sealed', type: 'text', nullable: true })
  accountSealed!: string | null;

  @Column({ name: 'consent_interpreter_sealed', type: 'text', nullable: true })
  consentInterpreterSealed!: string | null;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'age_band', type: 'text' })
  ageBand!: string;

  @Column({ name: 'means_of_control', type: 'text', array: true })
  meansOfControl!: string[];

  @Column({ name: 'recruitment_method', type: 'text' })
  recruitmentMethod!: string;

  @Column({ type: 'text', nullable: true })
  region!: string | null;

  @Column({ name: 'requires_immediate_protection', type: 'boolean' })
  requiresImmediateProtection!: boolean;

  @Column({ type: 'jsonb' })
  attachments!: AttachmentMetadata[];

  @Column({ name: 'updated_at', type: 'timestamptz', nullable: true })
  updatedAt!: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'withdrawn_by_user', type: 'text', nullable: true })
  withdrawnByUser!: string | null;

  @Column({ name: 'withdrawal_reason_sealed', type: 'text', nullable: true })
  withdrawalReasonSealed!: string | null;

  /** When the competent authority erased the personal data (its data key destroyed). */
  @Column({ name: 'personal_data_erased_at', type: 'timestamptz', nullable: true })
  personalDataErasedAt!: Date | null;
}

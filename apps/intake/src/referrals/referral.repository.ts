import { Injectable } from '@nestjs/common';
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { dayText, sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

/** Metadata of a file the referring agency keeps; the file is not held here. */
export interface AttachmentMetadata {
  kind: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * A referral as intake keeps it; the *_sealed columns hold encrypted personal data. The encounter
 * date reads as `YYYY-MM-DD`, the attachments as their metadata.
 */
export type ReferralRow = Omit<Selectable<Tables['referral']>, 'encountered_on' | 'attachments'> & {
  encountered_on: string;
  attachments: AttachmentMetadata[];
};

/** A referral as first written (the columns with defaults included). */
export type NewReferral = Omit<Insertable<Tables['referral']>, 'attachments'> & {
  attachments: AttachmentMetadata[];
};

/** Changes to a referral's columns (the attachments as their metadata). */
export type ReferralChanges = Omit<Updateable<Tables['referral']>, 'attachments'> & {
  attachments?: AttachmentMetadata[];
};

/** One version row: who changed which sections, when; the reason and the previous content sealed. */
export type ReferralVersionRow = Insertable<Tables['referral_version']>;

/** The referral's columns read back, the date as text (pg would make it a local midnight). */
const REFERRAL_COLUMNS = [
  'case_id',
  'case_reference',
  'status',
  'referring_agency_id',
  'referring_user_id',
  'channel',
  'referred_at',
  'handled_as_child',
  'sex',
  'nationalities',
  'exploitation_types',
  'immediate_risks',
  'interpreter_needed',
  'interpreter_language',
  'consent_to_referral',
  'consent_language',
  'person_sealed',
  'encounter_place_sealed',
  'account_sealed',
  'consent_interpreter_sealed',
  'version',
  'age_band',
  'means_of_control',
  'recruitment_method',
  'region',
  'requires_immediate_protection',
  'attachments',
  'updated_at',
  'withdrawn_at',
  'withdrawn_by_user',
  'withdrawal_reason_sealed',
  'personal_data_erased_at',
  'erased_by_user',
  'erased_by_agency',
  'erasure_legal_basis',
  'erasure_reference',
] as const satisfies readonly (keyof Tables['referral'])[];

/** Intake's referrals: the one table every command of a case reads or locks first. */
@Injectable()
export class ReferralRepository {
  async insert(manager: EntityManager, referral: NewReferral): Promise<void> {
    await sqlOf<Tables>(manager)
      .insertInto('referral')
      .values({ ...referral, attachments: JSON.stringify(referral.attachments) })
      .execute();
  }

  /** The referral, or undefined when there is none. */
  async find(source: DataSource | EntityManager, caseId: string): Promise<ReferralRow | undefined> {
    return (await this.select(source).where('case_id', '=', caseId).executeTakeFirst()) as
      ReferralRow | undefined;
  }

  /** The referral locked for a change in the manager's transaction, whoever asks. */
  async lock(manager: EntityManager, caseId: string): Promise<ReferralRow | undefined> {
    return (await this.select(manager).where('case_id', '=', caseId).forUpdate().executeTakeFirst()) as
      ReferralRow | undefined;
  }

  /** An agency's own referrals, newest first, before a time when given. */
  async ofAgency(
    manager: EntityManager,
    agencyId: string,
    { limit, before }: { limit: number; before?: Date },
  ): Promise<ReferralRow[]> {
    let query = this.select(manager).where('referring_agency_id', '=', agencyId);
    if (before) query = query.where('referred_at', '<', before);
    return query.orderBy('referred_at', 'desc').limit(limit).execute();
  }

  async update(manager: EntityManager, caseId: string, changes: ReferralChanges): Promise<void> {
    const { attachments, ...columns } = changes;
    await sqlOf<Tables>(manager)
      .updateTable('referral')
      .set({ ...columns, ...(attachments ? { attachments: JSON.stringify(attachments) } : {}) })
      .where('case_id', '=', caseId)
      .execute();
  }

  async appendVersion(manager: EntityManager, version: ReferralVersionRow): Promise<void> {
    await sqlOf<Tables>(manager).insertInto('referral_version').values(version).execute();
  }

  /** Who changed what and when, oldest first; the values and reasons stay sealed. */
  versions(source: DataSource | EntityManager, caseId: string) {
    return sqlOf<Tables>(source)
      .selectFrom('referral_version')
      .select(['version', 'changed_by_agency', 'changed_at', 'changed_sections'])
      .where('case_id', '=', caseId)
      .orderBy('version')
      .execute();
  }

  private select(source: DataSource | EntityManager) {
    return sqlOf<Tables>(source)
      .selectFrom('referral')
      .select(REFERRAL_COLUMNS)
      .select(dayText('encountered_on').as('encountered_on'))
      .$castTo<ReferralRow>();
  }
}

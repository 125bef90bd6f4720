import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ReferralConsentDto } from '@nrm/api-contracts';
import { ConsentPurposes } from '@nrm/contracts';
import type { AgencyType, ConsentPurpose, Language } from '@nrm/contracts';
import type { Actor, OwnerSealer } from '@nrm/security';

export interface ConsentEntry {
  purpose: ConsentPurpose;
  granted: boolean;
  sharingAgencyTypes: AgencyType[];
  language: Language;
  interpreter?: string;
}

/** Appends one consent record; consent history is never rewritten. */
export async function appendConsent(
  manager: EntityManager,
  sealer: OwnerSealer,
  caseId: string,
  entry: ConsentEntry,
  actor: Actor,
  at: Date,
): Promise<void> {
  await appendConsents(manager, sealer, caseId, [entry], actor, at);
}

/** Appends consent records, one statement for all of them. */
async function appendConsents(
  manager: EntityManager,
  sealer: OwnerSealer,
  caseId: string,
  entries: ConsentEntry[],
  actor: Actor,
  at: Date,
): Promise<void> {
  await manager.query(
    `INSERT INTO consent_record (consent_id, case_id, purpose, granted, sharing_agency_types, recorded_by_user,
       recorded_by_agency, recorded_at, language, interpreter_sealed)
     SELECT id, $1, purpose, granted, ARRAY(SELECT jsonb_array_elements_text(sharing)), $2, $3, $4, language, interpreter
       FROM unnest($5::uuid[], $6::text[], $7::boolean[], $8::jsonb[], $9::text[], $10::text[])
         AS e(id, purpose, granted, sharing, language, interpreter)`,
    [
      caseId,
      actor.userId,
      actor.agencyId,
      at,
      entries.map(() => randomUUID()),
      entries.map((e) => e.purpose),
      entries.map((e) => e.granted),
      entries.map((e) => JSON.stringify(e.sharingAgencyTypes)),
      entries.map((e) => e.language),
      entries.map((e) => (e.interpreter ? sealer.seal(e.interpreter) : null)),
    ],
  );
}

/** The consent given with the referral, one record per purpose. */
export async function recordInitialConsent(
  manager: EntityManager,
  sealer: OwnerSealer,
  caseId: string,
  consent: ReferralConsentDto,
  actor: Actor,
  at: Date,
): Promise<void> {
  const sharing = consent.dataSharingAgencyTypes ?? [];
  const entries: ConsentEntry[] = [
    {
      purpose: 'referral_and_services',
      granted: consent.referral,
      sharingAgencyTypes: [],
      language: consent.language,
    },
    {
      purpose: 'data_sharing',
      granted: sharing.length > 0,
      sharingAgencyTypes: sharing,
      language: consent.language,
    },
    {
      purpose: 'statistics',
      granted: consent.statistics ?? false,
      sharingAgencyTypes: [],
      language: consent.language,
    },
  ];
  await appendConsents(
    manager,
    sealer,
    caseId,
    entries.map((entry) => ({ ...entry, interpreter: consent.interpreter })),
    actor,
    at,
  );
}

export interface ConsentState {
  purpose: ConsentPurpose;
  granted: boolean;
  sharingAgencyTypes: AgencyType[];
  recordedAt: string;
  recordedByAgencyId: string;
}

/** The consent in force for each purpose: its latest record. */
export async function currentConsent(manager: EntityManager, caseId: string): Promise<ConsentState[]> {
  return (await currentConsentOf(manager, [caseId])).get(caseId) ?? [];
}

/** The consent in force for each purpose of each case: the latest record per case and purpose. */
export async function currentConsentOf(
  manager: EntityManager,
  caseIds: string[],
): Promise<Map<string, ConsentState[]>> {
  const rows: {
    case_id: string;
    purpose: ConsentPurpose;
    granted: boolean;
    sharing_agency_types: AgencyType[];
    recorded_at: Date;
    recorded_by_agency: string;
  }[] = await manager.query(
    `SELECT DISTINCT ON (case_id, purpose) case_id, purpose, granted, sharing_agency_types, recorded_at, recorded_by_agency
       FROM consent_record WHERE case_id = ANY($1::uuid[]) ORDER BY case_id, purpose, recorded_at DESC, consent_id`,
    [caseIds],
  );
  return new Map(
    caseIds.map((caseId) => [
      caseId,
      ConsentPurposes.map((purpose) => {
        const r = rows.find((x) => x.case_id === caseId && x.purpose === purpose);
        return {
          purpose,
          granted: r?.granted ?? false,
          sharingAgencyTypes: r?.sharing_agency_types ?? [],
          recordedAt: r?.recorded_at.toISOString() ?? '',
          recordedByAgencyId: r?.recorded_by_agency ?? '',
        };
      }),
    ]),
  );
}

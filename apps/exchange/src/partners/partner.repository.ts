import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import type { ExchangeMessageType, ExchangePurpose } from '@nrm/contracts';
import type { AgreementRequest, PartnerAgencyDto, PartnerRequest } from '@nrm/api-contracts';
import { sqlOf } from '@nrm/persistence';
import type { Agreement } from '../agreements/agreement-rules';
import type { DB as Tables } from '../database/tables.generated';

export interface PartnerRecord {
  country: string;
  name: string;
  endpoint: string;
  keySetUrl: string;
  agencies: PartnerAgencyDto[];
  status: 'active' | 'revoked';
  version: number;
  changedAt: Date;
}

type Db = DataSource | EntityManager;

/** The partner registry and its agreements: each change of a partner a version, each agreement a row. */
@Injectable()
export class PartnerRepository {
  async all(db: Db): Promise<PartnerRecord[]> {
    const rows = await sqlOf<Tables>(db).selectFrom('partner').selectAll().orderBy('country').execute();
    return rows.map((r) => ({
      country: r.country,
      name: r.name,
      endpoint: r.endpoint,
      keySetUrl: r.key_set_url,
      agencies: r.agencies as unknown as PartnerAgencyDto[],
      status: r.status as PartnerRecord['status'],
      version: r.version,
      changedAt: r.changed_at,
    }));
  }

  async find(db: Db, country: string): Promise<PartnerRecord | undefined> {
    return (await this.all(db)).find((p) => p.country === country);
  }

  /** Writes the partner as a new version and keeps the version's snapshot. */
  async save(m: EntityManager, country: string, p: PartnerRequest, changedBy: string): Promise<number> {
    const values = {
      name: p.name,
      endpoint: p.endpoint.replace(/\/+$/, ''),
      key_set_url: p.keySetUrl,
      agencies: JSON.stringify(p.agencies),
      status: p.status ?? 'active',
      changed_by: changedBy,
    };
    const { version } = await sqlOf<Tables>(m)
      .insertInto('partner')
      .values({ country, ...values, version: 1 })
      .onConflict((oc) =>
        oc
          .column('country')
          .doUpdateSet({ ...values, version: sql`partner.version + 1`, changed_at: sql`now()` }),
      )
      .returning('version')
      .executeTakeFirstOrThrow();
    await sqlOf<Tables>(m)
      .insertInto('partner_version')
      .values({ country, version, snapshot: JSON.stringify({ ...p, country }), changed_by: changedBy })
      .execute();
    return version;
  }

  /** Records an agreement with a partner; the one before stops being in force. */
  async recordAgreement(
    m: EntityManager,
    partner: string,
    a: AgreementRequest,
    recordedBy: string,
  ): Promise<Agreement> {
    await sqlOf<Tables>(m)
      .updateTable('agreement')
      .set({ superseded_at: sql`now()` })
      .where('partner', '=', partner)
      .where('superseded_at', 'is', null)
      .execute();
    const agreementId = randomUUID();
    await sqlOf<Tables>(m)
      .insertInto('agreement')
      .values({
        agreement_id: agreementId,
        partner,
        reference: a.reference,
        message_types: a.messageTypes,
        purposes: a.purposes,
        fields: a.fields,
        legal_basis: a.legalBasis,
        valid_from: sql`${a.validFrom}::date`,
        valid_until: a.validUntil === undefined ? null : sql`${a.validUntil}::date`,
        recorded_by: recordedBy,
      })
      .execute();
    return (await this.agreementById(m, agreementId)) as Agreement;
  }

  private agreements(db: Db) {
    return sqlOf<Tables>(db)
      .selectFrom('agreement')
      .select([
        'agreement_id',
        'partner',
        'reference',
        'message_types',
        'purposes',
        'fields',
        'legal_basis',
        sql<string>`valid_from::text`.as('valid_from'),
        sql<string | null>`valid_until::text`.as('valid_until'),
      ]);
  }

  private toAgreement(r: {
    agreement_id: string;
    partner: string;
    reference: string;
    message_types: string[];
    purposes: string[];
    fields: string[];
    legal_basis: string;
    valid_from: string;
    valid_until: string | null;
  }): Agreement {
    return {
      agreementId: r.agreement_id,
      partner: r.partner,
      reference: r.reference,
      messageTypes: r.message_types as ExchangeMessageType[],
      purposes: r.purposes as ExchangePurpose[],
      fields: r.fields,
      legalBasis: r.legal_basis,
      validFrom: r.valid_from,
      validUntil: r.valid_until,
    };
  }

  /** The agreement in force with a partner (the last recorded), if any. */
  async agreementWith(db: Db, partner: string): Promise<Agreement | undefined> {
    const row = await this.agreements(db)
      .where('partner', '=', partner)
      .where('superseded_at', 'is', null)
      .executeTakeFirst();
    return row && this.toAgreement(row);
  }

  async agreementById(db: Db, agreementId: string): Promise<Agreement | undefined> {
    const row = await this.agreements(db).where('agreement_id', '=', agreementId).executeTakeFirst();
    return row && this.toAgreement(row);
  }
}

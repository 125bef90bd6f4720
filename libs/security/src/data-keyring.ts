import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { PlatformTables } from '@nrm/persistence';
import { SealedValueError } from './key-provider';
import type { KeyProvider } from './key-provider';

const ALGORITHM = 'aes-256-gcm';
const FORMAT = 'v2';
const CACHE_SIZE = 10_000;

/**
 * The data keys of a service, one per owner of personal data (a case; a suspect in prosecution),
 * each wrapped by a master key. Shredding a key leaves a tombstone row, so no later write can create
 * a new key for the same owner and the erasure stays visible.
 */
export class DataKeysTable1764400000030 implements MigrationInterface {
  name = 'DataKeysTable1764400000030';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE data_key (
        owner_id uuid PRIMARY KEY,
        master_key_id text,
        wrapped_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        rewrapped_at timestamptz,
        shredded_at timestamptz,
        CHECK ((wrapped_key IS NULL) = (shredded_at IS NOT NULL)),
        CHECK ((wrapped_key IS NULL) = (master_key_id IS NULL))
      )`);
    await q.query(`CREATE INDEX data_key_master ON data_key (master_key_id) WHERE wrapped_key IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE data_key`);
  }
}

/** The data keys' schema: what every service that keeps personal data gets. */
export const DataKeyMigrations = [DataKeysTable1764400000030];

/** The personal data of this owner was erased: its key is destroyed and nothing of it can be opened. */
export class PersonalDataErasedError extends Error {
  override readonly name = 'PersonalDataErasedError';
  constructor(readonly ownerId: string) {
    super('the personal data of this case has been erased');
  }
}

/** Seals and opens the personal fields of one owner with its data key (AES-256-GCM). */
export class OwnerSealer {
  constructor(
    private readonly ownerId: string,
    private readonly dataKey: Buffer,
  ) {}

  seal(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, this.dataKey, iv);
    cipher.setAAD(Buffer.from(this.ownerId, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [FORMAT, iv, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  open(sealed: string): string {
    const parts = sealed.split('.');
    if (parts.length !== 4 || parts[0] !== FORMAT) throw new SealedValueError('not a sealed value');
    const [iv, tag, body] = parts.slice(1).map((p) => Buffer.from(p, 'base64url'));
    const decipher = createDecipheriv(ALGORITHM, this.dataKey, iv);
    decipher.setAAD(Buffer.from(this.ownerId, 'utf8'));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch {
      throw new SealedValueError('sealed value failed authentication');
    }
  }

  sealJson(value: unknown): string {
    return this.seal(JSON.stringify(value));
  }

  openJson<T>(sealed: string): T {
    return JSON.parse(this.open(sealed)) as T;
  }
}

/** A data key as stored: wrapped by a master key, or shredded (both null). */
type DataKeyRow = Pick<Selectable<PlatformTables['data_key']>, 'master_key_id' | 'wrapped_key'>;

/**
 * Envelope encryption of personal fields: every owner of personal data (a case, a suspect) has its
 * own random data key, stored in the service's `data_key` table wrapped by the key provider's master
 * key. Destroying that one row's key (crypto-shredding) makes every sealed field of the owner
 * unreadable, in every table and every backup made after the keys are rewrapped. The row is read in
 * the caller's transaction each time, so a shredded key is refused at once on every replica; only
 * unwrapped keys are cached, by their wrapped form.
 */
export class DataKeyring {
  private readonly unwrapped = new Map<string, Buffer>();

  constructor(private readonly provider: KeyProvider) {}

  /** The sealer of an owner, creating its data key on first use; refuses an erased owner. */
  async sealerFor(manager: EntityManager, ownerId: string): Promise<OwnerSealer> {
    const row = (await this.row(manager, ownerId)) ?? (await this.createKey(manager, ownerId));
    return new OwnerSealer(ownerId, await this.open(ownerId, row));
  }

  /**
   * The sealer of an owner the caller has just made (a new case): its key is created first, without
   * looking for one; should one exist after all, it is used (or its erasure honoured) as by sealerFor.
   */
  async sealerForNewOwner(manager: EntityManager, ownerId: string): Promise<OwnerSealer> {
    return new OwnerSealer(ownerId, await this.open(ownerId, await this.createKey(manager, ownerId)));
  }

  private async createKey(manager: EntityManager, ownerId: string): Promise<DataKeyRow> {
    const dataKey = randomBytes(32);
    const wrapped = await this.provider.wrap(dataKey, ownerId);
    const inserted = await sqlOf<PlatformTables>(manager)
      .insertInto('data_key')
      .values({ owner_id: ownerId, master_key_id: wrapped.masterKeyId, wrapped_key: wrapped.wrapped })
      .onConflict((c) => c.column('owner_id').doNothing())
      .returning(['master_key_id', 'wrapped_key'])
      .executeTakeFirst();
    // Another transaction made the key first (or erased it): use that one.
    const row = inserted ?? (await this.row(manager, ownerId));
    if (!row) throw new Error('data key vanished while it was created');
    return row;
  }

  /** The sealer of an owner that has a data key, or undefined when it never had personal data. */
  async existingSealerFor(manager: EntityManager, ownerId: string): Promise<OwnerSealer | undefined> {
    const row = await this.row(manager, ownerId);
    return row ? new OwnerSealer(ownerId, await this.open(ownerId, row)) : undefined;
  }

  /**
   * Destroys the owner's data key, leaving a tombstone; true when this call shredded it, false when
   * it was already shredded. An owner without a key gets a tombstone too.
   */
  async shred(manager: EntityManager, ownerId: string): Promise<boolean> {
    // One statement: a key that a transaction not yet committed is creating is waited for and then
    // destroyed too, where an UPDATE would not see it and a plain INSERT would give way to it.
    const { rows } = await sql<{ shredded_now: boolean }>`
      WITH before AS (SELECT shredded_at FROM data_key WHERE owner_id = ${ownerId})
      INSERT INTO data_key (owner_id, shredded_at) VALUES (${ownerId}, now())
      ON CONFLICT (owner_id) DO UPDATE
        SET master_key_id = NULL, wrapped_key = NULL, shredded_at = coalesce(data_key.shredded_at, now())
      RETURNING (SELECT shredded_at FROM before) IS NULL AS shredded_now`.execute(
      sqlOf<PlatformTables>(manager),
    );
    for (const k of this.unwrapped.keys()) if (k.startsWith(`${ownerId}|`)) this.unwrapped.delete(k);
    return rows[0]?.shredded_now ?? false;
  }

  async isShredded(manager: EntityManager, ownerId: string): Promise<boolean> {
    const row = await sqlOf<PlatformTables>(manager)
      .selectFrom('data_key')
      .select('shredded_at')
      .where('owner_id', '=', ownerId)
      .executeTakeFirst();
    return row !== undefined && row.shredded_at !== null;
  }

  /**
   * Rewraps data keys wrapped by an older master key with the current one, in batches, while the
   * service runs; afterwards the older master key can be removed. Returns how many keys were
   * rewrapped and how many are still wrapped by another master key (keys being used concurrently
   * are skipped and counted there).
   */
  async rewrap(dataSource: DataSource, batchSize = 500): Promise<{ rewrapped: number; remaining: number }> {
    const current = this.provider.currentMasterKeyId;
    let rewrapped = 0;
    for (;;) {
      const done = await dataSource.transaction(async (manager) => {
        const db = sqlOf<PlatformTables>(manager);
        const rows = await db
          .selectFrom('data_key')
          .select(['owner_id', 'master_key_id', 'wrapped_key'])
          .where('wrapped_key', 'is not', null)
          .where('master_key_id', '<>', current)
          .limit(batchSize)
          .forUpdate()
          .skipLocked()
          .execute();
        for (const r of rows) {
          const dataKey = await this.provider.unwrap(
            { masterKeyId: r.master_key_id as string, wrapped: r.wrapped_key as string },
            r.owner_id,
          );
          const again = await this.provider.wrap(dataKey, r.owner_id);
          await db
            .updateTable('data_key')
            .set({
              master_key_id: again.masterKeyId,
              wrapped_key: again.wrapped,
              rewrapped_at: sql<Date>`now()`,
            })
            .where('owner_id', '=', r.owner_id)
            .execute();
        }
        return rows.length;
      });
      rewrapped += done;
      if (done < batchSize) break;
    }
    const { remaining } = await sqlOf<PlatformTables>(dataSource)
      .selectFrom('data_key')
      .select(sql<number>`count(*)::int`.as('remaining'))
      .where('wrapped_key', 'is not', null)
      .where('master_key_id', '<>', current)
      .executeTakeFirstOrThrow();
    return { rewrapped, remaining };
  }

  private async row(manager: EntityManager, ownerId: string): Promise<DataKeyRow | undefined> {
    return sqlOf<PlatformTables>(manager)
      .selectFrom('data_key')
      .select(['master_key_id', 'wrapped_key'])
      .where('owner_id', '=', ownerId)
      .executeTakeFirst();
  }

  private async open(ownerId: string, row: DataKeyRow): Promise<Buffer> {
    if (!row.wrapped_key || !row.master_key_id) throw new PersonalDataErasedError(ownerId);
    const cacheKey = `${ownerId}|${row.master_key_id}|${row.wrapped_key}`;
    const cached = this.unwrapped.get(cacheKey);
    if (cached) return cached;
    const key = await this.provider.unwrap(
      { masterKeyId: row.master_key_id, wrapped: row.wrapped_key },
      ownerId,
    );
    if (this.unwrapped.size >= CACHE_SIZE)
      this.unwrapped.delete(this.unwrapped.keys().next().value as string);
    this.unwrapped.set(cacheKey, key);
    return key;
  }
}

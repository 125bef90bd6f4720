import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createServiceDataSource, migrateServiceDatabase } from '@nrm/persistence';
import { testInfrastructure, uniqueTestName } from '@nrm/testing';
import { DataKeyring, DataKeysTable1764400000030, PersonalDataErasedError } from './data-keyring';
import { LocalKeyProvider, SealedValueError } from './key-provider';

const masterKey = (id: string) =>
  `${id}:${Buffer.alloc(32, id.charCodeAt(id.length - 1)).toString('base64')}`;

describe('per-case data keys against real PostgreSQL', () => {
  const schema = uniqueTestName('keys');
  let dataSource: DataSource;

  beforeAll(async () => {
    const options = {
      url: testInfrastructure().databaseUrl,
      schema,
      applicationName: 'keys-test',
      migrations: [DataKeysTable1764400000030],
      poolSize: 8,
    };
    await migrateServiceDatabase(options);
    dataSource = createServiceDataSource(options);
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await dataSource?.destroy();
  });

  const rawKeys = async (caseId: string) =>
    (await dataSource.query(`SELECT * FROM data_key WHERE owner_id = $1`, [caseId]))[0];

  it('gives each case its own key, made once even when asked for concurrently', async () => {
    const keyring = new DataKeyring(new LocalKeyProvider(masterKey('m1')));
    const [a, b] = [randomUUID(), randomUUID()];
    const sealers = await Promise.all(
      Array.from({ length: 8 }, () => dataSource.transaction((m) => keyring.sealerFor(m, a))),
    );
    const sealed = sealers[0].seal('Amina Yusuf');
    expect(sealed).not.toContain('Amina');
    for (const s of sealers) expect(s.open(sealed)).toBe('Amina Yusuf');
    expect(
      await dataSource.query(`SELECT count(*)::int AS n FROM data_key WHERE owner_id = $1`, [a]),
    ).toEqual([{ n: 1 }]);
    // Another case's key does not open it, nor does a fresh keyring without the master key.
    const other = await keyring.sealerFor(dataSource.manager, b);
    expect(() => other.open(sealed)).toThrow(SealedValueError);
    const stranger = new DataKeyring(new LocalKeyProvider(masterKey('m9')));
    await expect(stranger.sealerFor(dataSource.manager, a)).rejects.toThrow('no master key with id m1');
    expect(JSON.stringify(await rawKeys(a))).not.toContain('Amina');
  });

  it('shreds a case: its sealed values stay unreadable on every replica and no new key can be made', async () => {
    const provider = new LocalKeyProvider(masterKey('m1'));
    const [replica1, replica2] = [new DataKeyring(provider), new DataKeyring(provider)];
    const caseId = randomUUID();
    const sealed = (await replica1.sealerFor(dataSource.manager, caseId)).sealJson({ name: 'Amina Yusuf' });
    expect((await replica2.sealerFor(dataSource.manager, caseId)).openJson(sealed)).toEqual({
      name: 'Amina Yusuf',
    });

    expect(await dataSource.transaction((m) => replica1.shred(m, caseId))).toBe(true);
    expect(await dataSource.transaction((m) => replica1.shred(m, caseId))).toBe(false);
    // replica2 had the key in its cache; the row decides, so it is refused there too.
    await expect(replica2.sealerFor(dataSource.manager, caseId)).rejects.toThrow(PersonalDataErasedError);
    await expect(replica2.existingSealerFor(dataSource.manager, caseId)).rejects.toThrow(
      PersonalDataErasedError,
    );
    expect(await replica2.isShredded(dataSource.manager, caseId)).toBe(true);
    const row = await rawKeys(caseId);
    expect(row).toMatchObject({ wrapped_key: null, master_key_id: null });
    expect(row.shredded_at).toBeInstanceOf(Date);

    // A case that never had personal data gets a tombstone: nothing can be sealed for it afterwards.
    const untouched = randomUUID();
    expect(await replica1.shred(dataSource.manager, untouched)).toBe(true);
    await expect(replica1.sealerFor(dataSource.manager, untouched)).rejects.toThrow(PersonalDataErasedError);
  });

  it('destroys a key that another transaction is creating while the erasure runs', async () => {
    const keyring = new DataKeyring(new LocalKeyProvider(masterKey('m1')));
    const caseId = randomUUID();
    const writer = dataSource.createQueryRunner();
    await writer.connect();
    await writer.startTransaction();
    try {
      await keyring.sealerFor(writer.manager, caseId); // the key row exists, uncommitted
      const erasure = dataSource.transaction((m) => keyring.shred(m, caseId)); // waits for the writer
      await new Promise((r) => setTimeout(r, 200));
      await writer.commitTransaction();
      expect(await erasure).toBe(true);
    } finally {
      await writer.release();
    }
    expect(await rawKeys(caseId)).toMatchObject({ wrapped_key: null, master_key_id: null });
    await expect(keyring.sealerFor(dataSource.manager, caseId)).rejects.toThrow(PersonalDataErasedError);
  });

  it('rewraps every key under a new master key while values stay readable, then the old key can go', async () => {
    await dataSource.query(`DELETE FROM data_key`);
    const before = new DataKeyring(new LocalKeyProvider(masterKey('r1')));
    const cases = Array.from({ length: 25 }, () => randomUUID());
    const sealed = new Map<string, string>();
    for (const caseId of cases)
      sealed.set(caseId, (await before.sealerFor(dataSource.manager, caseId)).seal(`note of ${caseId}`));

    // Step 1: the new master key first, the old one still configured (every replica, rolling).
    const during = new DataKeyring(new LocalKeyProvider(`${masterKey('r2')},${masterKey('r1')}`));
    const fresh = randomUUID();
    await during.sealerFor(dataSource.manager, fresh);
    expect((await rawKeys(fresh)).master_key_id).toBe('r2');
    // Step 2: rewrap, in batches smaller than the work.
    const result = await during.rewrap(dataSource, 10);
    expect(result.remaining).toBe(0);
    expect(result.rewrapped).toBeGreaterThanOrEqual(cases.length);
    // Step 3: the old master key is gone; every value still opens.
    const after = new DataKeyring(new LocalKeyProvider(masterKey('r2')));
    for (const caseId of cases) {
      expect((await rawKeys(caseId)).master_key_id).toBe('r2');
      expect((await after.sealerFor(dataSource.manager, caseId)).open(sealed.get(caseId) as string)).toBe(
        `note of ${caseId}`,
      );
    }
    expect(await after.rewrap(dataSource)).toEqual({ rewrapped: 0, remaining: 0 });
  });
});

import type { DataSource } from 'typeorm';
import { createServiceDataSource, migrateServiceDatabase } from '@nrm/persistence';
import { testInfrastructure, uniqueTestName } from '@nrm/testing';
import type { AuditEntry } from './audit-chain';
import {
  AuditLogTable1764400000010,
  AuditPurpose1764400000011,
  appendAudit,
  verifyAuditLog,
} from './audit-log';

const entry = (i: number): AuditEntry => ({
  at: new Date(Date.UTC(2027, 0, 1, 10, 0, i)).toISOString(),
  actorUserId: `user-${i}`,
  actorAgencyId: 'kw-shelter-gov',
  actorRole: 'protection_case_worker',
  action: i % 3 === 0 ? 'denied' : 'read',
  what: 'GET /internal/protection/cases/:caseId',
  target: { caseId: '5f0f8f0e-3c51-4d4b-9a57-0c6b7f1f2a10' },
  caseId: '5f0f8f0e-3c51-4d4b-9a57-0c6b7f1f2a10',
  outcome: i % 3 === 0 ? 403 : 200,
});

describe('the audit log against real PostgreSQL', () => {
  const sources: { dataSource: DataSource; schema: string }[] = [];

  /** A fresh schema with an audit log of `n` entries appended concurrently. */
  async function logWith(n: number): Promise<DataSource> {
    const options = {
      url: testInfrastructure().databaseUrl,
      schema: uniqueTestName('audit'),
      applicationName: 'audit-test',
      migrations: [AuditLogTable1764400000010, AuditPurpose1764400000011],
      poolSize: 8,
    };
    await migrateServiceDatabase(options);
    const dataSource = createServiceDataSource(options);
    await dataSource.initialize();
    sources.push({ dataSource, schema: options.schema });
    await Promise.all(Array.from({ length: n }, (_, i) => appendAudit(dataSource, entry(i + 1))));
    return dataSource;
  }

  /** What someone with the database owner's rights could do around the trigger. */
  async function tamper(dataSource: DataSource, sql: string): Promise<void> {
    await dataSource.transaction(async (m) => {
      await m.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      await m.query(sql);
      await m.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
    });
  }

  afterAll(async () => {
    for (const { dataSource, schema } of sources) {
      await dataSource.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await dataSource.destroy();
    }
  });

  it('chains concurrent appends without a gap and refuses updates and deletes', async () => {
    const log = await logWith(30);
    expect(await verifyAuditLog(log)).toEqual({ intact: true, entries: 30 });
    await expect(log.query(`UPDATE audit_log SET actor_user = 'x' WHERE seq = 1`)).rejects.toThrow(
      'append-only',
    );
    await expect(log.query(`DELETE FROM audit_log WHERE seq = 1`)).rejects.toThrow('append-only');
  });

  it('keeps one unbroken chain when two replicas append many entries at once', async () => {
    const first = await logWith(0);
    const { schema } = sources[sources.length - 1] as { schema: string };
    const second = createServiceDataSource({
      url: testInfrastructure().databaseUrl,
      schema,
      applicationName: 'audit-test-replica',
      poolSize: 4,
    });
    await second.initialize();
    try {
      // Appends are grouped into few transactions per replica; each caller still gets its own entry.
      const appended = await Promise.all(
        Array.from({ length: 400 }, (_, i) => appendAudit(i % 2 ? second : first, entry(i + 1))),
      );
      expect(new Set(appended.map((e) => e.seq)).size).toBe(400);
      expect(appended.map((e) => e.actorUserId)).toEqual(
        Array.from({ length: 400 }, (_, i) => `user-${i + 1}`),
      );
      expect(await verifyAuditLog(first)).toEqual({ intact: true, entries: 400 });
    } finally {
      await second.destroy();
    }
  });

  it('says where an entry was edited, deleted or moved, even around the trigger', async () => {
    const edited = await logWith(10);
    await tamper(edited, `UPDATE audit_log SET actor_agency = 'kw-moi-police' WHERE seq = 4`);
    expect((await verifyAuditLog(edited)).firstBreak).toEqual({ seq: 4, problem: 'altered' });

    const deleted = await logWith(10);
    await tamper(deleted, `DELETE FROM audit_log WHERE seq = 6`);
    expect((await verifyAuditLog(deleted)).firstBreak).toEqual({
      seq: 7,
      problem: 'missing entries before it',
    });

    const reordered = await logWith(10);
    await tamper(
      reordered,
      `UPDATE audit_log SET seq = CASE seq WHEN 2 THEN -3 WHEN 3 THEN -2 END WHERE seq IN (2, 3);
       UPDATE audit_log SET seq = -seq WHERE seq < 0`,
    );
    expect((await verifyAuditLog(reordered)).firstBreak).toEqual({ seq: 2, problem: 'out of order' });
  });
});

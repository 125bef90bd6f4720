import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { GENESIS_HASH, chainHash, verifyAuditChain } from './audit-chain';
import type { AuditEntry, ChainVerdict, ChainedEntry } from './audit-chain';
import type { Selectable } from 'kysely';
import type { PlatformTables } from '@nrm/persistence';

/**
 * The audit log of a service, in its own schema: append-only (a trigger refuses updates and
 * deletes) and hash-chained, so an edit made around the trigger is still found.
 */
export class AuditLogTable1764400000010 implements MigrationInterface {
  name = 'AuditLogTable1764400000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        seq bigint PRIMARY KEY,
        at timestamptz NOT NULL,
        actor_user text NOT NULL,
        actor_agency text NOT NULL,
        actor_role text NOT NULL,
        action text NOT NULL CHECK (action IN ('read', 'write', 'denied')),
        what text NOT NULL,
        target jsonb NOT NULL,
        case_id uuid,
        outcome int NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL
      )`);
    await q.query(`CREATE INDEX audit_log_case ON audit_log (case_id, seq) WHERE case_id IS NOT NULL`);
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await q.query(
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only()`);
  }
}

/** Why each entry was made: the purpose of the access. */
export class AuditPurpose1764400000011 implements MigrationInterface {
  name = 'AuditPurpose1764400000011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log ADD COLUMN purpose text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log DROP COLUMN purpose`);
  }
}

/** The audit log's schema, in order: what every service with data gets. */
export const AuditMigrations = [AuditLogTable1764400000010, AuditPurpose1764400000011];

/** An audit entry as stored (the generated table type), its action and target as the chain reads them. */
type AuditRow = Omit<Selectable<PlatformTables['audit_log']>, 'action' | 'target'> & {
  action: AuditEntry['action'];
  target: Record<string, string>;
};

function toEntry(r: AuditRow): ChainedEntry {
  return {
    seq: Number(r.seq),
    at: r.at.toISOString(),
    actorUserId: r.actor_user,
    actorAgencyId: r.actor_agency,
    actorRole: r.actor_role,
    action: r.action,
    what: r.what,
    target: r.target,
    caseId: r.case_id,
    outcome: r.outcome,
    ...(r.purpose === null ? {} : { purpose: r.purpose }),
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** At most this many entries are appended in one transaction. */
const MOST_PER_APPEND = 500;

interface Pending {
  entry: AuditEntry;
  resolve: (entry: ChainedEntry) => void;
  reject: (error: unknown) => void;
}

/**
 * Appends entries to a service's chain with group commit: entries that arrive while an append is
 * being committed wait for the next one, and each transaction appends everything waiting, in order.
 * Every caller's promise resolves only once its own entry is committed. Appends from every process
 * are serialised by a transaction lock, so the chain has one order whatever the replicas.
 */
class AuditAppender {
  private waiting: Pending[] = [];
  private appending = false;

  constructor(private readonly dataSource: DataSource) {}

  append(entry: AuditEntry): Promise<ChainedEntry> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ entry, resolve, reject });
      if (!this.appending) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.appending = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, MOST_PER_APPEND);
        try {
          const chained = await this.appendAll(batch.map((p) => p.entry));
          batch.forEach((p, i) => p.resolve(chained[i] as ChainedEntry));
        } catch (error) {
          for (const p of batch) p.reject(error);
        }
      }
    } finally {
      this.appending = false;
    }
  }

  private appendAll(entries: AuditEntry[]): Promise<ChainedEntry[]> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.audit_log'))`);
      const [last]: { seq: string; hash: string }[] = await m.query(
        `SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`,
      );
      let seq = last ? Number(last.seq) : 0;
      let prevHash = last?.hash ?? GENESIS_HASH;
      const chained: ChainedEntry[] = [];
      for (const entry of entries) {
        seq += 1;
        // Stored at millisecond precision, as it is hashed.
        const at = new Date(entry.at).toISOString();
        const hash = chainHash(seq, prevHash, { ...entry, at });
        chained.push({ ...entry, at, seq, prevHash, hash });
        prevHash = hash;
      }
      const columns = 13;
      await m.query(
        `INSERT INTO audit_log (seq, at, actor_user, actor_agency, actor_role, action, what, target, case_id, outcome, purpose, prev_hash, hash)
         VALUES ${chained.map((_, r) => `(${Array.from({ length: columns }, (_, c) => `$${r * columns + c + 1}`).join(', ')})`).join(', ')}`,
        chained.flatMap((e) => [
          e.seq,
          e.at,
          e.actorUserId,
          e.actorAgencyId,
          e.actorRole,
          e.action,
          e.what,
          JSON.stringify(e.target),
          e.caseId,
          e.outcome,
          e.purpose ?? null,
          e.prevHash,
          e.hash,
        ]),
      );
      return chained;
    });
  }
}

const appenders = new WeakMap<DataSource, AuditAppender>();

/** Appends one entry at the end of the chain; resolves once it is committed (see AuditAppender). */
export function appendAudit(dataSource: DataSource, entry: AuditEntry): Promise<ChainedEntry> {
  let appender = appenders.get(dataSource);
  if (!appender) {
    appender = new AuditAppender(dataSource);
    appenders.set(dataSource, appender);
  }
  return appender.append(entry);
}

/** Reads the whole chain and checks it. */
export async function verifyAuditLog(dataSource: DataSource): Promise<ChainVerdict> {
  const rows: AuditRow[] = await dataSource.query(`SELECT * FROM audit_log ORDER BY seq`);
  return verifyAuditChain(rows.map(toEntry));
}

/** Who accessed a case, oldest first (at most the last 1,000 entries). */
export async function caseAccessLog(dataSource: DataSource, caseId: string): Promise<ChainedEntry[]> {
  const rows: AuditRow[] = await dataSource.query(
    `SELECT * FROM (SELECT * FROM audit_log WHERE case_id = $1 ORDER BY seq DESC LIMIT 1000) recent ORDER BY seq`,
    [caseId],
  );
  return rows.map(toEntry);
}

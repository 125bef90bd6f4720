import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { GENESIS_HASH, chainHash, verifyAuditChain } from './audit-chain';
import type { AuditEntry, ChainVerdict, ChainedEntry } from './audit-chain';

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

interface AuditRow {
  seq: string;
  at: Date;
  actor_user: string;
  actor_agency: string;
  actor_role: string;
  action: AuditEntry['action'];
  what: string;
  target: Record<string, string>;
  case_id: string | null;
  outcome: number;
  prev_hash: string;
  hash: string;
}

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
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/** Appends one entry at the end of the chain; appends are serialised by a transaction lock. */
export async function appendAudit(dataSource: DataSource, entry: AuditEntry): Promise<ChainedEntry> {
  return dataSource.transaction(async (m) => {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.audit_log'))`);
    const [last]: { seq: string; hash: string }[] = await m.query(
      `SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`,
    );
    const seq = last ? Number(last.seq) + 1 : 1;
    const prevHash = last?.hash ?? GENESIS_HASH;
    // Stored at millisecond precision, as it is hashed.
    const at = new Date(entry.at).toISOString();
    const hash = chainHash(seq, prevHash, { ...entry, at });
    await m.query(
      `INSERT INTO audit_log (seq, at, actor_user, actor_agency, actor_role, action, what, target, case_id, outcome, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        seq,
        at,
        entry.actorUserId,
        entry.actorAgencyId,
        entry.actorRole,
        entry.action,
        entry.what,
        JSON.stringify(entry.target),
        entry.caseId,
        entry.outcome,
        prevHash,
        hash,
      ],
    );
    return { ...entry, at, seq, prevHash, hash };
  });
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

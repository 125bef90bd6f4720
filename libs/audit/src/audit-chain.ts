import { createHash } from 'node:crypto';

/** Who did what to which case, and how it ended: one line of the audit log. */
export interface AuditEntry {
  at: string;
  actorUserId: string;
  actorAgencyId: string;
  actorRole: string;
  /** read, write or denied. */
  action: 'read' | 'write' | 'denied';
  /** The operation, e.g. `POST /internal/protection/cases/:caseId/placements`. */
  what: string;
  /** The ids the operation named (path parameters), never personal data. */
  target: Record<string, string>;
  caseId: string | null;
  /** The HTTP status it ended with. */
  outcome: number;
  /** Why: the purpose the user stated or their role's (entries made before purposes were recorded have none). */
  purpose?: string;
}

export interface ChainedEntry extends AuditEntry {
  seq: number;
  prevHash: string;
  hash: string;
}

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** An entry's hash covers its position, its content and the hash before it. */
export function chainHash(seq: number, prevHash: string, e: AuditEntry): string {
  const canonical = JSON.stringify([
    seq,
    prevHash,
    e.at,
    e.actorUserId,
    e.actorAgencyId,
    e.actorRole,
    e.action,
    e.what,
    Object.entries(e.target).sort(([a], [b]) => a.localeCompare(b)),
    e.caseId,
    e.outcome,
    // Added later: entries without a purpose keep the hash they were written with.
    ...(e.purpose === undefined ? [] : [e.purpose]),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export interface ChainBreak {
  /** The first entry that does not fit. */
  seq: number;
  problem: 'altered' | 'missing entries before it' | 'out of order';
}

export interface ChainVerdict {
  intact: boolean;
  entries: number;
  firstBreak?: ChainBreak;
}

/**
 * Walks the chain in position order. An edited entry no longer matches its own hash ("altered");
 * a deleted one leaves a gap in the positions or a link to a hash that is not the one before
 * ("missing entries before it"); entries moved to other positions are out of place ("out of order").
 */
export function verifyAuditChain(entries: readonly ChainedEntry[]): ChainVerdict {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const e of entries) {
    if (e.seq < expectedSeq) return broken(entries, e.seq, 'out of order');
    if (chainHash(e.seq, e.prevHash, e) !== e.hash) {
      // Content that hashes correctly at another position was moved there.
      const movedFrom = entries.some(
        (other) => other.seq !== e.seq && chainHash(other.seq, e.prevHash, e) === e.hash,
      );
      return broken(entries, e.seq, movedFrom ? 'out of order' : 'altered');
    }
    if (e.seq !== expectedSeq || e.prevHash !== prevHash) {
      return broken(entries, e.seq, 'missing entries before it');
    }
    prevHash = e.hash;
    expectedSeq += 1;
  }
  return { intact: true, entries: entries.length };
}

function broken(entries: readonly ChainedEntry[], seq: number, problem: ChainBreak['problem']): ChainVerdict {
  return { intact: false, entries: entries.length, firstBreak: { seq, problem } };
}

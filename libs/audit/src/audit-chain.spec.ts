import { createHash } from 'node:crypto';
import { GENESIS_HASH, chainHash, verifyAuditChain } from './audit-chain';
import type { AuditEntry, ChainedEntry } from './audit-chain';

function chain(n: number): ChainedEntry[] {
  const out: ChainedEntry[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq += 1) {
    const e: AuditEntry = {
      at: `2027-01-0${seq}T10:00:00.000Z`,
      actorUserId: `user-${seq}`,
      actorAgencyId: 'kw-shelter-gov',
      actorRole: 'protection_case_worker',
      action: seq % 2 ? 'read' : 'write',
      what: 'GET /internal/protection/cases/:caseId',
      target: { caseId: '5f0f8f0e-3c51-4d4b-9a57-0c6b7f1f2a10' },
      caseId: '5f0f8f0e-3c51-4d4b-9a57-0c6b7f1f2a10',
      outcome: 200,
    };
    const hash = chainHash(seq, prev, e);
    out.push({ ...e, seq, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('the audit hash chain', () => {
  it('keeps the hashes of entries written before purposes were recorded, and covers a purpose once there', () => {
    const [first] = chain(1);
    const { seq, prevHash, hash, ...entry } = first;
    // The hash of an entry without a purpose is what it always was: no purpose field in its input.
    expect(chainHash(seq, prevHash, entry)).toBe(hash);
    expect(hash).toBe(
      createHash('sha256')
        .update(
          JSON.stringify([
            1,
            GENESIS_HASH,
            entry.at,
            entry.actorUserId,
            entry.actorAgencyId,
            entry.actorRole,
            entry.action,
            entry.what,
            Object.entries(entry.target),
            entry.caseId,
            entry.outcome,
          ]),
        )
        .digest('hex'),
    );
    const withPurpose = { ...entry, purpose: 'protection' };
    const purposeHash = chainHash(seq, prevHash, withPurpose);
    expect(purposeHash).not.toBe(hash);
    const log: ChainedEntry[] = [{ ...withPurpose, seq, prevHash, hash: purposeHash }];
    expect(verifyAuditChain(log)).toEqual({ intact: true, entries: 1 });
    expect(verifyAuditChain([{ ...log[0], purpose: 'statistics' }]).firstBreak).toEqual({
      seq: 1,
      problem: 'altered',
    });
  });

  it('holds for an untouched log', () => {
    expect(verifyAuditChain(chain(5))).toEqual({ intact: true, entries: 5 });
    expect(verifyAuditChain([])).toEqual({ intact: true, entries: 0 });
  });

  it('finds an edited entry and says which', () => {
    const log = chain(5);
    log[2] = { ...log[2], actorUserId: 'someone-else' };
    expect(verifyAuditChain(log).firstBreak).toEqual({ seq: 3, problem: 'altered' });
  });

  it('finds a deleted entry, in the middle or at the start', () => {
    const log = chain(5);
    expect(verifyAuditChain([...log.slice(0, 2), ...log.slice(3)]).firstBreak).toEqual({
      seq: 4,
      problem: 'missing entries before it',
    });
    expect(verifyAuditChain(log.slice(1)).firstBreak).toEqual({
      seq: 2,
      problem: 'missing entries before it',
    });
  });

  it('finds entries moved to other positions', () => {
    const log = chain(5);
    // Two entries swap places: each keeps its content and hash but takes the other's position.
    const swapped = [log[0], { ...log[2], seq: 2 }, { ...log[1], seq: 3 }, log[3], log[4]];
    expect(verifyAuditChain(swapped).firstBreak).toEqual({ seq: 2, problem: 'out of order' });
  });
});

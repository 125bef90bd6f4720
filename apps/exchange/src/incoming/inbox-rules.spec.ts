import { envelopeProblem, refusalStatus } from './inbox-rules';
import type { ExchangeEnvelope } from '../wire/wire-format';

const envelope: ExchangeEnvelope = {
  id: '7d0c8e51-4b7a-4f3e-9a55-2f1e0c6b8d21',
  from: 'kw',
  to: 'bh',
  type: 'transfer_referral',
  purpose: 'assistance',
  agreement: 'KW-BH-TIP-MOU-2025',
  iat: 1_800_000_000,
  body: { person: { names: { latin: 'A B' } } },
};

describe("an envelope's shape", () => {
  it('takes a well-formed message', () => {
    expect(envelopeProblem(envelope)).toBeUndefined();
  });
  it('names what is wrong', () => {
    expect(envelopeProblem({ ...envelope, id: 'x' })).toContain('id');
    expect(envelopeProblem({ ...envelope, type: 'gossip' as never })).toContain('type');
    expect(envelopeProblem({ ...envelope, inReplyTo: 'not-an-id' })).toContain('inReplyTo');
    expect(envelopeProblem({ ...envelope, body: {} })).toContain('names');
  });
  it('answers each refusal with its status', () => {
    expect(refusalStatus('replayed')).toBe(409);
    expect(refusalStatus('bad_signature')).toBe(401);
    expect(refusalStatus('beyond_agreement')).toBe(403);
    expect(refusalStatus('outside_time_window')).toBe(400);
  });
});

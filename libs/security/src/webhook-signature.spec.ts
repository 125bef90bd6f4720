import { signWebhook, verifyWebhook } from './webhook-signature';

describe('webhook signatures', () => {
  const now = 1_790_000_000_000;
  const ts = now / 1000;

  it('verifies its own signature', () => {
    const sig = signWebhook('s3cret', ts, '{"a":1}');
    expect(sig).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifyWebhook('s3cret', ts, '{"a":1}', sig, 300, now)).toBe(true);
  });

  it('refuses a changed body, another secret or a stale timestamp', () => {
    const sig = signWebhook('s3cret', ts, '{"a":1}');
    expect(verifyWebhook('s3cret', ts, '{"a":2}', sig, 300, now)).toBe(false);
    expect(verifyWebhook('other', ts, '{"a":1}', sig, 300, now)).toBe(false);
    expect(verifyWebhook('s3cret', ts, '{"a":1}', sig, 300, now + 301_000)).toBe(false);
  });
});

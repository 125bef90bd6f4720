import { createHmac } from 'node:crypto';
import { AnalyticsAudiences } from '@nrm/contracts';
import type { AnalyticsAudience } from '@nrm/contracts';

/**
 * Pseudonyms of one audience: an HMAC of the id under the audience's own key. The same case always
 * gets the same pseudonym within an audience, and unrelated ones across audiences, so two audiences
 * cannot join their records. Record ids are derived the same way, so a replay republishes the same ids.
 */
export class AudiencePseudonyms {
  private constructor(private readonly keys: ReadonlyMap<AnalyticsAudience, Buffer>) {}

  /** Reads `audience:base64,...`; every audience needs a key of 32 bytes and no two may share one. */
  static fromSetting(setting: string): AudiencePseudonyms {
    const keys = new Map<AnalyticsAudience, Buffer>();
    for (const entry of setting.split(',')) {
      const [audience, encoded] = entry.split(':') as [string, string];
      if (!(AnalyticsAudiences as readonly string[]).includes(audience)) {
        throw new Error(`ANALYTICS_PSEUDONYM_KEYS names an unknown audience ${audience}`);
      }
      const key = Buffer.from(encoded, 'base64');
      if (key.length !== 32) throw new Error(`the pseudonym key of ${audience} must be 32 bytes`);
      keys.set(audience as AnalyticsAudience, key);
    }
    const missing = AnalyticsAudiences.filter((a) => !keys.has(a));
    if (missing.length > 0) throw new Error(`ANALYTICS_PSEUDONYM_KEYS lacks ${missing.join(', ')}`);
    const distinct = new Set([...keys.values()].map((k) => k.toString('hex')));
    if (distinct.size !== keys.size) throw new Error('each analytics audience needs its own pseudonym key');
    return new AudiencePseudonyms(keys);
  }

  private mac(audience: AnalyticsAudience, input: string): Buffer {
    return createHmac('sha256', this.keys.get(audience) as Buffer)
      .update(input)
      .digest();
  }

  /** 26 base32 characters, e.g. `p-7kq2…`: never mistaken for a case id or a UUID. */
  pseudonym(audience: AnalyticsAudience, kind: 'case' | 'investigation', id: string): string {
    const prefix = kind === 'case' ? 'p' : 'i';
    return `${prefix}-${base32(this.mac(audience, `${kind}:${id}`).subarray(0, 16))}`;
  }

  /** A UUID (v8 layout) for the n-th record derived from a source event, stable across replays. */
  recordId(audience: AnalyticsAudience, sourceEventId: string, index: number): string {
    const bytes = this.mac(audience, `record:${sourceEventId}:${index}`).subarray(0, 16);
    bytes[6] = ((bytes[6] as number) & 0x0f) | 0x80;
    bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

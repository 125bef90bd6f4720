import { createHmac } from 'node:crypto';

/**
 * The key intake alone holds for pseudonymous links and duplicate fingerprints: HMAC-SHA256, so the
 * stored hashes cannot be reversed or recomputed without it.
 */
export class PseudonymKey {
  private readonly key: Buffer;

  constructor(base64Key: string) {
    this.key = Buffer.from(base64Key, 'base64');
    if (this.key.length !== 32) throw new RangeError('the pseudonym key must be 32 bytes');
  }

  readonly hash = (value: string): string =>
    createHmac('sha256', this.key).update(value, 'utf8').digest('hex');
}

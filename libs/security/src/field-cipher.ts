import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT = 'v1';

/**
 * Encrypts personal fields at rest with AES-256-GCM. The sealed form names the key that sealed it
 * (`v1.<keyId>.<iv>.<tag>.<ciphertext>`, base64url) so keys can rotate; `aad` binds a value to its
 * row (e.g. the case id), so a sealed value copied to another row does not open.
 */
export class FieldCipher {
  private readonly keys: Map<string, Buffer>;

  constructor(
    private readonly currentKeyId: string,
    keys: Record<string, Buffer>,
  ) {
    this.keys = new Map(Object.entries(keys));
    for (const [id, key] of this.keys) {
      if (key.length !== 32) throw new RangeError(`key ${id} must be 32 bytes for AES-256`);
      if (!/^[a-z0-9-]{1,32}$/.test(id))
        throw new RangeError(`key id ${id} must be lowercase letters, digits or -`);
    }
    if (!this.keys.has(currentKeyId)) throw new RangeError(`no key with id ${currentKeyId}`);
  }

  /** Builds a cipher from a `keyId:base64key[,keyId:base64key...]` setting; the first key seals. */
  static fromSetting(setting: string): FieldCipher {
    const entries = setting
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((entry) => {
        const i = entry.indexOf(':');
        if (i <= 0) throw new RangeError('each key must be written keyId:base64key');
        return [entry.slice(0, i), Buffer.from(entry.slice(i + 1), 'base64')] as const;
      });
    if (entries.length === 0) throw new RangeError('at least one key is required');
    return new FieldCipher(entries[0][0], Object.fromEntries(entries));
  }

  seal(plaintext: string, aad: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key(this.currentKeyId), iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [
      FORMAT,
      this.currentKeyId,
      iv.toString('base64url'),
      tag.toString('base64url'),
      body.toString('base64url'),
    ].join('.');
  }

  open(sealed: string, aad: string): string {
    const parts = sealed.split('.');
    if (parts.length !== 5 || parts[0] !== FORMAT) throw new SealedValueError('not a sealed value');
    const [, keyId, iv, tag, body] = parts;
    const decipher = createDecipheriv(ALGORITHM, this.key(keyId), Buffer.from(iv, 'base64url'), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    try {
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      throw new SealedValueError('sealed value failed authentication');
    }
  }

  sealJson(value: unknown, aad: string): string {
    return this.seal(JSON.stringify(value), aad);
  }

  openJson<T>(sealed: string, aad: string): T {
    return JSON.parse(this.open(sealed, aad)) as T;
  }

  private key(id: string): Buffer {
    const key = this.keys.get(id);
    if (!key) throw new SealedValueError(`no key with id ${id}`);
    return key;
  }
}

export class SealedValueError extends Error {
  override readonly name = 'SealedValueError';
}

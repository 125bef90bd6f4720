import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** A data key sealed by a master key; only the key provider can open it. */
export interface WrappedKey {
  masterKeyId: string;
  wrapped: string;
}

/**
 * Holds the master keys that wrap the platform's data keys. The local provider reads them from
 * configuration; a KMS or HSM implements the same two calls, and the master keys never leave it.
 * `context` binds a wrapped key to what it protects (a case id), so a wrapped key copied to another
 * case does not open.
 */
export interface KeyProvider {
  /** The master key new data keys are wrapped with. */
  readonly currentMasterKeyId: string;
  wrap(dataKey: Buffer, context: string): Promise<WrappedKey>;
  unwrap(key: WrappedKey, context: string): Promise<Buffer>;
}

const ALGORITHM = 'aes-256-gcm';
const KEY_ID = /^[a-z0-9-]{1,32}$/;

/** Master keys from configuration: `keyId:base64(32 bytes)[,older...]`; the first one wraps. */
export class LocalKeyProvider implements KeyProvider {
  readonly currentMasterKeyId: string;
  private readonly keys: Map<string, Buffer>;

  constructor(setting: string) {
    const entries = setting
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((entry) => {
        const i = entry.indexOf(':');
        if (i <= 0) throw new RangeError('each master key must be written keyId:base64key');
        const id = entry.slice(0, i);
        const key = Buffer.from(entry.slice(i + 1), 'base64');
        if (!KEY_ID.test(id))
          throw new RangeError(`master key id ${id} must be lowercase letters, digits or -`);
        if (key.length !== 32) throw new RangeError(`master key ${id} must be 32 bytes for AES-256`);
        return [id, key] as const;
      });
    if (entries.length === 0) throw new RangeError('at least one master key is required');
    this.currentMasterKeyId = entries[0][0];
    this.keys = new Map(entries);
  }

  async wrap(dataKey: Buffer, context: string): Promise<WrappedKey> {
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, this.key(this.currentMasterKeyId), iv);
    cipher.setAAD(Buffer.from(`data-key:${context}`, 'utf8'));
    const body = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return {
      masterKeyId: this.currentMasterKeyId,
      wrapped: [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.'),
    };
  }

  async unwrap({ masterKeyId, wrapped }: WrappedKey, context: string): Promise<Buffer> {
    const [iv, tag, body] = wrapped.split('.').map((p) => Buffer.from(p, 'base64url'));
    if (!iv || !tag || !body) throw new SealedValueError('not a wrapped key');
    const decipher = createDecipheriv(ALGORITHM, this.key(masterKeyId), iv);
    decipher.setAAD(Buffer.from(`data-key:${context}`, 'utf8'));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(body), decipher.final()]);
    } catch {
      throw new SealedValueError('wrapped key failed authentication');
    }
  }

  private key(id: string): Buffer {
    const key = this.keys.get(id);
    if (!key) throw new SealedValueError(`no master key with id ${id}`);
    return key;
  }
}

/** A sealed value or wrapped key that cannot be opened: tampered, moved, or its key is unknown. */
export class SealedValueError extends Error {
  override readonly name = 'SealedValueError';
}

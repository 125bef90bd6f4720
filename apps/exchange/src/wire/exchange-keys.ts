import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { exportJWK } from 'jose';
import type { JWK } from 'jose';

/** One of a deployment's own keys: its label (the `kid` partners see) and the private key. */
export interface OwnKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** A deployment's keys for one use; the first is current, the others are still honoured (rotation). */
export interface OwnKeyring {
  current: OwnKey;
  all: readonly OwnKey[];
}

const LABEL = /^[a-z0-9-]{1,32}$/;

/**
 * Reads `label:base64(PKCS#8 DER of a P-256 private key)[,older...]`. The `kid` a partner sees is
 * `<country>-<use>-<label>`, so two deployments' keys never share one.
 */
export function parseOwnKeyring(setting: string, kidPrefix: string): OwnKeyring {
  const all = setting
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const i = entry.indexOf(':');
      const label = entry.slice(0, i);
      if (i <= 0 || !LABEL.test(label)) throw new RangeError('each key must be written label:base64');
      const privateKey = createPrivateKey({
        key: Buffer.from(entry.slice(i + 1), 'base64'),
        format: 'der',
        type: 'pkcs8',
      });
      const details = privateKey.asymmetricKeyDetails;
      if (privateKey.asymmetricKeyType !== 'ec' || details?.namedCurve !== 'prime256v1')
        throw new RangeError(`key ${label} must be a P-256 elliptic-curve key`);
      return { kid: `${kidPrefix}-${label}`, privateKey, publicKey: createPublicKey(privateKey) };
    });
  if (all.length === 0) throw new RangeError('at least one key is required');
  if (new Set(all.map((k) => k.kid)).size !== all.length) throw new RangeError('key labels must differ');
  return { current: all[0] as OwnKey, all };
}

/** The public key set partners fetch: every signing and encryption key still honoured, current first. */
export async function publicKeySet(signing: OwnKeyring, encryption: OwnKeyring): Promise<{ keys: JWK[] }> {
  const jwk = async (key: OwnKey, use: 'sig' | 'enc'): Promise<JWK> => ({
    ...(await exportJWK(key.publicKey)),
    kid: key.kid,
    use,
    alg: use === 'sig' ? 'ES256' : 'ECDH-ES+A256KW',
  });
  return {
    keys: [
      ...(await Promise.all(signing.all.map((k) => jwk(k, 'sig')))),
      ...(await Promise.all(encryption.all.map((k) => jwk(k, 'enc')))),
    ],
  };
}

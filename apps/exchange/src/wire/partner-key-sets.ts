import { Inject, Injectable } from '@nestjs/common';
import { createLocalJWKSet, errors, importJWK } from 'jose';
import type { JSONWebKeySet, KeyLike } from 'jose';
import { SERVICE_CONFIG } from '@nrm/service-kit';
import type { ExchangeConfig } from '../exchange.config';
import type { PartnerKeys } from './wire-format';

/** A partner's key set could not be read: nothing can be checked or sent now; try again later. */
export class KeySetUnavailableError extends Error {
  override readonly name = 'KeySetUnavailableError';
}

interface CachedSet {
  url: string;
  set: JSONWebKeySet;
  /** Its signing keys, imported once for every message and receipt they verify. */
  signing: PartnerKeys;
  fetchedAt: number;
}

/** How long a partner's key set is used before it is read again. */
const MAX_AGE_MS = 10 * 60_000;

/**
 * The partners' public key sets, read from their key set URLs and kept a while. A message or receipt
 * signed with a key not in the set read makes us read it again (at most once per cool-down), so a
 * partner's new key is honoured as soon as it publishes it: rotation without downtime. A partner's
 * removed key stops being honoured when the set is next read.
 */
@Injectable()
export class PartnerKeySets {
  private readonly cache = new Map<string, CachedSet>();

  constructor(@Inject(SERVICE_CONFIG) private readonly config: ExchangeConfig) {}

  forget(country: string): void {
    this.cache.delete(country);
  }

  private async load(partner: { country: string; keySetUrl: string }, fresh: boolean): Promise<CachedSet> {
    const cached = this.cache.get(partner.country);
    const now = Date.now();
    if (cached && cached.url === partner.keySetUrl) {
      const age = now - cached.fetchedAt;
      if (age < MAX_AGE_MS && (!fresh || age < this.config.EXCHANGE_KEY_SET_COOLDOWN_MS)) return cached;
    }
    let set: JSONWebKeySet;
    try {
      const response = await fetch(partner.keySetUrl, { signal: AbortSignal.timeout(5000) });
      if (!response.ok) throw new Error(`answered ${response.status}`);
      set = (await response.json()) as JSONWebKeySet;
      if (!Array.isArray(set.keys)) throw new Error('not a key set');
    } catch (error) {
      if (cached && !fresh) return cached;
      throw new KeySetUnavailableError(
        `the key set of ${partner.country} could not be read: ${(error as Error).message}`,
      );
    }
    const loaded = {
      url: partner.keySetUrl,
      set,
      signing: createLocalJWKSet({ keys: set.keys.filter((k) => k.use !== 'enc') }),
      fetchedAt: now,
    };
    this.cache.set(partner.country, loaded);
    return loaded;
  }

  /** Finds a partner's signing key by the token's `kid`, reading its set again once if it is not there. */
  verifierFor(partner: { country: string; keySetUrl: string }): PartnerKeys {
    return async (header, token) => {
      try {
        return await (await this.load(partner, false)).signing(header, token);
      } catch (error) {
        if (!(error instanceof errors.JWKSNoMatchingKey)) throw error;
        return (await this.load(partner, true)).signing(header, token);
      }
    };
  }

  /** The partner's current encryption key: the first `enc` key of its set. */
  async encryptionKey(partner: {
    country: string;
    keySetUrl: string;
  }): Promise<{ kid: string; key: KeyLike }> {
    const { set } = await this.load(partner, false);
    const jwk = set.keys.find((k) => k.use === 'enc' && k.kty === 'EC' && typeof k.kid === 'string');
    if (!jwk) throw new KeySetUnavailableError(`the key set of ${partner.country} has no encryption key`);
    return { kid: jwk.kid as string, key: (await importJWK(jwk, 'ECDH-ES+A256KW')) as KeyLike };
  }
}

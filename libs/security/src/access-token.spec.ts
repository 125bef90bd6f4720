import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, importPKCS8 } from 'jose';
import {
  AccessTokenError,
  AccessTokenVerifier,
  KeySetUnavailableError,
  mintAccessToken,
} from './access-token';

const pair = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    priv: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    pub: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
};

/** Everything jest can fake except Date: tests below move the clock, never the timers. */
const nonClockTimers: FakeTimersConfig['doNotFake'] = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
];

describe('access tokens', () => {
  const keys = pair();
  const settings = { issuer: 'nrm-test', audience: 'nrm-gateway', clockToleranceSeconds: 5 };
  const actor = { userId: 'u1', agencyId: 'kw-moi-police', role: 'first_responder' as const };

  it('verifies a token it minted and reads the actor', async () => {
    const verifier = await AccessTokenVerifier.fromPublicKeyPem(keys.pub, settings);
    expect(await verifier.verify(await mintAccessToken(keys.priv, actor, settings))).toEqual(actor);
  });

  it('answers a token it verified from memory, and not once the token has expired', async () => {
    const verifier = await AccessTokenVerifier.fromPublicKeyPem(keys.pub, {
      ...settings,
      clockToleranceSeconds: 0,
    });
    // Only the clock is faked (the verifier's memory and jose both read it), so the test cannot
    // straddle a second boundary and needs no real wait.
    jest.useFakeTimers({ now: new Date('2026-01-01T00:00:00.000Z'), doNotFake: nonClockTimers });
    try {
      const token = await mintAccessToken(keys.priv, actor, settings, '60s');
      expect(await verifier.verify(token)).toEqual(actor);
      jest.setSystemTime(new Date('2026-01-01T00:00:59.000Z'));
      expect(await verifier.verify(token)).toEqual(actor);
      jest.setSystemTime(new Date('2026-01-01T00:01:00.001Z'));
      await expect(verifier.verify(token)).rejects.toThrow(/expired/);
    } finally {
      jest.useRealTimers();
    }
  });

  it('refuses another key, issuer, audience, an expired token and alg none', async () => {
    const verifier = await AccessTokenVerifier.fromPublicKeyPem(keys.pub, settings);
    const other = pair();
    await expect(verifier.verify(await mintAccessToken(other.priv, actor, settings))).rejects.toThrow(
      AccessTokenError,
    );
    await expect(
      verifier.verify(await mintAccessToken(keys.priv, actor, { ...settings, issuer: 'x' })),
    ).rejects.toThrow(AccessTokenError);
    await expect(
      verifier.verify(await mintAccessToken(keys.priv, actor, { ...settings, audience: 'x' })),
    ).rejects.toThrow(AccessTokenError);
    await expect(verifier.verify(await mintAccessToken(keys.priv, actor, settings, '-1m'))).rejects.toThrow(
      'expired',
    );
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"u1"}').toString('base64url')}.`;
    await expect(verifier.verify(none)).rejects.toThrow(AccessTokenError);
  });

  it('refuses a symmetric token signed with the public key (algorithm confusion)', async () => {
    const verifier = await AccessTokenVerifier.fromPublicKeyPem(keys.pub, settings);
    const forged = await new SignJWT({ agency: 'x', role: 'administrator' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('attacker')
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(keys.pub));
    await expect(verifier.verify(forged)).rejects.toThrow(AccessTokenError);
  });

  it('refuses an unknown role', async () => {
    const verifier = await AccessTokenVerifier.fromPublicKeyPem(keys.pub, settings);
    const token = await mintAccessToken(keys.priv, { ...actor, role: 'emperor' as never }, settings);
    await expect(verifier.verify(token)).rejects.toThrow('unknown role');
  });

  it('refuses a token whose signature or claims were tampered with, and one not yet valid', async () => {
    const verifier = await AccessTokenVerifier.fromPublicKeyPem(keys.pub, settings);
    const token = await mintAccessToken(keys.priv, actor, settings);
    const [header, , signature] = token.split('.');
    const escalated = Buffer.from(
      JSON.stringify({
        sub: 'u1',
        agency: 'kw-moi-police',
        role: 'administrator',
        iss: settings.issuer,
        aud: settings.audience,
        exp: 9999999999,
      }),
    ).toString('base64url');
    await expect(verifier.verify(`${header}.${escalated}.${signature}`)).rejects.toThrow(AccessTokenError);
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(verifier.verify(`${token.split('.').slice(0, 2).join('.')}.${flipped}`)).rejects.toThrow(
      AccessTokenError,
    );
    const early = await new SignJWT({ agency: actor.agencyId, role: actor.role })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject(actor.userId)
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setNotBefore('10m') // beyond the 5 s of allowed skew
      .setExpirationTime('1h')
      .sign(await importPKCS8(keys.priv, 'ES256'));
    await expect(verifier.verify(early)).rejects.toThrow(AccessTokenError);
  });

  it("takes keys from an identity provider's JWKS URL and follows a key rotation without a restart", async () => {
    const first = pair();
    const second = pair();
    const jwk = async (pem: string, kid: string) => ({
      ...(await exportJWK((await import('node:crypto')).createPublicKey(pem))),
      kid,
      alg: 'ES256',
      use: 'sig',
    });
    let published = { keys: [await jwk(first.pub, 'k1')] };
    const server = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(published)),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
    const sign = async (priv: string, kid: string) =>
      new SignJWT({ agency: actor.agencyId, role: actor.role })
        .setProtectedHeader({ alg: 'ES256', kid })
        .setSubject(actor.userId)
        .setIssuer(settings.issuer)
        .setAudience(settings.audience)
        .setExpirationTime('1h')
        .sign(await importPKCS8(priv, 'ES256'));
    try {
      const verifier = AccessTokenVerifier.fromJwksUrl(url, settings, {
        algorithms: ['ES256'],
        cooldownMs: 0,
      });
      expect(await verifier.verify(await sign(first.priv, 'k1'))).toEqual(actor);
      await expect(verifier.verify(await sign(second.priv, 'k2'))).rejects.toThrow(AccessTokenError);
      published = { keys: [await jwk(first.pub, 'k1'), await jwk(second.pub, 'k2')] };
      expect(await verifier.verify(await sign(second.priv, 'k2'))).toEqual(actor);
      expect(() =>
        AccessTokenVerifier.fromJwksUrl(url, settings, { algorithms: ['HS256' as never] }),
      ).toThrow('asymmetric algorithms only');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const unreachable = AccessTokenVerifier.fromJwksUrl(url, settings, {
      algorithms: ['ES256'],
      timeoutMs: 500,
    });
    await expect(unreachable.verify(await sign(first.priv, 'k1'))).rejects.toThrow(KeySetUnavailableError);
  });
});

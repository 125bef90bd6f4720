import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { AccessTokenError, AccessTokenVerifier, mintAccessToken } from './access-token';

const pair = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    priv: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    pub: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
};

describe('access tokens', () => {
  const keys = pair();
  const settings = { issuer: 'nrm-test', audience: 'nrm-gateway', clockToleranceSeconds: 5 };
  const actor = { userId: 'u1', agencyId: 'kw-moi-police', role: 'first_responder' as const };

  it('verifies a token it minted and reads the actor', async () => {
    const verifier = await AccessTokenVerifier.fromPublicKeyPem(keys.pub, settings);
    expect(await verifier.verify(await mintAccessToken(keys.priv, actor, settings))).toEqual(actor);
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
});

import { generateKeyPairSync } from 'node:crypto';
import { createLocalJWKSet } from 'jose';
import { parseOwnKeyring, publicKeySet } from './exchange-keys';
import { RECEIPT_TYPE, contentDigest, openMessage, sealMessage, signJson, verifySigned } from './wire-format';
import type { ExchangeEnvelope } from './wire-format';

const keyValue = (label: string) =>
  `${label}:${generateKeyPairSync('ec', { namedCurve: 'P-256' })
    .privateKey.export({ type: 'pkcs8', format: 'der' })
    .toString('base64')}`;
const kwSigning = parseOwnKeyring(keyValue('sig1'), 'kw-sig');
const kwEncryption = parseOwnKeyring(keyValue('enc1'), 'kw-enc');
const bhSigning = parseOwnKeyring(keyValue('sig1'), 'bh-sig');
const bhEncryption = parseOwnKeyring(`${keyValue('enc2')},${keyValue('enc1')}`, 'bh-enc');

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

describe('the wire format', () => {
  const kwKeys = async () => createLocalJWKSet(await publicKeySet(kwSigning, kwEncryption));
  const to = (key = bhEncryption.all[1]!) => ({ kid: key.kid, key: key.publicKey });

  it('opens with any of our honoured keys what the sender signed, and says who signed it', async () => {
    const keys = await kwKeys();
    const { jwe } = await sealMessage(envelope, kwSigning.current, to());
    const opened = await openMessage(jwe, bhEncryption, (country) => (country === 'kw' ? keys : undefined));
    expect(opened).toMatchObject({ ok: true, envelope, signingKid: 'kw-sig-sig1' });
  });

  it("refuses a changed ciphertext, a stranger, and a signature by a key not in the sender's set", async () => {
    const keys = await kwKeys();
    const partners = (country: string) => (country === 'kw' ? keys : undefined);
    const { jwe } = await sealMessage(envelope, kwSigning.current, to());
    const parts = jwe.split('.');
    parts[3] = `${parts[3]![0] === 'A' ? 'B' : 'A'}${parts[3]!.slice(1)}`;
    expect(await openMessage(parts.join('.'), bhEncryption, partners)).toMatchObject({
      ok: false,
      reason: 'undecryptable',
    });
    const stranger = await sealMessage({ ...envelope, from: 'qa' }, kwSigning.current, to());
    expect(await openMessage(stranger.jwe, bhEncryption, partners)).toMatchObject({
      ok: false,
      reason: 'unknown_partner',
      claimedFrom: 'qa',
    });
    const forged = await sealMessage(envelope, bhSigning.current, to());
    expect(await openMessage(forged.jwe, bhEncryption, partners)).toMatchObject({
      ok: false,
      reason: 'unknown_key',
    });
    expect(await openMessage('not a message', bhEncryption, partners)).toMatchObject({
      ok: false,
      reason: 'malformed',
    });
  });

  it('gives a message the same digest on every attempt, whenever it is signed', () => {
    expect(contentDigest({ ...envelope, iat: 1 })).toBe(contentDigest({ ...envelope, iat: 2 }));
    expect(contentDigest({ ...envelope, body: {} })).not.toBe(contentDigest(envelope));
  });

  it('lets a receipt pass only as a receipt', async () => {
    const keys = createLocalJWKSet(await publicKeySet(bhSigning, bhEncryption));
    const receipt = await signJson({ receiptFor: envelope.id }, bhSigning.current, RECEIPT_TYPE);
    await expect(verifySigned(receipt, keys, RECEIPT_TYPE)).resolves.toEqual({ receiptFor: envelope.id });
    await expect(verifySigned(receipt, keys, 'nrm-exchange-refusal+jws')).rejects.toThrow();
  });

  it('refuses a key that is not a P-256 key', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({
      type: 'pkcs8',
      format: 'der',
    });
    expect(() => parseOwnKeyring(`r1:${rsa.toString('base64')}`, 'kw-sig')).toThrow('P-256');
  });
});

import { randomBytes } from 'node:crypto';
import { LocalKeyProvider, SealedValueError } from './key-provider';

const setting = (...ids: string[]) =>
  ids.map((id) => `${id}:${Buffer.alloc(32, id.charCodeAt(id.length - 1)).toString('base64')}`).join(',');

describe('LocalKeyProvider', () => {
  it('wraps with the first master key and unwraps with any configured one', async () => {
    const dataKey = randomBytes(32);
    const old = new LocalKeyProvider(setting('m1'));
    const wrapped = await old.wrap(dataKey, 'case-1');
    expect(wrapped.masterKeyId).toBe('m1');
    expect(wrapped.wrapped).not.toContain(dataKey.toString('base64url'));
    const rotated = new LocalKeyProvider(setting('m2', 'm1'));
    expect(rotated.currentMasterKeyId).toBe('m2');
    expect(await rotated.unwrap(wrapped, 'case-1')).toEqual(dataKey);
  });

  it('refuses a wrapped key moved to another case, tampered, or under an unknown master key', async () => {
    const provider = new LocalKeyProvider(setting('m1'));
    const wrapped = await provider.wrap(randomBytes(32), 'case-1');
    await expect(provider.unwrap(wrapped, 'case-2')).rejects.toThrow(SealedValueError);
    const [iv, tag, body] = wrapped.wrapped.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    await expect(
      provider.unwrap({ ...wrapped, wrapped: [iv, tag, flipped.toString('base64url')].join('.') }, 'case-1'),
    ).rejects.toThrow(SealedValueError);
    await expect(new LocalKeyProvider(setting('m9')).unwrap(wrapped, 'case-1')).rejects.toThrow(
      'no master key with id m1',
    );
  });

  it('refuses settings that are not keyId:base64 of 32 bytes', () => {
    expect(() => new LocalKeyProvider('')).toThrow('at least one master key');
    expect(() => new LocalKeyProvider('nokey')).toThrow('keyId:base64key');
    expect(() => new LocalKeyProvider(`m1:${Buffer.alloc(16).toString('base64')}`)).toThrow('32 bytes');
    expect(() => new LocalKeyProvider(`M 1:${Buffer.alloc(32).toString('base64')}`)).toThrow('lowercase');
  });
});

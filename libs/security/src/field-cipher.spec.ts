import { randomBytes } from 'node:crypto';
import { FieldCipher, SealedValueError } from './field-cipher';

describe('FieldCipher', () => {
  const key = randomBytes(32);
  const cipher = new FieldCipher('k1', { k1: key });

  it('round-trips a value and never writes the plaintext', () => {
    const sealed = cipher.seal('Amina Yusuf', 'case-1');
    expect(sealed).not.toContain('Amina');
    expect(cipher.open(sealed, 'case-1')).toBe('Amina Yusuf');
  });

  it('refuses a value moved to another row', () => {
    const sealed = cipher.seal('Amina Yusuf', 'case-1');
    expect(() => cipher.open(sealed, 'case-2')).toThrow(SealedValueError);
  });

  it('refuses a tampered value', () => {
    const sealed = cipher.seal('Amina Yusuf', 'case-1');
    const parts = sealed.split('.');
    parts[4] = Buffer.from('x' + Buffer.from(parts[4], 'base64url').toString('latin1')).toString('base64url');
    expect(() => cipher.open(parts.join('.'), 'case-1')).toThrow(SealedValueError);
  });

  it('opens values sealed under an older key after rotation', () => {
    const sealed = cipher.seal('old', 'a');
    const rotated = FieldCipher.fromSetting(
      `k2:${randomBytes(32).toString('base64')},k1:${key.toString('base64')}`,
    );
    expect(rotated.open(sealed, 'a')).toBe('old');
    expect(rotated.seal('new', 'a').split('.')[1]).toBe('k2');
  });

  it('refuses keys of the wrong length', () => {
    expect(() => new FieldCipher('k1', { k1: randomBytes(16) })).toThrow(RangeError);
  });
});

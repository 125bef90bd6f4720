import { describeError, scrubMessage } from './logger';

describe('describeError', () => {
  it('keeps the shape of a driver or parser message but not the values it quotes', () => {
    expect(scrubMessage('invalid input syntax for type date: "Amina 1996"')).toBe(
      'invalid input syntax for type date: "[value]"',
    );
    expect(
      scrubMessage('duplicate key value violates unique constraint "x"; Key (name)=(Amina Yusuf) exists'),
    ).toBe('duplicate key value violates unique constraint "[value]"; Key (name)=([value]) exists');
    expect(scrubMessage('Key (name)=(Amina Yusuf) already exists in "referral"')).toBe(
      'Key (name)=([value]) already exists in "[value]"',
    );
    expect(
      describeError(new SyntaxError(`Unexpected token 'o', "{"name": "Amina"} oops" is not valid JSON`))
        .errorMessage,
    ).not.toContain('Amina');
  });

  it('bounds the length and names non-errors by type', () => {
    expect(scrubMessage('x'.repeat(400))).toHaveLength(303);
    expect(describeError('boom')).toEqual({ errorName: 'string' });
  });
});

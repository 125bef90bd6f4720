import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CreateReferralRequest } from './referral';

function valid(): Record<string, unknown> {
  return {
    channel: 'police',
    encounter: { date: '2026-11-28', place: 'Kuwait City' },
    person: {
      names: { latin: 'Amina Yusuf', arabic: 'أمينة يوسف' },
      dateOfBirth: '1996-03-14',
      sex: 'female',
      nationalities: ['PH'],
      documents: [{ type: 'passport', number: 'P1234567', issuingCountry: 'PH' }],
    },
    exploitationTypes: ['domestic_servitude'],
    immediateRisks: [],
    interpreter: { needed: false },
    consent: { referral: true, language: 'en' },
  };
}

function invalidFields(body: Record<string, unknown>): string[] {
  const errors = validateSync(plainToInstance(CreateReferralRequest, body), {
    whitelist: true,
    forbidNonWhitelisted: true,
  });
  const walk = (es: typeof errors, parent = ''): string[] =>
    es.flatMap((e) => {
      const path = parent ? `${parent}.${e.property}` : e.property;
      return [...(e.constraints ? [path] : []), ...walk(e.children ?? [], path)];
    });
  return walk(errors);
}

describe('CreateReferralRequest', () => {
  it('accepts a complete referral', () => {
    expect(invalidFields(valid())).toEqual([]);
  });

  it('names every missing section', () => {
    expect(invalidFields({})).toEqual(
      expect.arrayContaining([
        'channel',
        'encounter',
        'person',
        'exploitationTypes',
        'immediateRisks',
        'interpreter',
        'consent',
      ]),
    );
  });

  it('refuses unknown codes', () => {
    const body = valid();
    body['channel'] = 'pigeon';
    body['exploitationTypes'] = ['smuggling'];
    (body['person'] as Record<string, unknown>)['nationalities'] = ['Philippines'];
    expect(invalidFields(body)).toEqual(['channel', 'person.nationalities', 'exploitationTypes']);
  });

  it('refuses names in the wrong script and over-long text', () => {
    const body = valid();
    (body['person'] as Record<string, unknown>)['names'] = { latin: 'أمينة', arabic: 'Amina' };
    body['account'] = 'x'.repeat(10_001);
    expect(invalidFields(body)).toEqual(['person.names.arabic', 'person.names.latin', 'account']);
  });

  it('refuses malformed dates and document numbers', () => {
    const body = valid();
    (body['encounter'] as Record<string, unknown>)['date'] = '28/11/2026';
    (body['person'] as Record<string, unknown>)['documents'] = [
      { type: 'passport', number: 'P 1234;DROP', issuingCountry: 'PH' },
    ];
    expect(invalidFields(body)).toEqual(['encounter.date', 'person.documents.0.number']);
  });
});

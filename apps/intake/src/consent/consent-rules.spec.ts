import { consentChangeRefusal, initialConsentEntries } from './consent-rules';

describe('consent rules', () => {
  it('records the consent given with a referral once per purpose', () => {
    const entries = initialConsentEntries({
      referral: true,
      dataSharingAgencyTypes: ['shelter'],
      language: 'ar',
      interpreter: 'Samira',
    } as never);
    expect(entries.map((e) => [e.purpose, e.granted, e.sharingAgencyTypes, e.interpreter])).toEqual([
      ['referral_and_services', true, [], 'Samira'],
      ['data_sharing', true, ['shelter'], 'Samira'],
      ['statistics', false, [], 'Samira'],
    ]);
  });

  it('asks for agency types when sharing is granted, and only then', () => {
    expect(consentChangeRefusal({ purpose: 'data_sharing', granted: true })?.violation.field).toBe(
      'sharingAgencyTypes',
    );
    expect(
      consentChangeRefusal({ purpose: 'statistics', granted: true, sharingAgencyTypes: ['ngo'] })?.detail,
    ).toBe('agency types apply to data sharing only');
    expect(
      consentChangeRefusal({ purpose: 'data_sharing', granted: true, sharingAgencyTypes: ['ngo'] }),
    ).toBeUndefined();
    expect(consentChangeRefusal({ purpose: 'data_sharing', granted: false })).toBeUndefined();
  });
});

import { emptyReferralForm, isHandledAsChild, referralBody } from './referral-form';

describe('the referral form', () => {
  it('makes the API request from what was typed: codes split, optional fields left out', () => {
    const body = referralBody({
      ...emptyReferralForm,
      encounterDate: '2026-11-28',
      encounterPlace: ' Jleeb ',
      nameLatin: 'Maria Santos',
      nationalities: 'ph, in',
      languages: 'TL',
      exploitationTypes: ['domestic_servitude'],
      consentReferral: true,
    });
    expect(body.encounter).toEqual({ date: '2026-11-28', place: 'Jleeb' });
    expect(body.person).toEqual({
      names: { arabic: undefined, latin: 'Maria Santos' },
      sex: 'unknown',
      nationalities: ['PH', 'IN'],
      languages: ['tl'],
    });
    expect(body.consent).toEqual({
      referral: true,
      statistics: false,
      dataSharingAgencyTypes: [],
      language: 'ar',
    });
    expect(body).not.toHaveProperty('recruitmentMethod');
  });

  it('explains the child rule: under 18, or no age known', () => {
    const today = new Date('2026-12-04T00:00:00Z');
    expect(isHandledAsChild({ dateOfBirth: '2010-01-01', estimatedAge: '' }, today)).toBe(true);
    expect(isHandledAsChild({ dateOfBirth: '2008-12-04', estimatedAge: '' }, today)).toBe(false);
    expect(isHandledAsChild({ dateOfBirth: '', estimatedAge: '17' }, today)).toBe(true);
    expect(isHandledAsChild({ dateOfBirth: '', estimatedAge: '30' }, today)).toBe(false);
    expect(isHandledAsChild({ dateOfBirth: '', estimatedAge: '' }, today)).toBe(true);
  });
});

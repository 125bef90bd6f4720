import { Roles } from '@nrm/contracts';
import type { InvolvementBasis } from '@nrm/contracts';
import { expectGeneratedDoc } from '@nrm/testing';
import {
  PersonalDataViews,
  disclosureRefusal,
  personalDataViewFor,
  projectPersonalData,
} from './disclosure-rules';
import type { ReaderTies } from './disclosure-rules';
import { renderNeedToKnowTable } from './need-to-know-table';

const none: ReaderTies = {
  role: 'first_responder',
  referrer: false,
  competentAuthority: false,
  involvements: [],
};

describe('who sees which of a person’s details', () => {
  it('gives the referrer and the competent authority everything, and no one else without a tie', () => {
    expect(personalDataViewFor({ ...none, referrer: true })).toBe('full');
    expect(personalDataViewFor({ ...none, role: 'supervisor', referrer: true })).toBe('full');
    expect(personalDataViewFor({ ...none, role: 'analyst', referrer: true })).toBeNull();
    expect(personalDataViewFor({ ...none, role: 'identification_officer', competentAuthority: true })).toBe(
      'full',
    );
    for (const role of Roles) expect(personalDataViewFor({ ...none, role })).toBeNull();
  });

  it('shows a shelter who to receive, not the account, documents or where the person was found', () => {
    const view = personalDataViewFor({ ...none, role: 'protection_case_worker', involvements: ['shelter'] });
    expect(view).toBe('care');
    const { shown, withheld } = projectPersonalData('care', {
      names: { latin: 'A' },
      languages: ['am'],
      documents: [{ number: 'P1' }],
      account: 'what happened',
      encounterPlace: 'a port',
      contact: '+965',
    });
    expect(shown).toEqual({ names: { latin: 'A' }, languages: ['am'] });
    expect(withheld.sort()).toEqual(['account', 'contact', 'documents', 'encounterPlace']);
  });

  it('shows investigators identity and documents, not the account, and only within consent', () => {
    const involvements: InvolvementBasis[] = ['investigation'];
    expect(personalDataViewFor({ ...none, role: 'investigator', involvements })).toBe('investigation');
    expect(personalDataViewFor({ ...none, role: 'protection_case_worker', involvements })).toBeNull();
    expect(personalDataViewFor({ ...none, role: 'investigator', involvements: ['shelter'] })).toBeNull();
    expect(PersonalDataViews.investigation).not.toContain('account');
    expect(
      disclosureRefusal('investigation', 'police', {
        sharingAgencyTypes: [],
        personIsChild: false,
        overriddenForAgency: false,
      }),
    ).toMatch(/not consented/);
    expect(
      disclosureRefusal('investigation', 'police', {
        sharingAgencyTypes: ['police'],
        personIsChild: false,
        overriddenForAgency: false,
      }),
    ).toBeNull();
    expect(
      disclosureRefusal('investigation', 'police', {
        sharingAgencyTypes: [],
        personIsChild: true,
        overriddenForAgency: false,
      }),
    ).toBeNull();
    expect(
      disclosureRefusal('investigation', 'police', {
        sharingAgencyTypes: [],
        personIsChild: false,
        overriddenForAgency: true,
      }),
    ).toBeNull();
    expect(
      disclosureRefusal('care', 'shelter', {
        sharingAgencyTypes: [],
        personIsChild: false,
        overriddenForAgency: false,
      }),
    ).toBeNull();
  });

  it('is the table in docs/need-to-know.md', () => {
    expectGeneratedDoc('docs/need-to-know.md', renderNeedToKnowTable());
  });
});

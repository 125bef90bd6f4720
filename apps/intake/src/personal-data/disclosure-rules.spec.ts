import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InvolvementBases, Roles } from '@nrm/contracts';
import type { InvolvementBasis, Role } from '@nrm/contracts';
import {
  PersonalDataViews,
  PersonalFields,
  disclosureRefusal,
  personalDataViewFor,
  projectPersonalData,
} from './disclosure-rules';
import type { ReaderTies } from './disclosure-rules';

const DOC = path.resolve(__dirname, '../../../../docs/need-to-know.md');
const none: ReaderTies = {
  role: 'first_responder',
  referrer: false,
  competentAuthority: false,
  involvements: [],
};

/** docs/need-to-know.md, rendered from the rules (`UPDATE_NEED_TO_KNOW_DOC=1` rewrites it). */
function renderDoc(): string {
  const views = Object.keys(PersonalDataViews) as (keyof typeof PersonalDataViews)[];
  const ties: [string, Omit<ReaderTies, 'role'>][] = [
    ['the referring agency', { referrer: true, competentAuthority: false, involvements: [] }],
    ...InvolvementBases.map((b): [string, Omit<ReaderTies, 'role'>] => [
      `an agency involved as ${b.replace('_', ' ')}`,
      { referrer: false, competentAuthority: false, involvements: [b] },
    ]),
    ['no tie to the case', { referrer: false, competentAuthority: false, involvements: [] }],
  ];
  const lines = [
    '# Need to know: who sees which of a person’s details',
    '',
    'Generated from `apps/intake/src/personal-data/disclosure-rules.ts` by its test; do not edit by hand.',
    'The person’s details are read with `GET /api/v1/referrals/{caseId}/personal-data`. An agency’s',
    'involvement is learnt from the events: leading the protection case (from its opening until a',
    'supervisor hands it on), a service referral (until declined, completed or its',
    'disclosure stopped), a shelter placement (until check-out), an investigation (while open), and it',
    'ends for all of them when the protection case closes. The competent authority’s',
    'identification officers and supervisors always get `full`. An `investigation` view also needs the',
    'person’s consent to share with the investigating agency’s type, unless the person is a child or a',
    'supervisor of the competent authority overrode it for that agency with a recorded reason',
    '(`POST /api/v1/referrals/{caseId}/disclosure-overrides`).',
    'Every read is in intake’s audit log.',
    '',
    '## Fields by view',
    '',
    `| field | ${views.join(' | ')} |`,
    `| --- | ${views.map(() => '---').join(' | ')} |`,
    ...PersonalFields.map(
      (f) =>
        `| ${f} | ${views.map((v) => ((PersonalDataViews[v] as readonly string[]).includes(f) ? 'yes' : '—')).join(' | ')} |`,
    ),
    '',
    '## View by role and tie to the case',
    '',
    `| role | ${ties.map(([label]) => label).join(' | ')} |`,
    `| --- | ${ties.map(() => '---').join(' | ')} |`,
    ...Roles.map(
      (role: Role) =>
        `| ${role} | ${ties.map(([, t]) => personalDataViewFor({ ...t, role }) ?? '—').join(' | ')} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

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
    const rendered = renderDoc();
    if (process.env['UPDATE_NEED_TO_KNOW_DOC'] === '1') writeFileSync(DOC, rendered);
    expect(readFileSync(DOC, 'utf8')).toBe(rendered);
  });
});

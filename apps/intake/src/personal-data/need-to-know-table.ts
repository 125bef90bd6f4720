import { InvolvementBases, Roles } from '@nrm/contracts';
import type { Role } from '@nrm/contracts';
import { PersonalDataViews, PersonalFields, personalDataViewFor } from './disclosure-rules';
import type { ReaderTies } from './disclosure-rules';

/** docs/need-to-know.md, rendered from the rules (`npm run docs` writes it; disclosure-rules.spec.ts checks it). */
export function renderNeedToKnowTable(): string {
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
    'Generated from `apps/intake/src/personal-data/disclosure-rules.ts` by `npm run docs`; do not edit by hand.',
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

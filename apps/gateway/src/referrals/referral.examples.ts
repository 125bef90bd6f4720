/** An example referral for the API documentation; the person is invented. */
export const referralExample = {
  channel: 'immigration',
  encounter: { date: '2026-11-28', place: 'Kuwait International Airport, terminal 1', region: 'KW-FA' },
  person: {
    names: { latin: 'Maria Santos', arabic: 'ماريا سانتوس' },
    dateOfBirth: '1996-03-14',
    sex: 'female',
    nationalities: ['PH'],
    languages: ['tl', 'en'],
    documents: [{ type: 'passport', number: 'P1234567', issuingCountry: 'PH' }],
  },
  exploitationTypes: ['domestic_servitude'],
  meansOfControl: ['withholds_documents', 'takes_earnings'],
  recruitmentMethod: 'recruitment_agency',
  immediateRisks: [],
  interpreter: { needed: true, language: 'tl' },
  account: 'Passport held by the employer; unpaid for eight months.',
  consent: {
    referral: true,
    statistics: true,
    dataSharingAgencyTypes: ['shelter', 'ngo', 'iom'],
    language: 'en',
  },
};

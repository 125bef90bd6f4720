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

export const amendmentExample = {
  reason: 'Date of birth corrected from the passport; threats reported at the second interview',
  person: {
    names: { latin: 'Maria Santos', arabic: 'ماريا سانتوس' },
    dateOfBirth: '1996-03-15',
    sex: 'female',
    nationalities: ['PH'],
  },
  immediateRisks: ['danger_to_life'],
};

export const withdrawalExample = {
  reason: 'Referred in error: the person is a witness, not a presumed victim',
};

export const erasureExample = { legalBasis: 'court_order', authorityReference: 'KW-CRT-2026/1187' };

export const consentWithdrawalExample = {
  purpose: 'data_sharing',
  granted: false,
  language: 'en',
  interpreter: 'Interpreter on duty',
};

export const anonymousNoticeExample = {
  channel: 'labour_inspection',
  encounter: { date: '2026-11-28', region: 'KW-AH' },
  sex: 'male',
  nationalities: ['NP'],
  estimatedAge: 31,
  exploitationTypes: ['forced_labour'],
  link: { names: { latin: 'Ram Bahadur' }, dateOfBirth: '1994-02-11' },
};

export const duplicateDecisionExample = {
  decision: 'confirmed',
  reason: 'Same passport photograph in both files',
};

import { randomBytes } from 'node:crypto';
import {
  AnonymousNoticeRecorded,
  CaseStageReached,
  ConsentChanged,
  FinalDecisionRecorded,
  IndicatorsAssessed,
  ProsecutionStageReached,
  ReferralReceived,
  ReferralRecorded,
  VerdictRecorded,
  parsePayload,
} from '@nrm/contracts';
import { AudiencePseudonyms } from './audience-pseudonyms';
import { SourceEventTypes, daysBetween, deriveRecords, needsCaseFacts } from './derive-records';

const caseId = '6f1c7f2e-8a55-4c1e-9a7e-1d2b3c4d5e6f';
const referral = {
  caseId,
  caseReference: 'KW-2026-ABC123',
  referringAgencyId: 'kw-moi-police',
  referralChannel: 'police',
  referredAt: '2026-03-14T09:30:00.000Z',
  personIsChild: false,
  sex: 'female',
  nationalities: ['PH'],
  exploitationTypes: ['domestic_servitude'],
  immediateRisks: ['flight_risk'],
  interpreterNeeded: true,
  ageBand: '27-29',
  meansOfControl: ['withholds_documents'],
  recruitmentMethod: 'recruitment_agency',
  requiresImmediateProtection: false,
  joinedAnonymousNoticeIds: [],
  statisticsConsent: true,
};

describe('deriving the analytics stream', () => {
  it('turns a referral into a generalised record: month, band, kinds, no ids, no days', () => {
    const d = deriveRecords(
      { type: ReferralReceived.type, time: referral.referredAt, data: referral },
      { referringAgencyType: 'police' },
    );
    expect(d.caseFacts).toEqual({ caseId, facts: { referredOn: '2026-03-14', statisticsConsent: true } });
    expect(d.records).toHaveLength(1);
    const [record] = d.records;
    expect(record?.definition).toBe(ReferralRecorded);
    expect(record?.subject).toEqual({ kind: 'case', id: caseId });
    expect(record?.data).toEqual({
      month: '2026-03',
      referralChannel: 'police',
      referringAgencyType: 'police',
      ageBand: '27-29',
      child: false,
      sex: 'female',
      nationalities: ['PH'],
      exploitationTypes: ['domestic_servitude'],
      meansOfControl: ['withholds_documents'],
      recruitmentMethod: 'recruitment_agency',
      immediateRisk: true,
    });
    expect(JSON.stringify(record?.data)).not.toMatch(/KW-2026|6f1c7f2e|14T09|kw-moi/);
    expect(() => parsePayload(ReferralRecorded, record?.data)).not.toThrow();
  });

  it('counts the days from referral to a decision, and keeps the outcome', () => {
    const d = deriveRecords(
      {
        type: FinalDecisionRecorded.type,
        time: '2026-05-02T08:00:00.000Z',
        data: {
          caseId,
          caseReference: 'KW-2026-ABC123',
          outcome: 'confirmed',
          decidedAt: '2026-05-02T08:00:00.000Z',
          decidedByAgencyId: 'kw-nrm-competent-authority',
          referringAgencyId: 'kw-moi-police',
          reconsideration: false,
        },
      },
      { caseFacts: { referredOn: '2026-03-14', statisticsConsent: false } },
    );
    expect(d.records[0]?.definition).toBe(CaseStageReached);
    expect(d.records[0]?.data).toEqual({
      stage: 'final_decision',
      month: '2026-05',
      outcome: 'confirmed',
      daysSinceReferral: 49,
    });
    expect(d.records[0]?.personConsentRequired).toBe(true);
  });

  it('leaves the duration out when the referral was not seen first', () => {
    const d = deriveRecords({
      type: FinalDecisionRecorded.type,
      time: '2026-05-02T08:00:00.000Z',
      data: {
        caseId,
        outcome: 'not_confirmed',
        decidedAt: '2026-05-02T08:00:00.000Z',
        reconsideration: true,
      },
    });
    expect(d.records[0]?.data).toEqual({
      stage: 'reconsideration_decided',
      month: '2026-05',
      outcome: 'not_confirmed',
    });
  });

  it('turns an indicator assessment into a stage with its advice, and keeps its results for the statistics only', () => {
    const assessed = {
      caseId,
      assessmentId: 'b5a0c1f2-9d3e-4c7a-8f21-6e5d4c3b2a19',
      catalogueVersion: 'kw-2026.1',
      ruleVersion: 'ilo-ec-2009.1',
      outcome: 'labour-rights-case',
      complete: false,
      restsOnWeakProvenance: true,
      personIsChild: false,
      lists: [
        {
          list: 'adult-labour',
          outcome: 'labour-rights-case',
          dimensions: [
            { dimension: 'D4', positive: true, presentIndicatorIds: ['AL-D4-low-or-no-salary', 'AL-D4-a'] },
            { dimension: 'D1', positive: false, presentIndicatorIds: ['AL-D1-x', 'AL-D1-x'] },
          ],
        },
      ],
      reassessment: true,
      assessedAt: '2026-03-16T09:40:00.000Z',
    };
    expect(SourceEventTypes).toContain(IndicatorsAssessed.type);
    // Like every stage, it waits for its referral, for the duration and the person's consent.
    expect(needsCaseFacts(IndicatorsAssessed.type)).toBe(true);
    const d = deriveRecords(
      { type: IndicatorsAssessed.type, time: '2026-03-16T09:41:00.000Z', data: assessed },
      { caseFacts: { referredOn: '2026-03-14', statisticsConsent: true } },
    );
    expect(d.records).toHaveLength(1);
    const [record] = d.records;
    expect(record?.definition).toBe(CaseStageReached);
    expect(record?.subject).toEqual({ kind: 'case', id: caseId });
    expect(record?.personConsentRequired).toBe(true);
    expect(record?.data).toEqual({
      stage: 'indicators_assessed',
      month: '2026-03',
      outcome: 'labour-rights-case',
      daysSinceReferral: 2,
    });
    expect(() => parsePayload(CaseStageReached, record?.data)).not.toThrow();
    // The results go to the statistics, dimensions in order, each indicator once; no case or assessment id.
    expect(record?.assessment).toEqual({
      assessedAt: '2026-03-16T09:40:00.000Z',
      outcome: 'labour-rights-case',
      complete: false,
      restsOnWeakProvenance: true,
      child: false,
      catalogueVersion: 'kw-2026.1',
      ruleVersion: 'ilo-ec-2009.1',
      lists: [
        {
          list: 'adult-labour',
          outcome: 'labour-rights-case',
          dimensions: [
            { dimension: 'D1', positive: false, presentIndicatorIds: ['AL-D1-x'] },
            { dimension: 'D4', positive: true, presentIndicatorIds: ['AL-D4-a', 'AL-D4-low-or-no-salary'] },
          ],
        },
      ],
    });
    expect(JSON.stringify(record?.assessment)).not.toMatch(/6f1c7f2e|b5a0c1f2/);
  });

  it('remembers a change of consent to statistics and ignores other purposes', () => {
    const change = (purpose: string, granted: boolean) =>
      deriveRecords(
        {
          type: ConsentChanged.type,
          time: '2026-04-01T00:00:00.000Z',
          data: {
            caseId,
            purpose,
            granted,
            sharingAgencyTypes: [],
            recordedByAgencyId: 'x',
            changedAt: '2026-04-01T00:00:00.000Z',
          },
        },
        { caseFacts: { referredOn: '2026-03-14', statisticsConsent: true } },
      );
    expect(change('statistics', false).caseFacts?.facts).toEqual({
      referredOn: '2026-03-14',
      statisticsConsent: false,
    });
    expect(change('data_sharing', false).caseFacts).toBeUndefined();
  });

  it('counts anonymous notices without anyone to pseudonymise', () => {
    const d = deriveRecords({
      type: AnonymousNoticeRecorded.type,
      time: '2026-06-10T10:00:00.000Z',
      data: {
        noticeId: '0d8e5a52-7c1b-4f0e-b8a4-2f5a9f1c3d2e',
        recordedByAgencyId: 'kw-manpower',
        channel: 'labour_inspection',
        sex: 'male',
        nationalities: ['NP'],
        ageBand: '30-38',
        exploitationTypes: ['forced_labour'],
        encounterMonth: '2026-06',
        region: 'KW-AH',
        reportedToPolice: false,
      },
    });
    expect(d.records[0]?.subject).toEqual({ kind: 'anonymous' });
    expect(d.records[0]?.data).not.toHaveProperty('region');
    expect(d.records[0]?.personConsentRequired).toBe(false);
  });

  it('describes a verdict by article and outcome, about the investigation and never a suspect', () => {
    const d = deriveRecords(
      {
        type: VerdictRecorded.type,
        time: '2026-09-01T00:00:00.000Z',
        data: {
          investigationId: '3b0e2c1d-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
          verdictId: '5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
          suspectId: '7e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b',
          chargeId: '9a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d',
          lawCode: 'kw-91-2013',
          article: '2',
          outcome: 'convicted',
          courtLevel: 'first_instance',
          decidedOn: '2026-08-31',
        },
      },
      { investigationFacts: { linkedCases: 2 } },
    );
    expect(d.records[0]?.definition).toBe(ProsecutionStageReached);
    expect(d.records[0]?.subject).toEqual({
      kind: 'investigation',
      id: '3b0e2c1d-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
    });
    expect(d.records[0]?.data).toEqual({
      stage: 'verdict',
      month: '2026-08',
      article: 'kw-91-2013:2',
      verdictOutcome: 'convicted',
      linkedCases: 2,
    });
    expect(JSON.stringify(d.records[0]?.data)).not.toContain('7e2f3a4b');
  });

  it('counts whole days, never negative', () => {
    expect(daysBetween('2026-03-14', '2026-03-14T23:59:00.000Z')).toBe(0);
    expect(daysBetween('2026-03-14', '2026-03-01')).toBe(0);
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
  });
});

describe('audience pseudonyms', () => {
  const setting = ['national-statistics', 'partners', 'research']
    .map((a) => `${a}:${randomBytes(32).toString('base64')}`)
    .join(',');
  const pseudonyms = AudiencePseudonyms.fromSetting(setting);

  it('gives a case one pseudonym within an audience and unrelated ones across audiences', () => {
    const a = pseudonyms.pseudonym('partners', 'case', caseId);
    expect(a).toMatch(/^p-[a-z2-7]{26}$/);
    expect(pseudonyms.pseudonym('partners', 'case', caseId)).toBe(a);
    expect(pseudonyms.pseudonym('research', 'case', caseId)).not.toBe(a);
    expect(pseudonyms.pseudonym('partners', 'investigation', caseId)).toMatch(/^i-/);
  });

  it('derives stable UUID record ids per audience', () => {
    const id = pseudonyms.recordId('research', 'ad0f4b0e-6b7e-4d4f-9d1e-2f6b9c0f1a2b', 0);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(pseudonyms.recordId('research', 'ad0f4b0e-6b7e-4d4f-9d1e-2f6b9c0f1a2b', 0)).toBe(id);
    expect(pseudonyms.recordId('partners', 'ad0f4b0e-6b7e-4d4f-9d1e-2f6b9c0f1a2b', 0)).not.toBe(id);
  });

  it('refuses a setting that misses an audience or shares a key', () => {
    const key = randomBytes(32).toString('base64');
    expect(() => AudiencePseudonyms.fromSetting(`national-statistics:${key}`)).toThrow(
      /lacks partners, research/,
    );
    expect(() =>
      AudiencePseudonyms.fromSetting(
        `national-statistics:${key},partners:${key},research:${randomBytes(32).toString('base64')}`,
      ),
    ).toThrow(/its own pseudonym key/);
  });
});

import { randomUUID } from 'node:crypto';
import {
  CaseLinkedToInvestigation,
  ConsentChanged,
  FinalDecisionRecorded,
  InvestigationOpened,
  ReferralReceived,
  ScreeningOpened,
  VerdictRecorded,
} from '@nrm/contracts';
import type { EventEnvelope } from '@nrm/contracts';
import { StreamMemory, factsWanted } from './stream-memory';
import type { EventRecords, RememberedFacts } from './stream-memory';

const envelope = (type: string, subject: string, time: string, data: object): EventEnvelope<unknown> => ({
  id: randomUUID(),
  type,
  source: '/nrm/test',
  subject,
  time,
  correlationId: subject,
  schemaVersion: 1,
  data,
});
const referral = (caseId: string, statisticsConsent: boolean, at = '2026-03-14T09:00:00.000Z') =>
  envelope(ReferralReceived.type, caseId, at, {
    caseId,
    referringAgencyId: 'kw-moi-police',
    referralChannel: 'police',
    referredAt: at,
    personIsChild: false,
    sex: 'female',
    nationalities: ['PH'],
    exploitationTypes: ['domestic_servitude'],
    immediateRisks: [],
    ageBand: '27-29',
    meansOfControl: [],
    recruitmentMethod: 'job_offer',
    statisticsConsent,
  });
const screening = (caseId: string, at = '2026-03-16T10:00:00.000Z') =>
  envelope(ScreeningOpened.type, caseId, at, { caseId, openedAt: at });
const decision = (caseId: string, at = '2026-05-02T08:00:00.000Z') =>
  envelope(FinalDecisionRecorded.type, caseId, at, {
    caseId,
    outcome: 'confirmed',
    decidedAt: at,
    reconsideration: false,
  });
const consent = (caseId: string, granted: boolean) =>
  envelope(ConsentChanged.type, caseId, '2026-04-01T00:00:00.000Z', {
    caseId,
    purpose: 'statistics',
    granted,
    changedAt: '2026-04-01T00:00:00.000Z',
  });

const nothingRemembered = (): RememberedFacts => ({
  cases: new Map(),
  investigations: new Map(),
  agencyTypes: new Map([['kw-moi-police', 'police']]),
  deferred: new Map(),
});

/** What each derived event gave: its id, its records' stage (or type) and days, and its consent. */
const summary = (derived: EventRecords[]) =>
  derived.map((d) => ({
    id: d.sourceEventId,
    records: d.records.map((r) => {
      const data = r.data as { stage?: string; daysSinceReferral?: number };
      return [data.stage ?? r.definition.type, data.daysSinceReferral];
    }),
    consent: d.statisticsConsent,
  }));

describe('the stream memory of a batch', () => {
  it('derives a later stage of a case referred earlier in the same batch with its duration and consent', () => {
    const caseId = randomUUID();
    const memory = new StreamMemory(nothingRemembered());
    const [r, s] = [referral(caseId, true), screening(caseId)];
    expect(summary(memory.derive(r))).toEqual([
      { id: r.id, records: [['nrm.analytics.referral-recorded', undefined]], consent: true },
    ]);
    expect(summary(memory.derive(s))).toEqual([
      { id: s.id, records: [['screening_opened', 2]], consent: true },
    ]);
    expect(memory.changes()).toEqual({
      cases: [{ caseId, facts: { referredOn: '2026-03-14', statisticsConsent: true } }],
      investigations: [],
      deferred: [],
      released: [],
    });
  });

  it('holds stages that come before their referral in the batch, then derives them after it, oldest first', () => {
    const caseId = randomUUID();
    const memory = new StreamMemory(nothingRemembered());
    const [d, s, r] = [decision(caseId), screening(caseId), referral(caseId, false)];
    expect(memory.derive(d)).toEqual([]);
    expect(memory.derive(s)).toEqual([]);
    expect(summary(memory.derive(r))).toEqual([
      { id: r.id, records: [['nrm.analytics.referral-recorded', undefined]], consent: false },
      { id: s.id, records: [['screening_opened', 2]], consent: false },
      { id: d.id, records: [['final_decision', 49]], consent: false },
    ]);
    // Released within the batch: nothing is left to hold, nothing was stored to delete.
    expect(memory.changes()).toMatchObject({ deferred: [], released: [] });
  });

  it('keeps holding a stage whose referral is not in the batch, once however often it comes', () => {
    const caseId = randomUUID();
    const memory = new StreamMemory(nothingRemembered());
    const s = screening(caseId);
    expect(memory.derive(s)).toEqual([]);
    expect(memory.derive(s)).toEqual([]);
    expect(memory.changes()).toEqual({
      cases: [],
      investigations: [],
      deferred: [{ caseId, envelope: s }],
      released: [],
    });
  });

  it('releases stages held by an earlier batch with those held in this one, by when they happened', () => {
    const caseId = randomUUID();
    const held = decision(caseId);
    const memory = new StreamMemory({ ...nothingRemembered(), deferred: new Map([[caseId, [held]]]) });
    const [s, r] = [screening(caseId), referral(caseId, true)];
    expect(memory.derive(s)).toEqual([]);
    expect(summary(memory.derive(r)).map((d) => d.id)).toEqual([r.id, s.id, held.id]);
    expect(memory.changes()).toMatchObject({ deferred: [], released: [held.id] });
  });

  it('applies a change of consent to the events after it in the batch', () => {
    const caseId = randomUUID();
    const memory = new StreamMemory({
      ...nothingRemembered(),
      cases: new Map([[caseId, { referredOn: '2026-03-14', statisticsConsent: true }]]),
    });
    expect(memory.derive(screening(caseId))[0]?.statisticsConsent).toBe(true);
    expect(memory.derive(consent(caseId, false))[0]?.records).toEqual([]);
    expect(memory.derive(decision(caseId))[0]?.statisticsConsent).toBe(false);
    expect(memory.changes().cases).toEqual([
      { caseId, facts: { referredOn: '2026-03-14', statisticsConsent: false } },
    ]);
  });

  it('counts the cases linked to an investigation across the batch', () => {
    const investigationId = randomUUID();
    const [a, b] = [randomUUID(), randomUUID()];
    const memory = new StreamMemory({
      ...nothingRemembered(),
      cases: new Map([
        [a, { referredOn: '2026-03-14', statisticsConsent: false }],
        [b, { referredOn: '2026-03-20', statisticsConsent: false }],
      ]),
    });
    const link = (caseId: string) =>
      envelope(CaseLinkedToInvestigation.type, caseId, '2026-06-01T00:00:00.000Z', {
        caseId,
        investigationId,
        linkedAt: '2026-06-01T00:00:00.000Z',
      });
    memory.derive(
      envelope(InvestigationOpened.type, investigationId, '2026-05-01T00:00:00.000Z', {
        investigationId,
        caseIds: [],
        at: '2026-05-01T00:00:00.000Z',
      }),
    );
    memory.derive(link(a));
    memory.derive(link(b));
    const [verdict] = memory.derive(
      envelope(VerdictRecorded.type, investigationId, '2026-09-01T00:00:00.000Z', {
        investigationId,
        lawCode: 'kw-91-2013',
        article: '2',
        outcome: 'convicted',
        decidedOn: '2026-08-31',
      }),
    );
    expect(verdict?.records[0]?.data).toMatchObject({ stage: 'verdict', linkedCases: 2 });
    expect(memory.changes().investigations).toEqual([{ investigationId, facts: { linkedCases: 2 } }]);
  });

  it("names every case, investigation and agency the batch's events and released stages need", () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const investigationId = randomUUID();
    const held = envelope(CaseLinkedToInvestigation.type, a, '2026-06-01T00:00:00.000Z', {
      caseId: a,
      investigationId,
      linkedAt: '2026-06-01T00:00:00.000Z',
    });
    expect(factsWanted([referral(a, true), screening(b)], [held])).toEqual({
      caseIds: [a, b],
      investigationIds: [investigationId],
      agencyIds: ['kw-moi-police'],
      referredCaseIds: [a],
    });
  });
});

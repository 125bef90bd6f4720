import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  AnonymousNoticeRecorded,
  ConsentChanged,
  DuplicateConfirmed,
  DuplicateRejected,
  DuplicateSuspected,
  EnvelopeHeaders,
  ReferralAmended,
  ReferralReceived,
  ReferralWithdrawn,
  Topics,
  UrgentRiskRaised,
} from '@nrm/contracts';
import type { ObservedMessage } from '@nrm/messaging';
import { eventually } from '@nrm/testing';
import { TestPlatform } from './support/test-platform';
import type { ApiResponse } from './support/test-platform';
import { today } from './support/dates';
import { payload } from './support/events';

/** Names and numbers distinctive enough to find if they ever leak onto Kafka or into a log. */
const POLICE_SPELLING = 'Mohammed Abdul Rahman Hassan';
const IMMIGRATION_LATIN = 'Muhammad Abdulrahman Hasan';
const IMMIGRATION_ARABIC = 'محمد عبد الرحمن حسن';
const NOTICE_LATIN = 'Yousef Qarawiyyin';
const NOTICE_ARABIC = 'يوسف قرويين';

function referral(person: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    channel: 'police',
    encounter: { date: today(), place: 'Jleeb Al-Shuyoukh, block 4', region: 'KW-FA' },
    person: { sex: 'male', nationalities: ['EG'], ...person },
    exploitationTypes: ['forced_labour'],
    meansOfControl: ['withholds_documents', 'debt_bondage'],
    recruitmentMethod: 'recruitment_agency',
    immediateRisks: [],
    interpreter: { needed: false },
    consent: { referral: true, statistics: true, dataSharingAgencyTypes: ['shelter', 'ngo'], language: 'ar' },
    ...extra,
  };
}

describe('intake: referrals, consent, children, anonymous notices and duplicates (end to end)', () => {
  const platform = new TestPlatform('e2e_intake', 4200);
  const intakeTopic = () => platform.topic(Topics.intakeReferral);
  const eventsOf = (type: string, key?: string): ObservedMessage[] =>
    platform.observer
      .on(intakeTopic())
      .filter((m) => m.headers[EnvelopeHeaders.type] === type && (key === undefined || m.key === key));

  beforeAll(() => platform.start());
  afterAll(() => platform.stop());

  describe("two agencies' referrals of one person spelled differently, linked and confirmed by a supervisor", () => {
    let police: string;
    let immigration: string;
    let first: ApiResponse;
    let second: ApiResponse;
    let suspected: { caseId: string; otherCaseId: string; linkId: string; score: number };
    let supervisor: string;
    beforeAll(async () => {
      police = await platform.token('first_responder', 'kw-moi-police');
      immigration = await platform.token('first_responder', 'kw-moi-immigration');
    });

    it('suspects the two referrals of one person, and not an unrelated one born the same day', async () => {
      first = await platform.api('POST', '/api/v1/referrals', {
        token: police,
        body: referral({ names: { latin: POLICE_SPELLING }, dateOfBirth: '1990-04-02' }),
      });
      expect(first.status).toBe(201);
      second = await platform.api('POST', '/api/v1/referrals', {
        token: immigration,
        body: referral(
          { names: { latin: IMMIGRATION_LATIN, arabic: IMMIGRATION_ARABIC }, dateOfBirth: '1990-04-02' },
          { channel: 'immigration' },
        ),
      });
      expect(second.status).toBe(201);
      const unrelated = await platform.api('POST', '/api/v1/referrals', {
        token: immigration,
        body: referral(
          { names: { latin: 'Ahmed Saleh Youssef' }, dateOfBirth: '1990-04-02' },
          { channel: 'immigration' },
        ),
      });
      expect(unrelated.status).toBe(201);

      suspected = await eventually(() => {
        const found = eventsOf(DuplicateSuspected.type, second.body.caseId);
        expect(found).toHaveLength(1);
        return payload(found[0]);
      });
      expect(suspected).toMatchObject({ caseId: second.body.caseId, otherCaseId: first.body.caseId });
      expect(suspected.score).toBeGreaterThanOrEqual(0.75);
      await eventually(() => expect(eventsOf(ReferralReceived.type, unrelated.body.caseId)).toHaveLength(1));
      expect(eventsOf(DuplicateSuspected.type, unrelated.body.caseId)).toHaveLength(0);
    });

    it('reveals neither referral to the other agency, nor to its supervisor, nor the national duplicate queue', async () => {
      // Neither referrer sees the other's referral: identities are not revealed across agencies.
      expect(
        (await platform.api('GET', `/api/v1/referrals/${first.body.caseId}`, { token: immigration })).status,
      ).toBe(404);
      // Being a supervisor is not enough: only the competent authority's see other agencies' referrals
      // and the national duplicate queue.
      const immigrationSupervisor = await platform.token('supervisor', 'kw-moi-immigration');
      expect(
        (
          await platform.api('GET', `/api/v1/referrals/${first.body.caseId}`, {
            token: immigrationSupervisor,
          })
        ).status,
      ).toBe(404);
      expect(
        (await platform.api('GET', '/api/v1/referrals/duplicates', { token: immigrationSupervisor })).status,
      ).toBe(403);
    });

    it("shows the competent authority's supervisor the link with its explanation, without names", async () => {
      supervisor = await platform.token('supervisor', 'kw-nrm-competent-authority');
      const queue = await platform.api('GET', '/api/v1/referrals/duplicates', { token: supervisor });
      expect(queue.status).toBe(200);
      const link = queue.body.items.find((i: { linkId: string }) => i.linkId === suspected.linkId);
      expect(link).toMatchObject({
        caseReference: second.body.caseReference,
        otherCaseReference: first.body.caseReference,
        matchedOn: expect.arrayContaining(['name', 'birth_date']),
        ruleVersion: expect.stringMatching(/^dup-fs\./),
      });
      // The explanation: each comparison's level and weight, the evidence for and against.
      expect(link.explanation).toEqual(
        expect.arrayContaining([
          { comparison: 'names', level: 'all', weight: expect.any(Number) },
          { comparison: 'birth', level: 'exact', weight: expect.any(Number) },
        ]),
      );
      expect(JSON.stringify(queue.body)).not.toMatch(/Mohammed|Muhammad|محمد/);
    });

    it('lets only that supervisor decide, once, and tells the referrer the duplicate is confirmed', async () => {
      const officer = await platform.token('identification_officer', 'kw-nrm-competent-authority');
      const decision = { decision: 'confirmed', reason: 'Same passport photo in both files' };
      const path = `/api/v1/referrals/duplicates/${suspected.linkId}/decision`;
      expect((await platform.api('POST', path, { token: officer, body: decision })).status).toBe(403);
      expect((await platform.api('POST', path, { token: supervisor, body: decision })).status).toBe(204);
      const again = await platform.api('POST', path, {
        token: supervisor,
        body: { ...decision, decision: 'rejected' },
      });
      expect(again.status).toBe(409);
      expect(again.contentType).toContain('application/problem+json');
      await eventually(() => expect(eventsOf(DuplicateConfirmed.type, second.body.caseId)).toHaveLength(1));
      const status = await platform.api('GET', `/api/v1/referrals/${second.body.caseId}`, {
        token: immigration,
      });
      expect(status.body.duplicateStatus).toBe('confirmed');
    });

    it('weighs a namesake born another day as evidence against, and lets the supervisor reject a same-day namesake', async () => {
      // A namesake born another day of the same year is evidence against, and is not linked.
      const health = await platform.token('first_responder', 'kw-moh-health');
      const otherDay = await platform.api('POST', '/api/v1/referrals', {
        token: health,
        body: referral(
          { names: { latin: 'Mohamed Abdelrahman Hassan' }, dateOfBirth: '1990-11-30' },
          { channel: 'health' },
        ),
      });
      // A namesake born the same day, with nothing to tell them apart, links as suspected; the
      // supervisor, who has the civil records, rejects it.
      const namesake = await platform.api('POST', '/api/v1/referrals', {
        token: health,
        body: referral(
          { names: { latin: 'Mohamed Abdelrahman Hassan' }, dateOfBirth: '1990-04-02' },
          { channel: 'health' },
        ),
      });
      const rejected = await eventually(() => {
        const found = eventsOf(DuplicateSuspected.type, namesake.body.caseId).map(payload);
        expect(found.length).toBeGreaterThan(0);
        return found[0];
      });
      const reject = { decision: 'rejected', reason: 'Different fathers on the civil records' };
      const decided = await platform.api('POST', `/api/v1/referrals/duplicates/${rejected.linkId}/decision`, {
        token: supervisor,
        body: reject,
      });
      expect(decided.status).toBe(204);
      await eventually(() => expect(eventsOf(DuplicateRejected.type, namesake.body.caseId)).toHaveLength(1));
      expect(eventsOf(DuplicateSuspected.type, otherDay.body.caseId)).toHaveLength(0);
    });
  });

  it('handles a person of unknown age as a child: no consent needed, protection and urgent alerts at once', async () => {
    const police = await platform.token('first_responder', 'kw-moi-police');
    const child = await platform.api('POST', '/api/v1/referrals', {
      token: police,
      body: referral(
        { names: { latin: 'Child Unknownage Testname' }, nationalities: ['BD'] },
        { immediateRisks: ['danger_to_life'], consent: { referral: false, language: 'ar' } },
      ),
    });
    expect(child.status).toBe(201);
    expect(child.body).toMatchObject({ handledAsChild: true, requiresImmediateProtection: true });
    const received = await eventually(() => payload(eventsOf(ReferralReceived.type, child.body.caseId)[0]));
    expect(received).toMatchObject({
      personIsChild: true,
      requiresImmediateProtection: true,
      ageBand: 'unknown',
    });
    const urgent = await eventually(() => payload(eventsOf(UrgentRiskRaised.type, child.body.caseId)[0]));
    expect(urgent).toMatchObject({ risks: ['danger_to_life'], personIsChild: true });
    expect(urgent.alertAgencyIds).toEqual(['kw-nrm-competent-authority', 'kw-shelter-gov']);

    // The competent authority's inbox holds the alert, marked urgent, in Arabic.
    const authority = await platform.token('identification_officer', 'kw-nrm-competent-authority');
    const alert = await eventually(async () => {
      const inbox = await platform.api('GET', '/api/v1/inbox', { token: authority });
      const item = inbox.body.items.find((i: { caseId: string }) => i.caseId === child.body.caseId);
      expect(item).toBeDefined();
      return item;
    });
    expect(alert).toMatchObject({ urgent: true, eventType: UrgentRiskRaised.type, language: 'ar' });

    const adult = await platform.api('POST', '/api/v1/referrals', {
      token: police,
      body: referral(
        { names: { latin: 'Adult Noconsent' }, dateOfBirth: '1985-01-01' },
        { consent: { referral: false, language: 'en' } },
      ),
    });
    expect(adult.status).toBe(400);
    expect(adult.body.errors.map((e: { field: string }) => e.field)).toEqual(['consent.referral']);
  });

  it('keeps only statistics for an adult who declines, reports it as policy says, and joins a later referral', async () => {
    const labour = await platform.token('first_responder', 'kw-pam-labour');
    const notice = await platform.api('POST', '/api/v1/referrals/anonymous-notices', {
      token: labour,
      body: {
        channel: 'labour_inspection',
        encounter: { date: today(), region: 'KW-AH' },
        sex: 'male',
        nationalities: ['NP'],
        estimatedAge: 31,
        exploitationTypes: ['forced_labour'],
        link: { names: { latin: NOTICE_LATIN }, dateOfBirth: '1994-02-11' },
      },
    });
    expect(notice.status).toBe(201);
    expect(notice.body.reportedToPolice).toBe(true);
    const recorded = await eventually(() =>
      payload(eventsOf(AnonymousNoticeRecorded.type, notice.body.noticeId)[0]),
    );
    expect(recorded).toMatchObject({
      ageBand: '30-38',
      region: 'KW-AH',
      reportedToPolice: true,
      reportedToAgencyId: 'kw-moi-police',
      encounterMonth: today().slice(0, 7),
    });

    const police = await platform.token('first_responder', 'kw-moi-police');
    await eventually(async () => {
      const inbox = await platform.api('GET', '/api/v1/inbox', { token: police });
      expect(
        inbox.body.items.some((i: { eventType: string }) => i.eventType === AnonymousNoticeRecorded.type),
      ).toBe(true);
    });

    for (const bad of [{ estimatedAge: 16 }, { estimatedAge: undefined }]) {
      const refused = await platform.api('POST', '/api/v1/referrals/anonymous-notices', {
        token: labour,
        body: {
          channel: 'hotline',
          encounter: { date: today() },
          sex: 'female',
          nationalities: ['NP'],
          exploitationTypes: [],
          ...bad,
        },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].field).toBe('estimatedAge');
    }

    // Later the same person consents: the referral, spelled in Arabic, joins the notice.
    const later = await platform.api('POST', '/api/v1/referrals', {
      token: labour,
      body: referral(
        { names: { arabic: NOTICE_ARABIC }, dateOfBirth: '1994-02-11', nationalities: ['NP'] },
        { channel: 'labour_inspection' },
      ),
    });
    expect(later.status).toBe(201);
    const received = await eventually(() => payload(eventsOf(ReferralReceived.type, later.body.caseId)[0]));
    expect(received.joinedAnonymousNoticeIds).toEqual([notice.body.noticeId]);
  });

  describe('a referral amended, its consent changed and withdrawn, each as an event', () => {
    let police: string;
    let caseId: string;
    let url: string;
    beforeAll(async () => {
      police = await platform.token('first_responder', 'kw-moi-police');
      const created = await platform.api('POST', '/api/v1/referrals', {
        token: police,
        body: referral({ names: { latin: 'Amended Testperson' }, dateOfBirth: '1992-08-08' }),
      });
      ({ caseId } = created.body);
      url = `/api/v1/referrals/${caseId}`;
    });

    it('refuses an amendment that changes nothing, and versions one that does, raising the urgent risk it adds', async () => {
      expect((await platform.api('PATCH', url, { token: police, body: { reason: 'nothing' } })).status).toBe(
        400,
      );
      const amended = await platform.api('PATCH', url, {
        token: police,
        body: {
          reason: 'Birth date corrected from the passport; threats reported',
          person: {
            names: { latin: 'Amended Testperson' },
            dateOfBirth: '1993-08-08',
            sex: 'male',
            nationalities: ['EG'],
          },
          immediateRisks: ['danger_to_life'],
        },
      });
      expect(amended.status).toBe(200);
      expect(amended.body).toEqual({ version: 2 });
      const event = await eventually(() => payload(eventsOf(ReferralAmended.type, caseId)[0]));
      expect(event).toMatchObject({
        version: 2,
        changedSections: ['person', 'immediateRisks'],
        amendedByAgencyId: 'kw-moi-police',
      });
      await eventually(() => expect(eventsOf(UrgentRiskRaised.type, caseId)).toHaveLength(1));
      const versions = await platform.api('GET', `${url}/versions`, { token: police });
      expect(versions.body.items).toEqual([
        expect.objectContaining({
          version: 2,
          changedSections: ['person', 'immediateRisks'],
          changedByAgencyId: 'kw-moi-police',
        }),
      ]);
    });

    it('refuses an amendment from another agency', async () => {
      const otherAgency = await platform.token('first_responder', 'kw-moh-health');
      expect(
        (
          await platform.api('PATCH', url, {
            token: otherAgency,
            body: { reason: 'x y z', exploitationTypes: ['other'] },
          })
        ).status,
      ).toBe(404);
    });

    it('refuses consent to share without agency types, and records and announces its withdrawal', async () => {
      const noTypes = await platform.api('POST', `${url}/consents`, {
        token: police,
        body: { purpose: 'data_sharing', granted: true, language: 'ar' },
      });
      expect(noTypes.status).toBe(400);
      const withdrawn = await platform.api('POST', `${url}/consents`, {
        token: police,
        body: {
          purpose: 'data_sharing',
          granted: false,
          language: 'ar',
          interpreter: 'Interpreter Testname',
        },
      });
      expect(withdrawn.status).toBe(201);
      expect(
        withdrawn.body.items.find((c: { purpose: string }) => c.purpose === 'data_sharing').granted,
      ).toBe(false);
      const consentEvent = await eventually(() => payload(eventsOf(ConsentChanged.type, caseId)[0]));
      expect(consentEvent).toMatchObject({ purpose: 'data_sharing', granted: false, sharingAgencyTypes: [] });
    });

    it('withdraws the referral once, after which it takes no amendment', async () => {
      expect(
        (
          await platform.api('POST', `${url}/withdrawal`, {
            token: police,
            body: { reason: 'Referred in error' },
          })
        ).status,
      ).toBe(204);
      await eventually(() => expect(eventsOf(ReferralWithdrawn.type, caseId)).toHaveLength(1));
      expect(
        (await platform.api('POST', `${url}/withdrawal`, { token: police, body: { reason: 'Again' } }))
          .status,
      ).toBe(409);
      expect(
        (
          await platform.api('PATCH', url, {
            token: police,
            body: { reason: 'late fix', exploitationTypes: ['other'] },
          })
        ).status,
      ).toBe(409);
      const status = await platform.api('GET', url, { token: police });
      expect(status.body).toMatchObject({ status: 'withdrawn', version: 2 });
    });

    it('announces the events of one case in the order they happened', async () => {
      // Events of one case arrive in the order they happened.
      const order = platform.observer
        .on(intakeTopic())
        .filter((m) => m.key === caseId)
        .map((m) => m.headers[EnvelopeHeaders.type]);
      expect(order).toEqual([
        ReferralReceived.type,
        ReferralAmended.type,
        UrgentRiskRaised.type,
        ConsentChanged.type,
        ReferralWithdrawn.type,
      ]);
    });
  });

  it("lists only the agency's own referrals", async () => {
    const hotline = await platform.token('first_responder', 'hotline-tip');
    const created = await platform.api('POST', '/api/v1/referrals', {
      token: hotline,
      body: referral(
        { names: { latin: 'Listed Testperson' }, dateOfBirth: '1999-09-09' },
        { channel: 'hotline' },
      ),
    });
    const list = await platform.api('GET', '/api/v1/referrals?limit=10', { token: hotline });
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { caseId: string }) => i.caseId)).toEqual([created.body.caseId]);
    expect((await platform.api('GET', '/api/v1/referrals?limit=0', { token: hotline })).status).toBe(400);
  });

  it('keeps every name, number and place off Kafka and out of the logs', async () => {
    const onKafka = platform.observer.messages
      .map((m) => `${m.key} ${m.value} ${JSON.stringify(m.headers)}`)
      .join('\n');
    const logs = readdirSync(platform.logDir)
      .map((f) => readFileSync(path.join(platform.logDir, f), 'utf8'))
      .join('\n');
    for (const needle of [
      POLICE_SPELLING,
      IMMIGRATION_LATIN,
      IMMIGRATION_ARABIC,
      NOTICE_LATIN,
      NOTICE_ARABIC,
      'Testperson',
      'Testname',
      'Jleeb',
      '1990-04-02',
      '1994-02-11',
    ]) {
      expect(onKafka).not.toContain(needle);
      expect(logs).not.toContain(needle);
    }
  });
});

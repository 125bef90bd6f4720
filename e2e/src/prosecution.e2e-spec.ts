import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CourtTasksCreated, EnvelopeHeaders, ProtectionCaseOpened, Topics, allTopics } from '@nrm/contracts';
import type { ObservedMessage } from '@nrm/messaging';
import { Client } from 'pg';
import { eventually, testInfrastructure } from '@nrm/testing';
import { TestPlatform } from './support/test-platform';
import type { ApiResponse } from './support/test-platform';
import { inDays, today } from './support/dates';
import { payload } from './support/events';

const POLICE = 'kw-moi-police';
const PROSECUTION = 'kw-public-prosecution';
const NGO = 'ngo-migrant-support';

describe('prosecution tracking: investigations to verdicts, and the victim as witness (end to end)', () => {
  const platform = new TestPlatform('e2e_prosec', 4600);
  const on = (topic: string, type: string, key: string): ObservedMessage[] =>
    platform.observer
      .on(platform.topic(topic))
      .filter((m) => m.key === key && m.headers[EnvelopeHeaders.type] === type);

  beforeAll(() => platform.start());
  afterAll(() => platform.stop());

  // State carried from step to step: one case followed from the referral to the verdict.
  let police: string;
  let caseId: string;
  let worker: string;
  let ngo: string;
  let investigator: string;
  let base: string;
  let suspect: ApiResponse;
  let policeSupervisor: string;
  let outsider: string;
  let prosecutor: string;
  let charge: ApiResponse;
  let hearing: ApiResponse;
  let verdict: ApiResponse;

  it('a police referral opens a protection case, and an NGO takes on its legal aid', async () => {
    police = await platform.token('first_responder', POLICE);
    const created = await platform.api('POST', '/api/v1/referrals', {
      token: police,
      body: {
        channel: 'police',
        encounter: { date: today(), place: 'Hawalli' },
        person: {
          names: { latin: 'Witness Testperson' },
          sex: 'female',
          nationalities: ['ET'],
          dateOfBirth: '1993-09-09',
        },
        exploitationTypes: ['domestic_servitude'],
        immediateRisks: ['danger_to_life'],
        interpreter: { needed: true, language: 'am' },
        account: 'Narrativemarker: kept in Salmiya block twelve, passport taken on arrival.',
        consent: { referral: true, language: 'en', dataSharingAgencyTypes: ['ngo'] },
      },
    });
    expect(created.status).toBe(201);
    caseId = created.body.caseId as string;
    await eventually(
      () => expect(on(Topics.protectionCase, ProtectionCaseOpened.type, caseId)).toHaveLength(1),
      30_000,
    );

    // Legal aid from the NGO, within the person's consent.
    worker = await platform.token('protection_case_worker', 'kw-shelter-gov');
    await platform.api('POST', `/api/v1/protection/cases/${caseId}/needs-assessments`, {
      token: worker,
      body: { needs: [{ needType: 'legal_aid', priority: 'high' }] },
    });
    const legal = await platform.api('POST', `/api/v1/protection/cases/${caseId}/service-referrals`, {
      token: worker,
      body: { needType: 'legal_aid', providerAgencyId: NGO },
    });
    ngo = await platform.token('service_provider', NGO);
    await platform.api(
      'POST',
      `/api/v1/protection/service-referrals/${legal.body.serviceReferralId}/accept`,
      { token: ngo },
    );
  });

  it('the police open an investigation of the referred case with the public prosecution and two suspects', async () => {
    // The police open an investigation once the referral has reached prosecution tracking.
    investigator = await platform.token('investigator', POLICE);
    const unknown = await platform.api('POST', '/api/v1/prosecution/investigations', {
      token: investigator,
      body: { caseIds: ['0b8f5d2e-4a6c-4e1f-9a3b-7c2d1e0f9a8b'] },
    });
    expect(unknown.status).toBe(400);
    // Answers carrying case data are never cached, sniffed or framed.
    expect(unknown.headers.get('cache-control')).toBe('no-store');
    expect(unknown.headers.get('x-content-type-options')).toBe('nosniff');
    expect(unknown.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    const opened = await eventually(async () => {
      const res = await platform.api('POST', '/api/v1/prosecution/investigations', {
        token: investigator,
        body: { caseIds: [caseId] },
      });
      expect(res.status).toBe(201);
      return res.body;
    }, 30_000);
    base = `/api/v1/prosecution/investigations/${opened.investigationId}`;
    expect(
      (
        await platform.api('POST', `${base}/agencies`, {
          token: investigator,
          body: { agencyId: PROSECUTION },
        })
      ).status,
    ).toBe(201);
    suspect = await platform.api('POST', `${base}/suspects`, {
      token: investigator,
      body: {
        kind: 'person',
        role: 'recruiter',
        nationality: 'KW',
        identity: { name: 'Suspect Testname', documentNumber: 'P1234567' },
      },
    });
    expect(suspect.status).toBe(201);
    await platform.api('POST', `${base}/suspects`, {
      token: investigator,
      body: { kind: 'legal_person', role: 'recruiter', identity: { name: 'Bright Future Recruitment Co.' } },
    });
  });

  it("suspects' identities are shown to the investigation's investigators and prosecutors only", async () => {
    // Suspects' identities: investigators and prosecutors of the investigation only.
    const asInvestigator = await platform.api('GET', base, { token: investigator });
    expect(asInvestigator.body.suspects[0].identity).toEqual({
      name: 'Suspect Testname',
      documentNumber: 'P1234567',
    });
    policeSupervisor = await platform.token('supervisor', POLICE);
    const asSupervisor = await platform.api('GET', base, { token: policeSupervisor });
    expect(asSupervisor.status).toBe(200);
    expect(JSON.stringify(asSupervisor.body)).not.toMatch(/Suspect Testname|P1234567|Bright Future/);
    outsider = await platform.token('investigator', 'kw-moi-immigration');
    expect((await platform.api('GET', base, { token: outsider })).status).toBe(404);
  });

  it("the person's details are shown as far as each reader needs them, and an authority's override widens them for the police", async () => {
    // The person's details, as far as each reader needs to know them.
    const details = (token: string) =>
      platform.api('GET', `/api/v1/referrals/${caseId}/personal-data`, { token });
    const asReferrer = await details(police);
    expect(asReferrer.body).toMatchObject({
      view: 'full',
      withheld: [],
      details: { names: { latin: 'Witness Testperson' }, encounterPlace: 'Hawalli' },
    });
    expect(asReferrer.body.details.account).toContain('Narrativemarker');
    const asProvider = await eventually(async () => {
      const res = await details(ngo);
      expect(res.status).toBe(200);
      return res.body;
    }, 30_000);
    expect(asProvider).toMatchObject({ view: 'care', details: { names: { latin: 'Witness Testperson' } } });
    // Involved, the NGO sees the case too (facts, no personal data); an agency with no tie does not.
    expect((await platform.api('GET', `/api/v1/cases/${caseId}`, { token: ngo })).status).toBe(200);
    expect((await platform.api('GET', `/api/v1/cases/${caseId}`, { token: outsider })).status).toBe(404);
    expect(asProvider.withheld).toEqual(expect.arrayContaining(['account', 'encounterPlace']));
    expect(JSON.stringify(asProvider)).not.toMatch(/Narrativemarker|Hawalli/);
    // The police investigate, but the person consented to share with NGOs only.
    const refused = await eventually(async () => {
      const res = await details(investigator);
      expect(res.status).toBe(403);
      return res.body;
    }, 30_000);
    expect(refused.detail).toMatch(/not consented/);
    // A supervisor of the competent authority overrides it for the police, with a reason that is kept.
    const authority = await platform.token('supervisor', 'kw-nrm-competent-authority');
    const overrideUrl = `/api/v1/referrals/${caseId}/disclosure-overrides`;
    const reason = 'The recruiter is about to leave the country; the police need her identity now.';
    expect(
      (
        await platform.api('POST', overrideUrl, {
          token: policeSupervisor,
          body: { agencyId: POLICE, reason },
        })
      ).status,
    ).toBe(403);
    const override = await platform.api('POST', overrideUrl, {
      token: authority,
      body: { agencyId: POLICE, reason },
    });
    expect(override.status).toBe(201);
    const asInvestigation = await details(investigator);
    expect(asInvestigation.body).toMatchObject({
      view: 'investigation',
      details: { names: { latin: 'Witness Testperson' }, encounterPlace: 'Hawalli' },
    });
    expect(asInvestigation.body.withheld).toContain('account');
    expect((await details(outsider)).status).toBe(404);
    expect((await details(policeSupervisor)).body.view).toBe('full'); // the referring agency's supervisor
  });

  it('charges cite the Law 91/2013 catalogue, and a verdict needs a charge', async () => {
    // Charges cite the catalogue.
    prosecutor = await platform.token('prosecutor', PROSECUTION);
    charge = await platform.api('POST', `${base}/charges`, {
      token: prosecutor,
      body: {
        suspectId: suspect.body.suspectId,
        lawCode: 'kw-91-2013',
        article: '2',
        aggravatingCircumstances: ['transnational'],
      },
    });
    expect(charge.status).toBe(201);
    const notCatalogued = await platform.api('POST', `${base}/charges`, {
      token: prosecutor,
      body: { suspectId: suspect.body.suspectId, lawCode: 'kw-91-2013', article: '99' },
    });
    expect(notCatalogued.status).toBe(409);
    const badCircumstance = await platform.api('POST', `${base}/charges`, {
      token: prosecutor,
      body: {
        suspectId: suspect.body.suspectId,
        lawCode: 'kw-91-2013',
        article: '2',
        aggravatingCircumstances: ['bad_weather'],
      },
    });
    expect(badCircumstance.status).toBe(409);
    const amended = await platform.api('PATCH', `${base}/charges/${charge.body.chargeId}`, {
      token: prosecutor,
      body: {
        article: '2',
        aggravatingCircumstances: ['transnational', 'organised_crime_group'],
        reason: 'Network evidence',
      },
    });
    expect(amended.body.version).toBe(2);
    const noCharge = await platform.api('POST', `${base}/verdicts`, {
      token: prosecutor,
      body: {
        chargeId: '0b8f5d2e-4a6c-4e1f-9a3b-7c2d1e0f9a8b',
        outcome: 'convicted',
        courtLevel: 'first_instance',
        decidedOn: today(),
      },
    });
    expect(noCharge.status).toBe(409);
    expect(noCharge.body.detail).toBe('a verdict needs a charge against the suspect first');
  });

  it('a prosecutor schedules a closed hearing, refusing a date that does not exist', async () => {
    // A hearing with the victim as witness: protection's tasks and the agencies holding the case hear.
    const impossible = await platform.api('POST', `${base}/hearings`, {
      token: prosecutor,
      body: { hearingType: 'first_instance', court: 'Court of First Instance', scheduledOn: '2027-02-30' },
    });
    expect(impossible.status).toBe(400);
    expect(impossible.body.errors[0].field).toBe('scheduledOn');
    hearing = await platform.api('POST', `${base}/hearings`, {
      token: prosecutor,
      body: {
        hearingType: 'first_instance',
        court: 'Court of First Instance, Criminal Circuit 3',
        scheduledOn: inDays(10),
        closedSession: true,
      },
    });
    expect(hearing.status).toBe(201);
  });

  it('the hearing makes the prosecution part of the case: it sees the referral but may not record consent', async () => {
    // Once the hearing makes the prosecution part of the case, it sees the referral, but may not record
    // consent (an investigation may not widen its own access).
    const prosecutionSupervisor = await platform.token('supervisor', PROSECUTION);
    await eventually(async () => {
      const res = await platform.api('POST', `/api/v1/referrals/${caseId}/consents`, {
        token: prosecutionSupervisor,
        body: { purpose: 'data_sharing', granted: true, sharingAgencyTypes: ['prosecution'], language: 'en' },
      });
      expect(res.status).toBe(403);
    }, 30_000);
    expect(
      (await platform.api('GET', `/api/v1/referrals/${caseId}`, { token: prosecutionSupervisor })).status,
    ).toBe(200);
  });

  it("the victim's testimony creates protection's court tasks, due two days before, which a case worker marks done", async () => {
    const testimony = await platform.api(
      'POST',
      `/api/v1/prosecution/hearings/${hearing.body.hearingId}/testimonies`,
      {
        token: prosecutor,
        body: { caseId, measures: ['interpreter', 'legal_aid', 'video_link'] },
      },
    );
    expect(testimony.status).toBe(201);
    const tasks = await eventually(
      () => payload(on(Topics.protectionCase, CourtTasksCreated.type, caseId)[0]),
      30_000,
    );
    expect(tasks).toMatchObject({
      hearingDate: inDays(10),
      dueOn: inDays(8),
      taskTypes: ['interpreter', 'legal_aid', 'risk_review'],
      agencyIds: [NGO],
    });
    const view = await platform.api('GET', `/api/v1/protection/cases/${caseId}`, { token: worker });
    expect(view.body.courtTasks.map((t: { taskType: string }) => t.taskType).sort()).toEqual([
      'interpreter',
      'legal_aid',
      'risk_review',
    ]);
    const done = await platform.api(
      'POST',
      `/api/v1/protection/cases/${caseId}/court-tasks/${view.body.courtTasks[0].taskId}/done`,
      {
        token: worker,
      },
    );
    expect(done.body.status).toBe('done');
  });

  it('the agencies holding the case and the investigator hear of the hearing', async () => {
    await eventually(async () => {
      const inbox = await platform.api('GET', `/api/v1/inbox?caseId=${caseId}`, { token: ngo });
      expect(inbox.body.items.map((i: { kind: string }) => i.kind)).toContain('hearing');
    });
    await eventually(async () => {
      const inbox = await platform.api('GET', '/api/v1/inbox', { token: investigator });
      expect(
        inbox.body.items.some(
          (i: { kind: string; body: string }) =>
            i.kind === 'hearing' && i.body.includes('Criminal Circuit 3'),
        ),
      ).toBe(true);
    });
  });

  it('a held hearing ends in a conviction, refusing a sentence for an acquittal', async () => {
    // Held, then a verdict, an appeal and compensation.
    expect(
      (
        await platform.api('POST', `/api/v1/prosecution/hearings/${hearing.body.hearingId}/held`, {
          token: prosecutor,
        })
      ).status,
    ).toBe(201);
    const acquittedWithSentence = await platform.api('POST', `${base}/verdicts`, {
      token: prosecutor,
      body: {
        chargeId: charge.body.chargeId,
        outcome: 'acquitted',
        courtLevel: 'first_instance',
        decidedOn: today(),
        sentenceMonths: 12,
      },
    });
    expect(acquittedWithSentence.status).toBe(409);
    verdict = await platform.api('POST', `${base}/verdicts`, {
      token: prosecutor,
      body: {
        chargeId: charge.body.chargeId,
        outcome: 'convicted',
        courtLevel: 'first_instance',
        decidedOn: today(),
        sentenceMonths: 180,
      },
    });
    expect(verdict.status).toBe(201);
  });

  it('the defence appeals the verdict, once', async () => {
    const appealUrl = `/api/v1/prosecution/verdicts/${verdict.body.verdictId}/appeals`;
    expect(
      (
        await platform.api('POST', appealUrl, {
          token: prosecutor,
          body: { filedBy: 'defence', filedOn: today() },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await platform.api('POST', appealUrl, {
          token: prosecutor,
          body: { filedBy: 'defence', filedOn: today() },
        })
      ).status,
    ).toBe(409);
  });

  it('compensation is ordered and its payment recorded', async () => {
    const compensation = await platform.api('POST', `${base}/compensation`, {
      token: prosecutor,
      body: { caseId, amount: '5000.000', currency: 'KWD', orderedOn: today() },
    });
    expect(compensation.status).toBe(201);
    expect(
      (
        await platform.api(
          'POST',
          `/api/v1/prosecution/compensation/${compensation.body.compensationId}/payment`,
          {
            token: prosecutor,
            body: { paidOn: today() },
          },
        )
      ).status,
    ).toBe(201);
  });

  it('the statistics count the investigation, the prosecution and the conviction by article', async () => {
    const analyst = await platform.token('analyst', 'kw-nrm-competent-authority');
    const stats = await platform.api('GET', `/api/v1/prosecution/statistics?year=${today().slice(0, 4)}`, {
      token: analyst,
    });
    expect(stats.body).toMatchObject({
      investigationsOpened: 1,
      prosecutions: 1,
      verdictsByOutcome: { convicted: 1, acquitted: 0, dismissed: 0 },
      convictionsByArticle: [{ lawCode: 'kw-91-2013', article: '2', convictions: 1 }],
      referralToVerdictDays: { verdicts: 1, median: 0 },
    });
    expect(
      (await platform.api('GET', '/api/v1/prosecution/statistics?year=last', { token: analyst })).status,
    ).toBe(400);
  });

  it("the referrer's case view shows the prosecution timeline, never a suspect", async () => {
    // The referrer's case view shows the prosecution timeline, never a suspect.
    const caseView = await platform.api('GET', `/api/v1/cases/${caseId}`, { token: police });
    expect(caseView.body.stagesReached).toContain('prosecution');
    expect(caseView.body.prosecution.investigations[0].verdictsByOutcome).toEqual({ convicted: 1 });
    expect(JSON.stringify(caseView.body)).not.toMatch(/Suspect Testname|P1234567|Bright Future/);
    const onKafka = platform.observer
      .on(platform.topic(Topics.prosecutionProceedings))
      .map((m) => m.value ?? '')
      .join('\n');
    expect(onKafka).not.toMatch(/Suspect Testname|P1234567|Bright Future|Witness Testperson/);
  });

  it('a second investigation is listed, takes in another victim, postpones its hearing and is closed', async () => {
    const other = await platform.api('POST', '/api/v1/referrals', {
      token: police,
      body: {
        channel: 'police',
        encounter: { date: today(), place: 'Farwaniya' },
        person: { names: { latin: 'Second Witness' }, sex: 'female', nationalities: ['ET'] },
        exploitationTypes: ['domestic_servitude'],
        immediateRisks: [],
        interpreter: { needed: false },
        consent: { referral: true, language: 'en' },
      },
    });
    expect(other.status).toBe(201);
    const second = await platform.api('POST', '/api/v1/prosecution/investigations', {
      token: investigator,
      body: { caseIds: [caseId] },
    });
    expect(second.body).toMatchObject({ status: 'open', caseIds: [caseId] });
    const secondId = second.body.investigationId as string;
    const listed = await platform.api('GET', '/api/v1/prosecution/investigations', { token: investigator });
    expect(listed.body.items.map((i: { investigationId: string }) => i.investigationId)).toEqual([
      secondId,
      base.split('/').pop(),
    ]);
    expect(listed.body.items[0]).toMatchObject({ status: 'open', leadAgencyId: POLICE, cases: 1 });
    const linked = await eventually(async () => {
      const res = await platform.api('POST', `/api/v1/prosecution/investigations/${secondId}/cases`, {
        token: investigator,
        body: { caseId: other.body.caseId },
      });
      expect(res.status).toBe(201);
      return res.body;
    }, 30_000);
    expect(linked.caseIds).toEqual([caseId, other.body.caseId].sort());
    const scheduled = await platform.api('POST', `/api/v1/prosecution/investigations/${secondId}/hearings`, {
      token: investigator,
      body: { hearingType: 'detention_review', court: 'Court of First Instance', scheduledOn: inDays(20) },
    });
    const postponed = await platform.api(
      'POST',
      `/api/v1/prosecution/hearings/${scheduled.body.hearingId}/postponement`,
      { token: investigator, body: { newDate: inDays(30) } },
    );
    expect(postponed.body).toEqual({
      hearingId: scheduled.body.hearingId,
      status: 'scheduled',
      scheduledOn: inDays(30),
    });
    const closed = await platform.api('POST', `/api/v1/prosecution/investigations/${secondId}/closure`, {
      token: investigator,
      body: { reason: 'merged' },
    });
    expect(closed.status).toBe(201);
    expect(closed.body).toEqual({ investigationId: secondId, status: 'closed' });
  });

  it('nothing personal leaves home: not on any topic, in any table in plaintext, or in any log', async () => {
    // Nothing personal leaves home: not on any topic, not in any service's log.
    const personal = /Witness Testperson|Suspect Testname|P1234567|Bright Future|1993-09-09/;
    const everyTopic = allTopics()
      .flatMap((t) => platform.observer.on(platform.topic(t)))
      .map((m) => `${m.value ?? ''} ${JSON.stringify(m.headers)}`);
    expect(everyTopic.length).toBeGreaterThan(20);
    expect(everyTopic.filter((m) => personal.test(m))).toEqual([]);
    // Nor in any table of any service in plaintext: identities, documents, narratives are sealed.
    const sealed =
      /Witness Testperson|Suspect Testname|P1234567|Bright Future|1993-09-09|Narrativemarker|Salmiya|Hawalli/i;
    const db = new Client({ connectionString: testInfrastructure().databaseUrl });
    await db.connect();
    try {
      const tables: { table_schema: string; table_name: string }[] = (
        await db.query(
          `SELECT table_schema, table_name FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema LIKE $1`,
          [`${platform.schemaPrefix.replace(/_/g, '\\_')}%`],
        )
      ).rows;
      expect(tables.length).toBeGreaterThan(30);
      const leaks: string[] = [];
      for (const { table_schema, table_name } of tables) {
        const rows = await db.query(`SELECT t::text AS row FROM "${table_schema}"."${table_name}" t`);
        for (const { row } of rows.rows as { row: string }[]) {
          if (sealed.test(row)) leaks.push(`${table_schema}.${table_name}: ${row.slice(0, 200)}`);
        }
      }
      expect(leaks).toEqual([]);
    } finally {
      await db.end();
    }
    const logs = readdirSync(platform.logDir).filter((f) => f.endsWith('.log'));
    expect(logs.length).toBeGreaterThanOrEqual(6);
    for (const file of logs) {
      const text = readFileSync(path.join(platform.logDir, file), 'utf8');
      expect({ file, leaks: text.split('\n').filter((line) => personal.test(line)) }).toEqual({
        file,
        leaks: [],
      });
    }
  });
});

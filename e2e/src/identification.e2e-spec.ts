import { Client } from 'pg';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  EnvelopeHeaders,
  FinalDecisionRecorded,
  IndicatorCatalogueAdopted,
  IndicatorsAssessed,
  PreliminaryDecisionRecorded,
  ReconsiderationDecided,
  ReconsiderationRequested,
  RecoveryPeriodEnded,
  RecoveryPeriodExtended,
  RecoveryPeriodStarted,
  Topics,
} from '@nrm/contracts';
import type { ObservedMessage } from '@nrm/messaging';
import { eventually, testInfrastructure } from '@nrm/testing';
import { TestPlatform } from './support/test-platform';
import { today } from './support/dates';
import { payload } from './support/events';

const CA = 'kw-nrm-competent-authority';

function referral(name: string) {
  return {
    channel: 'police',
    encounter: { date: today(), place: 'Mahboula, block 2' },
    person: { names: { latin: name }, dateOfBirth: '1991-05-05', sex: 'female', nationalities: ['LK'] },
    exploitationTypes: ['domestic_servitude'],
    immediateRisks: [],
    interpreter: { needed: true, language: 'si' },
    consent: { referral: true, language: 'en' },
  };
}

describe('identification: victim-status decisions on legal deadlines (end to end)', () => {
  const { databaseUrl } = testInfrastructure();
  const platform = new TestPlatform('e2e_ident', 4300);
  const db = new Client({ connectionString: databaseUrl });
  const events = (type: string, caseId: string): ObservedMessage[] =>
    platform.observer
      .on(platform.topic(Topics.identificationScreening))
      .filter((m) => m.key === caseId && m.headers[EnvelopeHeaders.type] === type);
  const reasons = 'Consistent account, indicators of deception and coercion documented.';

  beforeAll(async () => {
    await platform.start();
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await platform.stop();
  });

  async function referAndWaitForScreening(name: string) {
    const police = await platform.token('first_responder', 'kw-moi-police');
    const created = await platform.api('POST', '/api/v1/referrals', { token: police, body: referral(name) });
    expect(created.status).toBe(201);
    const officer = await platform.token('identification_officer', 'kw-nrm-competent-authority');
    await eventually(async () => {
      const s = await platform.api('GET', `/api/v1/screenings/${created.body.caseId}`, { token: officer });
      expect(s.body?.status).toBe('open');
    });
    return { caseId: created.body.caseId as string, police, officer };
  }

  /** Moves the end of the recovery period into the past, as the calendar would. */
  async function letRecoveryPeriodPass(caseId: string) {
    const schema = `${platform.schemaPrefix}identification`;
    await db.query(
      `UPDATE "${schema}".deadline SET due_on = current_date - 1 WHERE case_id = $1 AND kind = 'recovery_period_end' AND status = 'pending'`,
      [caseId],
    );
    await db.query(
      `UPDATE "${schema}".screening SET recovery_ends_on = current_date - 1 WHERE case_id = $1`,
      [caseId],
    );
  }

  describe('a referral taken to a confirmed victim: preliminary decision, recovery period, final decision', () => {
    let caseId: string;
    let police: string;
    let officer: string;
    let url: string;
    beforeAll(async () => {
      ({ caseId, police, officer } = await referAndWaitForScreening('Confirmed Testperson'));
      url = `/api/v1/screenings/${caseId}`;
    });

    it('lists the open screening, and refuses a final decision first and any decision by the police', async () => {
      const queue = await platform.api('GET', '/api/v1/screenings', { token: officer });
      expect(queue.body.items.map((i: { caseId: string }) => i.caseId)).toContain(caseId);

      const tooEarly = await platform.api('POST', `${url}/final-decision`, {
        token: officer,
        body: { outcome: 'positive', reasons },
      });
      expect(tooEarly.status).toBe(409);
      expect(tooEarly.contentType).toContain('application/problem+json');
      expect(tooEarly.body.detail).toBe('a final decision needs a positive preliminary decision first');
      expect(
        (
          await platform.api('POST', `${url}/preliminary-decision`, {
            token: police,
            body: { outcome: 'positive', reasons },
          })
        ).status,
      ).toBe(403);
    });

    it('records the Palermo test, naming the element missing', async () => {
      const palermo = await platform.api('POST', `${url}/palermo-test`, {
        token: officer,
        body: {
          act: { present: true, evidence: 'Recruited by an agency and transported' },
          means: { present: false, evidence: 'Not yet established' },
          purpose: { present: true, evidence: 'Unpaid domestic work, 18 hours a day' },
        },
      });
      expect(palermo.status).toBe(201);
      expect(palermo.body).toEqual({ satisfied: false, meansRequired: true, missing: ['means'] });
    });

    it('records a positive preliminary decision and starts a 45-day recovery period', async () => {
      const preliminary = await platform.api('POST', `${url}/preliminary-decision`, {
        token: officer,
        body: { outcome: 'positive', reasons },
      });
      expect(preliminary.status).toBe(201);
      expect(preliminary.body.status).toBe('in_recovery');
      const recorded = await eventually(() => payload(events(PreliminaryDecisionRecorded.type, caseId)[0]));
      expect(recorded).toMatchObject({ outcome: 'positive', withinTarget: true, reconsideration: false });
      const started = await eventually(() => payload(events(RecoveryPeriodStarted.type, caseId)[0]));
      expect(started).toMatchObject({ startsOn: expect.any(String), days: 45 });
    });

    it('refuses a final decision during the recovery period, which an officer extends', async () => {
      const duringRecovery = await platform.api('POST', `${url}/final-decision`, {
        token: officer,
        body: { outcome: 'positive', reasons },
      });
      expect(duringRecovery.status).toBe(409);
      expect(duringRecovery.body.detail).toContain('recovery period runs until');

      const extended = await platform.api('POST', `${url}/recovery-period/extensions`, {
        token: officer,
        body: { days: 10, reason: 'mental_health' },
      });
      expect(extended.status).toBe(201);
      const extension = await eventually(() => payload(events(RecoveryPeriodExtended.type, caseId)[0]));
      expect(extension).toMatchObject({ extensionReason: 'mental_health', days: 10 });
    });

    it('confirms the victim once the recovery period has ended', async () => {
      await letRecoveryPeriodPass(caseId);
      await eventually(() => expect(events(RecoveryPeriodEnded.type, caseId)).toHaveLength(1));
      await eventually(async () =>
        expect((await platform.api('GET', url, { token: officer })).body.status).toBe('awaiting_final'),
      );

      const final = await platform.api('POST', `${url}/final-decision`, {
        token: officer,
        body: { outcome: 'positive', reasons },
      });
      expect(final.body.status).toBe('confirmed');
      const decided = await eventually(() => payload(events(FinalDecisionRecorded.type, caseId)[0]));
      expect(decided).toMatchObject({ outcome: 'confirmed', referringAgencyId: 'kw-moi-police' });
    });

    it('shows the referrer the outcomes of its referral, never the reasons, and tells it of each', async () => {
      // The referrer sees the outcomes of its referral (never the reasons) and is told of each.
      const view = await platform.api('GET', `/api/v1/cases/${caseId}`, { token: police });
      expect(
        view.body.screening.decisions.map(
          (d: { stage: string; outcome: string }) => `${d.stage}:${d.outcome}`,
        ),
      ).toEqual(['preliminary:positive', 'final:positive']);
      expect(JSON.stringify(view.body)).not.toContain('Consistent account');
      await eventually(async () => {
        const inbox = await platform.api('GET', '/api/v1/inbox', { token: police });
        const types = inbox.body.items
          .filter((i: { caseId: string }) => i.caseId === caseId)
          .map((i: { eventType: string }) => i.eventType);
        expect(types).toEqual(
          expect.arrayContaining([PreliminaryDecisionRecorded.type, FinalDecisionRecorded.type]),
        );
      });
    });
  });

  describe('a negative decision reconsidered, and a negative final decision with a second reviewer', () => {
    let caseId: string;
    let police: string;
    let officer: string;
    let url: string;
    beforeAll(async () => {
      ({ caseId, police, officer } = await referAndWaitForScreening('Reconsidered Testperson'));
      url = `/api/v1/screenings/${caseId}`;
    });

    it('refuses a final decision after a negative preliminary one', async () => {
      const negative = await platform.api('POST', `${url}/preliminary-decision`, {
        token: officer,
        body: { outcome: 'negative', reasons },
      });
      expect(negative.body.status).toBe('not_presumed');
      expect(
        (
          await platform.api('POST', `${url}/final-decision`, {
            token: officer,
            body: { outcome: 'positive', reasons },
          })
        ).status,
      ).toBe(409);
    });

    it('takes a reconsideration request from the referrer, not from another agency or an uninvolved provider', async () => {
      const otherAgency = await platform.token('first_responder', 'kw-moh-health');
      const notTheirs = await platform.api('POST', `${url}/reconsideration`, {
        token: otherAgency,
        body: { newInformation: 'We met her at the clinic and have more.' },
      });
      expect(notTheirs.status).toBe(404);
      // A support provider asks only for a case referred to it; this one was not.
      const uninvolved = await platform.token('service_provider', 'ngo-migrant-support');
      const notReferred = await platform.api('POST', `${url}/reconsideration`, {
        token: uninvolved,
        body: { newInformation: 'We know her from our hotline.' },
      });
      expect(notReferred.status).toBe(404);
      const request = await platform.api('POST', `${url}/reconsideration`, {
        token: police,
        body: { newInformation: 'Her employer was arrested; two co-workers confirm her account.' },
      });
      expect(request.body.status).toBe('reconsidering_preliminary');
      const requested = await eventually(() => payload(events(ReconsiderationRequested.type, caseId)[0]));
      expect(requested).toMatchObject({ stage: 'preliminary', requestedByAgencyId: 'kw-moi-police' });
    });

    it('records the reconsidered preliminary decision as a reconsideration', async () => {
      await platform.api('POST', `${url}/preliminary-decision`, {
        token: officer,
        body: { outcome: 'positive', reasons },
      });
      await eventually(() => expect(events(PreliminaryDecisionRecorded.type, caseId)).toHaveLength(2));
      expect(payload(events(PreliminaryDecisionRecorded.type, caseId)[1]).reconsideration).toBe(true);
      expect(payload(events(ReconsiderationDecided.type, caseId)[0])).toMatchObject({
        stage: 'preliminary',
        outcome: 'positive',
      });
    });

    it('holds a negative final decision until a second person approves it, unannounced and unseen until then', async () => {
      await letRecoveryPeriodPass(caseId);
      await eventually(async () =>
        expect((await platform.api('GET', url, { token: officer })).body.status).toBe('awaiting_final'),
      );
      const pending = await platform.api('POST', `${url}/final-decision`, {
        token: officer,
        body: { outcome: 'negative', reasons },
      });
      expect(pending.body.status).toBe('final_negative_pending_approval');
      const self = await platform.api('POST', `${url}/final-decision/review`, {
        token: officer,
        body: { approve: true },
      });
      expect(self.status).toBe(409);
      expect(self.body.detail).toBe('a decision cannot be approved by the person who made it');
      // Not an outcome yet: nothing emitted, and the referrer does not see it.
      expect(events(FinalDecisionRecorded.type, caseId)).toHaveLength(0);
      const referrerView = await platform.api('GET', `/api/v1/cases/${caseId}`, { token: police });
      expect(referrerView.body.screening.decisions.some((d: { stage: string }) => d.stage === 'final')).toBe(
        false,
      );
    });

    it('announces the negative final decision once a supervisor approves it', async () => {
      const supervisor = await platform.token('supervisor', 'kw-nrm-competent-authority');
      const approved = await platform.api('POST', `${url}/final-decision/review`, {
        token: supervisor,
        body: { approve: true },
      });
      expect(approved.body.status).toBe('not_confirmed');
      const decided = await eventually(() => payload(events(FinalDecisionRecorded.type, caseId)[0]));
      expect(decided.outcome).toBe('not_confirmed');
    });
  });

  it('closes the screening of a withdrawn referral; a closed case cannot be decided', async () => {
    const { caseId, police, officer } = await referAndWaitForScreening('Withdrawn Testperson');
    const withdrawn = await platform.api('POST', `/api/v1/referrals/${caseId}/withdrawal`, {
      token: police,
      body: { reason: 'Referred in error' },
    });
    expect(withdrawn.status).toBe(204);
    await eventually(async () =>
      expect(
        (await platform.api('GET', `/api/v1/screenings/${caseId}`, { token: officer })).body.status,
      ).toBe('closed'),
    );
    const decide = await platform.api('POST', `/api/v1/screenings/${caseId}/preliminary-decision`, {
      token: officer,
      body: { outcome: 'positive', reasons },
    });
    expect(decide.status).toBe(409);
  });

  describe('indicator screening with an adopted catalogue', () => {
    type Indicator = { id: string; dimension: string; grade: string | null };
    type View = { lists: { id: string; indicators: Indicator[] }[] } & Record<string, unknown>;
    const CA_ADMIN = 'administrator';
    const shipped = JSON.parse(
      readFileSync(path.resolve(__dirname, '../../seeds/indicators/kw-2026.1.json'), 'utf8'),
    ) as { version: string; lists: { indicators: Indicator[] }[] };
    const note = 'Employer holds her passport; she showed the sponsor letter.';
    let first: { caseId: string; assessmentId: string };

    /** The first `count` indicators of a dimension with the grade given. */
    const pick = (view: View, dimension: string, grade: string, count: number) =>
      (view.lists[0]?.indicators ?? [])
        .filter((i) => i.dimension === dimension && i.grade === grade)
        .slice(0, count)
        .map((i) => i.id);

    describe("an officer's assessment of one referral", () => {
      let caseId: string;
      let officer: string;
      let base: string;
      let view: View;
      let assessmentId: string;
      let answers: string;
      let found: string[];
      beforeAll(async () => {
        ({ caseId, officer } = await referAndWaitForScreening('Indicators Testperson'));
        base = `/api/v1/screenings/${caseId}/indicator-assessments`;
      });

      it('starts one assessment per screening, with the adult labour list for an adult in domestic servitude', async () => {
        const started = await platform.api('POST', base, { token: officer });
        expect(started.status).toBe(201);
        view = started.body as View;
        expect(view).toMatchObject({
          catalogueVersion: 'kw-2026.1',
          status: 'in_progress',
          personIsChild: false,
        });
        // Domestic servitude of an adult: the adult labour list only.
        expect(view.lists.map((l) => l.id)).toEqual(['adult-labour']);
        expect((await platform.api('POST', base, { token: officer })).status).toBe(409);
      });

      it('advises from the answers: indicated once the dimensions needed are present, with the notes kept', async () => {
        assessmentId = view['assessmentId'] as string;
        answers = `${base}/${assessmentId}/answers`;
        found = [
          ...pick(view, 'D1', 'strong', 1),
          ...pick(view, 'D1', 'medium', 1),
          ...pick(view, 'D4', 'strong', 1),
          ...pick(view, 'D4', 'medium', 1),
          ...pick(view, 'D5', 'strong', 2),
        ];
        expect(found).toHaveLength(6);
        const partly = await platform.api('PUT', answers, {
          token: officer,
          body: {
            answers: found
              .slice(0, 2)
              .map((indicatorId) => ({ indicatorId, answer: 'present', evidenceSource: 'interview', note })),
          },
        });
        expect(partly.status).toBe(200);
        expect(partly.body.advice.outcome).toBe('not-indicated');
        const answered = await platform.api('PUT', answers, {
          token: officer,
          body: {
            answers: [
              ...found
                .slice(2)
                .map((indicatorId) => ({ indicatorId, answer: 'present', evidenceSource: 'document' })),
              { indicatorId: pick(view, 'D2', 'medium', 1)[0], answer: 'unknown' },
            ],
          },
        });
        expect(answered.body.advice).toMatchObject({
          outcome: 'indicated',
          catalogueVersion: 'kw-2026.1',
          ruleVersion: 'ilo-ec-2009.1',
          complete: true,
          provenance: { rule: 'single-source', weak: true },
        });
        const d1 = answered.body.advice.lists[0].dimensions[0];
        expect(d1).toMatchObject({ dimension: 'D1', positive: true, indicatorIds: found.slice(0, 2) });
        expect(answered.body.answers.find((a: { note: string | null }) => a.note)?.note).toBe(note);
      });

      it('refuses an answer to an indicator that is not in the lists asked', async () => {
        const unknown = await platform.api('PUT', answers, {
          token: officer,
          body: { answers: [{ indicatorId: 'AS-D1-not-in-this-list', answer: 'present' }] },
        });
        expect(unknown.status).toBe(400);
        expect(unknown.body.errors).toEqual([
          {
            field: 'answers[0].indicatorId',
            message: expect.stringContaining('not an indicator of the lists asked'),
          },
        ]);
      });

      it('completes the assessment, after which its answers are closed', async () => {
        const completed = await platform.api('POST', `${base}/${assessmentId}/completion`, {
          token: officer,
        });
        expect(completed.status).toBe(201);
        expect(
          (
            await platform.api('PUT', answers, {
              token: officer,
              body: { answers: [{ indicatorId: found[0], answer: 'absent' }] },
            })
          ).status,
        ).toBe(409);
      });

      it('announces the result without the notes, and keeps the notes sealed', async () => {
        const event = await eventually(() => {
          const message = events(IndicatorsAssessed.type, caseId)[0];
          expect(message).toBeDefined();
          return message as ObservedMessage;
        });
        expect(event.value).not.toContain('passport');
        expect(payload(event)).toMatchObject({
          caseId,
          assessmentId,
          catalogueVersion: 'kw-2026.1',
          outcome: 'indicated',
          reassessment: false,
          lists: [{ list: 'adult-labour', outcome: 'indicated' }],
        });
        const sealed = await db.query(
          `SELECT note_sealed FROM "${platform.schemaPrefix}identification".indicator_answer WHERE assessment_id = $1 AND note_sealed IS NOT NULL`,
          [assessmentId],
        );
        expect(sealed.rows).toHaveLength(2);
        for (const r of sealed.rows) expect(r.note_sealed).not.toContain('passport');
      });

      it('shows the latest assessment on the screening', async () => {
        const screening = await platform.api('GET', `/api/v1/screenings/${caseId}`, { token: officer });
        expect(screening.body.latestIndicatorAssessment).toEqual({
          assessmentId,
          catalogueVersion: 'kw-2026.1',
          status: 'completed',
          outcome: 'indicated',
          complete: true,
        });
      });

      it('asks a decision that departs from the advice for its reason', async () => {
        const decision = `/api/v1/screenings/${caseId}/preliminary-decision`;
        const departing = await platform.api('POST', decision, {
          token: officer,
          body: { outcome: 'negative', reasons },
        });
        expect(departing.status).toBe(400);
        expect(departing.body.errors[0].field).toBe('departureReason');
        const explained = await platform.api('POST', decision, {
          token: officer,
          body: {
            outcome: 'negative',
            reasons,
            departureReason: 'The account was withdrawn and contradicted by records.',
          },
        });
        expect(explained.status).toBe(201);
        first = { caseId, assessmentId };
      });
    });

    describe('a new catalogue version', () => {
      let adminA: string;
      let adminB: string;
      let officer: string;
      // The catalogue shipped, with one strong indicator regraded as medium.
      const revised = structuredClone(shipped);
      revised.version = 'kw-2026.2';
      const regraded = revised.lists[0]?.indicators.find((i) => i.grade === 'strong') as Indicator;
      regraded.grade = 'medium';
      beforeAll(async () => {
        adminA = await platform.token(CA_ADMIN, CA, `${CA}.administrator-a`);
        adminB = await platform.token(CA_ADMIN, CA, `${CA}.administrator-b`);
        officer = await platform.token('identification_officer', CA);
      });

      it('refuses an invalid catalogue, and one loaded by an administrator of another agency', async () => {
        const otherAdmin = await platform.token(CA_ADMIN, 'kw-moi-police');
        const invalid = await platform.api('POST', '/api/v1/indicator-catalogues', {
          token: adminA,
          body: { ...revised, version: 'Not A Version!' },
        });
        expect(invalid.status).toBe(400);
        expect(invalid.body.errors).toEqual([{ field: 'version', message: expect.any(String) }]);
        expect(
          (await platform.api('POST', '/api/v1/indicator-catalogues', { token: otherAdmin, body: revised }))
            .status,
        ).toBe(403);
      });

      it('loads a new version as proposed, and refuses a different catalogue under the same version', async () => {
        const loaded = await platform.api('POST', '/api/v1/indicator-catalogues', {
          token: adminA,
          body: revised,
        });
        expect(loaded.status).toBe(201);
        expect(loaded.body).toMatchObject({
          version: 'kw-2026.2',
          status: 'proposed',
          loadedByUserId: `${CA}.administrator-a`,
        });
        const changed = await platform.api('POST', '/api/v1/indicator-catalogues', {
          token: adminB,
          body: { ...revised, title: { en: 'Changed', ar: 'معدل' } },
        });
        expect(changed.status).toBe(409);
      });

      it('reads a proposed version whole, as it was loaded', async () => {
        const read = await platform.api('GET', '/api/v1/indicator-catalogues/kw-2026.2', { token: officer });
        expect(read.status).toBe(200);
        expect(read.body).toMatchObject({ version: 'kw-2026.2', status: 'proposed', adoptedAt: null });
        expect(read.body.catalogue).toEqual(revised);
      });

      it('shows the differences from the version in force', async () => {
        const differences = await platform.api('GET', '/api/v1/indicator-catalogues/kw-2026.2/differences', {
          token: officer,
        });
        expect(differences.body).toMatchObject({
          from: 'kw-2026.1',
          to: 'kw-2026.2',
          added: [],
          removed: [],
        });
        expect(differences.body.changed).toEqual([
          {
            list: 'adult-labour',
            indicatorId: regraded.id,
            changes: [{ field: 'grade', from: 'strong', to: 'medium' }],
          },
        ]);
      });

      it('adopts the version only with a second administrator, retiring the one before, and announces it', async () => {
        const self = await platform.api('POST', '/api/v1/indicator-catalogues/kw-2026.2/adoption', {
          token: adminA,
        });
        expect(self.status).toBe(409);
        expect(self.body.detail).toMatch(/second administrator/);
        const adopted = await platform.api('POST', '/api/v1/indicator-catalogues/kw-2026.2/adoption', {
          token: adminB,
        });
        expect(adopted.status).toBe(201);
        expect(adopted.body).toMatchObject({ status: 'active', adoptedByUserId: `${CA}.administrator-b` });
        const all = await platform.api('GET', '/api/v1/indicator-catalogues', { token: adminA });
        expect(all.body.items.map((c: { version: string; status: string }) => [c.version, c.status])).toEqual(
          [
            ['kw-2026.2', 'active'],
            ['kw-2026.1', 'retired'],
          ],
        );
        await eventually(() =>
          expect(
            platform.observer
              .on(platform.topic(Topics.identificationScreening))
              .some((m) => m.headers[EnvelopeHeaders.type] === IndicatorCatalogueAdopted.type),
          ).toBe(true),
        );
      });

      it('keeps both administrators in the audit chain, by the version they acted on', async () => {
        // Both administrators are in the audit chain, by the catalogue version they acted on.
        const audit = await db.query(
          `SELECT actor_user, what, outcome FROM "${platform.schemaPrefix}identification".audit_log
            WHERE target->>'version' = 'kw-2026.2' ORDER BY seq`,
        );
        expect(audit.rows).toEqual(
          expect.arrayContaining([
            {
              actor_user: `${CA}.administrator-a`,
              what: 'POST /internal/indicator-catalogues/:version/adoption',
              outcome: 409,
            },
            {
              actor_user: `${CA}.administrator-b`,
              what: 'POST /internal/indicator-catalogues/:version/adoption',
              outcome: 201,
            },
          ]),
        );
      });

      it('keeps the earlier assessment on its version; a reassessment uses the version in force', async () => {
        // The earlier assessment keeps its version and result; a reassessment uses the version in force.
        const base = `/api/v1/screenings/${first.caseId}/indicator-assessments`;
        const earlier = await platform.api('GET', `${base}/${first.assessmentId}`, { token: officer });
        expect(earlier.body).toMatchObject({
          catalogueVersion: 'kw-2026.1',
          status: 'completed',
          outcome: 'indicated',
        });
        const again = await platform.api('POST', base, { token: officer });
        expect(again.status).toBe(201);
        expect(again.body.catalogueVersion).toBe('kw-2026.2');
        const listed = await platform.api('GET', base, { token: officer });
        expect(listed.body.items.map((a: { catalogueVersion: string }) => a.catalogueVersion)).toEqual([
          'kw-2026.2',
          'kw-2026.1',
        ]);
      });
    });
  });
});

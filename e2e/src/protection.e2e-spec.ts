import { execFile } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import {
  DisclosureStopped,
  EnvelopeHeaders,
  FollowUpDue,
  PersonalDataErased,
  ProtectionLeadChanged,
  ReturnCompleted,
  ProtectionCaseClosed,
  ProtectionCaseOpened,
  ShelterPlaced,
  Topics,
} from '@nrm/contracts';
import type { ObservedMessage } from '@nrm/messaging';
import { eventually, testInfrastructure } from '@nrm/testing';
import { ROOT } from '@nrm/platform-launcher';
import { TestPlatform } from './support/test-platform';
import type { ApiResponse } from './support/test-platform';
import { inDays, today } from './support/dates';
import { payload } from './support/events';

const POLICE = 'kw-moi-police';
const CA = 'kw-nrm-competent-authority';
const SHELTER = 'kw-shelter-gov';

describe('protection: cases, service plan, providers within consent, shelter beds and closure (end to end)', () => {
  const platform = new TestPlatform('e2e_protect', 4500, {}, undefined, { ownProcesses: ['protection'] });
  const events = (type: string, caseId: string): ObservedMessage[] =>
    platform.observer
      .on(platform.topic(Topics.protectionCase))
      .filter((m) => m.key === caseId && m.headers[EnvelopeHeaders.type] === type);

  beforeAll(() => platform.start());
  afterAll(() => platform.stop());

  async function refer(
    person: Record<string, unknown>,
    consent: Record<string, unknown>,
    immediateRisks: string[] = [],
  ): Promise<string> {
    const police = await platform.token('first_responder', POLICE);
    const created = await platform.api('POST', '/api/v1/referrals', {
      token: police,
      body: {
        channel: 'police',
        encounter: { date: today(), place: 'Jleeb Al-Shuyoukh' },
        person: { sex: 'female', nationalities: ['PH'], ...person },
        exploitationTypes: ['domestic_servitude'],
        immediateRisks,
        interpreter: { needed: true, language: 'tl' },
        consent: { language: 'en', ...consent },
      },
    });
    expect(created.status).toBe(201);
    return created.body.caseId as string;
  }

  describe('a child referred by the police: protection before any decision on victim status', () => {
    let caseId: string;
    let worker: string;
    let police: string;
    let policeSupervisor: string;

    it('opens protection at once for a child, which only protection agencies see', async () => {
      caseId = await refer(
        { names: { latin: 'Protected Childperson' }, dateOfBirth: '2012-04-04' },
        { referral: true },
      );
      const opened = await eventually(() => payload(events(ProtectionCaseOpened.type, caseId)[0]), 30_000);
      expect(opened).toMatchObject({ caseId, openedBecause: 'child', personIsChild: true });

      worker = await platform.token('protection_case_worker', SHELTER);
      const queue = await platform.api('GET', '/api/v1/protection/cases', { token: worker });
      expect(queue.body.items.map((c: { caseId: string }) => c.caseId)).toContain(caseId);
      police = await platform.token('first_responder', POLICE);
      expect((await platform.api('GET', '/api/v1/protection/cases', { token: police })).status).toBe(403);
      // The role alone is not enough: a police supervisor has no need to know the protection file.
      policeSupervisor = await platform.token('supervisor', POLICE);
      expect(
        (await platform.api('GET', '/api/v1/protection/cases', { token: policeSupervisor })).status,
      ).toBe(403);
      expect(
        (await platform.api('GET', `/api/v1/protection/cases/${caseId}`, { token: policeSupervisor })).status,
      ).toBe(404);
    });

    it('refuses an invalid needs assessment, field by field, and plans shelter first', async () => {
      const badPlan = await platform.api('POST', `/api/v1/protection/cases/${caseId}/needs-assessments`, {
        token: worker,
        body: { needs: [{ needType: 'spa', priority: 'whenever', dueOn: '2027-02-30' }] },
      });
      expect(badPlan.status).toBe(400);
      expect(badPlan.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'needs.0.dueOn',
        'needs.0.needType',
        'needs.0.priority',
      ]);
      const plan = await platform.api('POST', `/api/v1/protection/cases/${caseId}/needs-assessments`, {
        token: worker,
        body: {
          needs: [
            { needType: 'family_tracing', priority: 'high', note: 'Mother said to live near Manila' },
            { needType: 'shelter', priority: 'urgent' },
          ],
        },
      });
      expect(plan.status).toBe(201);
      expect(plan.body.needs.map((n: { needType: string }) => n.needType)).toEqual([
        'shelter',
        'family_tracing',
      ]);
    });

    it("places the child in a children's shelter before any decision on victim status; the shelter checks the child in", async () => {
      const adultsOnly = await platform.api('POST', `/api/v1/protection/cases/${caseId}/placements`, {
        token: worker,
        body: { shelterId: 'kw-shelter-gov-women' },
      });
      expect(adultsOnly.status).toBe(409);
      expect(adultsOnly.body.detail).toBe('this shelter does not take children');
      const placement = await platform.api('POST', `/api/v1/protection/cases/${caseId}/placements`, {
        token: worker,
        body: { shelterId: 'kw-shelter-gov-children' },
      });
      expect(placement.status).toBe(201);
      expect(placement.body).toMatchObject({ status: 'placed', shelterId: 'kw-shelter-gov-children' });
      await eventually(() => expect(events(ShelterPlaced.type, caseId)).toHaveLength(1));

      // The shelter hears of it, checks the child in; the bed shows as taken.
      const shelterStaff = await platform.token('service_provider', SHELTER);
      await eventually(async () => {
        const inbox = await platform.api('GET', `/api/v1/inbox?caseId=${caseId}`, { token: shelterStaff });
        expect(inbox.body.items.map((i: { kind: string }) => i.kind)).toContain('service_request');
      });
      const checkIn = await platform.api(
        'POST',
        `/api/v1/protection/placements/${placement.body.placementId}/check-in`,
        {
          token: shelterStaff,
        },
      );
      expect(checkIn.body.status).toBe('checked_in');
      const shelters = await platform.api('GET', '/api/v1/protection/shelters', { token: worker });
      expect(
        shelters.body.items.find((s: { shelterId: string }) => s.shelterId === 'kw-shelter-gov-children'),
      ).toMatchObject({ capacity: 12, occupied: 1, free: 11, queued: 0 });
    });

    it("refers family tracing to IOM on the child's best interests, and only what the plan holds", async () => {
      // Family tracing by IOM: no consent to share, but a child's best interests carry it.
      const ngo = await platform.api('POST', `/api/v1/protection/cases/${caseId}/service-referrals`, {
        token: worker,
        body: { needType: 'legal_aid', providerAgencyId: 'ngo-migrant-support' },
      });
      expect(ngo.status).toBe(409); // legal aid is not in the plan
      const tracing = await platform.api('POST', `/api/v1/protection/cases/${caseId}/service-referrals`, {
        token: worker,
        body: { needType: 'family_tracing', providerAgencyId: 'iom-kuwait' },
      });
      expect(tracing.status).toBe(201);
      expect(tracing.body.disclosureBasis).toBe('child');
      const iom = await platform.token('service_provider', 'iom-kuwait');
      const asked = await platform.api('GET', '/api/v1/protection/service-referrals?status=pending', {
        token: iom,
      });
      const item = asked.body.items.find((i: { caseId: string }) => i.caseId === caseId);
      expect(item).toMatchObject({
        needType: 'family_tracing',
        priority: 'high',
        personIsChild: true,
        interpreterNeeded: true,
      });
      expect(JSON.stringify(asked.body)).not.toMatch(/Childperson|Manila/);
      const otherProvider = await platform.token('service_provider', 'ngo-migrant-support');
      const notTheirs = await platform.api(
        'POST',
        `/api/v1/protection/service-referrals/${item.serviceReferralId}/accept`,
        {
          token: otherProvider,
        },
      );
      expect(notTheirs.status).toBe(404);
      for (const step of ['accept', 'complete']) {
        const res = await platform.api(
          'POST',
          `/api/v1/protection/service-referrals/${item.serviceReferralId}/${step}`,
          {
            token: iom,
          },
        );
        expect(res.status).toBe(200);
      }
      const view = await platform.api('GET', `/api/v1/protection/cases/${caseId}`, { token: worker });
      expect(view.body.needs.find((n: { needType: string }) => n.needType === 'family_tracing').status).toBe(
        'met',
      );
      expect(view.body.placements[0].status).toBe('checked_in');
    });

    it('has decided nothing on victim status yet, and no personal data is on Kafka', async () => {
      // Identification has decided nothing yet.
      const officer = await platform.token('identification_officer', CA);
      expect(
        (await platform.api('GET', `/api/v1/screenings/${caseId}`, { token: officer })).body.status,
      ).toBe('open');
      const onKafka = platform.observer
        .on(platform.topic(Topics.protectionCase))
        .filter((m) => m.key === caseId)
        .map((m) => m.value ?? '')
        .join('\n');
      expect(onKafka).not.toMatch(/Childperson|Manila|2012-04-04/);
    });

    it('logs every access, refusals too, for a supervisor of an agency holding the case', async () => {
      // Every access is in the audit log, refusals too; a supervisor sees who accessed the case. A role
      // the route does not allow is refused at the gateway; a police supervisor gets as far as protection,
      // which refuses an agency that is not a protection agency, and records it.
      expect(
        (await platform.api('GET', `/api/v1/protection/cases/${caseId}`, { token: police })).status,
      ).toBe(403);
      const assessment = { needs: [{ needType: 'medical', priority: 'normal' }] };
      expect(
        (
          await platform.api('POST', `/api/v1/protection/cases/${caseId}/needs-assessments`, {
            token: policeSupervisor,
            body: assessment,
          })
        ).status,
      ).toBe(403);
      expect(
        (await platform.api('GET', `/api/v1/cases/${caseId}/access-log`, { token: worker })).status,
      ).toBe(403);
      // Only supervisors of an agency holding the case: not one of an agency that has nothing to do with it.
      const labourSupervisor = await platform.token('supervisor', 'kw-pam-labour');
      expect(
        (await platform.api('GET', `/api/v1/cases/${caseId}/access-log`, { token: labourSupervisor })).status,
      ).toBe(404);
      const supervisor = await platform.token('supervisor', SHELTER);
      const log = await platform.api('GET', `/api/v1/cases/${caseId}/access-log`, { token: supervisor });
      expect(log.status).toBe(200);
      expect(log.body.entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            service: 'protection',
            agencyId: SHELTER,
            role: 'protection_case_worker',
            action: 'write',
            what: 'POST /internal/protection/cases/:caseId/placements',
            why: 'protection',
            outcome: 201,
          }),
          expect.objectContaining({
            service: 'protection',
            agencyId: POLICE,
            action: 'denied',
            outcome: 403,
          }),
          expect.objectContaining({ service: 'identification', agencyId: CA, action: 'read', userId: null }),
        ]),
      );
      // Its own staff by user id; other agencies' staff by agency and role only.
      expect(
        log.body.entries
          .filter((e: { userId: unknown }) => e.userId !== null)
          .map((e: { agencyId: string }) => e.agencyId),
      ).toEqual(expect.not.arrayContaining([POLICE, CA]));
    });

    it("gives the person's representative the same report: agencies, roles, kinds of access and why, no staff", async () => {
      const supervisor = await platform.token('supervisor', SHELTER);
      // The same report for the person's lawyer or guardian: agencies, roles, kinds of access and why; no staff.
      const forRepresentative = await platform.api(
        'GET',
        `/api/v1/cases/${caseId}/access-log?for=representative`,
        {
          token: supervisor,
        },
      );
      expect(forRepresentative.body.entries).toEqual(
        expect.arrayContaining([
          {
            at: expect.any(String),
            service: 'protection',
            agencyId: SHELTER,
            role: 'protection_case_worker',
            action: 'write',
            why: 'protection',
          },
        ]),
      );
      expect(JSON.stringify(forRepresentative.body)).not.toMatch(/userId|internal/);
      const badAudience = await platform.api('GET', `/api/v1/cases/${caseId}/access-log?for=everyone`, {
        token: supervisor,
      });
      expect(badAudience.status).toBe(400);
    });

    it("verifies the audit chain and finds an entry edited behind the trigger's back", async () => {
      // The chain verifies; an entry edited behind the trigger's back is found.
      const verify = () =>
        new Promise<{ code: number | null; out: string }>((resolve) => {
          const handle = platform.running.services.find((s) => s.name === 'protection')!;
          execFile(
            process.execPath,
            [path.join(ROOT, 'dist', 'apps', 'protection', 'src', 'main.js'), 'audit-verify'],
            { env: handle.env },
            (error, stdout) => resolve({ code: error ? (error.code as number) : 0, out: stdout }),
          );
        });
      const intact = await verify();
      expect(intact.code).toBe(0);
      expect(JSON.parse(intact.out)).toMatchObject({ service: 'protection', intact: true });
      const db = new Client({ connectionString: testInfrastructure().databaseUrl });
      await db.connect();
      try {
        const table = `"${platform.schemaPrefix}protection".audit_log`;
        await db.query('BEGIN');
        await db.query(`ALTER TABLE ${table} DISABLE TRIGGER audit_log_append_only`);
        await db.query(`UPDATE ${table} SET actor_agency = 'someone-else' WHERE seq = 2`);
        await db.query(`ALTER TABLE ${table} ENABLE TRIGGER audit_log_append_only`);
        await db.query('COMMIT');
      } finally {
        await db.end();
      }
      const tampered = await verify();
      expect(tampered.code).toBe(3);
      expect(JSON.parse(tampered.out).firstBreak).toEqual({ seq: 2, problem: 'altered' });
    });
  });

  describe('an adult referred within consent: disclosure stops when consent is withdrawn, closure needs a second person', () => {
    let caseId: string;
    let worker: string;
    let supervisor: string;
    let legal: ApiResponse;
    let overridden: ApiResponse;
    let bed: ApiResponse;
    let ngo: string;
    const details = (token: string) =>
      platform.api('GET', `/api/v1/referrals/${caseId}/personal-data`, { token });

    it('opens no protection case for an adult before a positive preliminary decision, then one with a recovery period', async () => {
      caseId = await refer(
        { names: { latin: 'Consenting Adultperson' }, dateOfBirth: '1990-02-02' },
        { referral: true, dataSharingAgencyTypes: ['ngo'] },
      );
      worker = await platform.token('protection_case_worker', SHELTER);
      // No protection case before a positive preliminary decision for an adult without urgent risk.
      const officer = await platform.token('identification_officer', CA);
      await eventually(async () =>
        expect(
          (await platform.api('GET', `/api/v1/screenings/${caseId}`, { token: officer })).body.status,
        ).toBe('open'),
      );
      expect(
        (await platform.api('GET', `/api/v1/protection/cases/${caseId}`, { token: worker })).status,
      ).toBe(404);
      const decided = await platform.api('POST', `/api/v1/screenings/${caseId}/preliminary-decision`, {
        token: officer,
        body: { outcome: 'positive', reasons: 'Deceptive recruitment and withheld passport documented.' },
      });
      expect(decided.status).toBe(201);
      const opened = await eventually(() => payload(events(ProtectionCaseOpened.type, caseId)[0]), 30_000);
      expect(opened.openedBecause).toBe('presumed_victim');
      await eventually(async () => {
        const view = await platform.api('GET', `/api/v1/protection/cases/${caseId}`, { token: worker });
        expect(view.body.recoveryPeriod?.startsOn).toBeDefined();
      });
    });

    it("refers legal aid to an NGO within consent, and documents to the IOM only on a supervisor's override", async () => {
      await platform.api('POST', `/api/v1/protection/cases/${caseId}/needs-assessments`, {
        token: worker,
        body: {
          needs: [
            { needType: 'legal_aid', priority: 'normal' },
            { needType: 'documents', priority: 'high' },
          ],
        },
      });
      legal = await platform.api('POST', `/api/v1/protection/cases/${caseId}/service-referrals`, {
        token: worker,
        body: { needType: 'legal_aid', providerAgencyId: 'ngo-migrant-support' },
      });
      expect(legal.body).toMatchObject({ status: 'pending', disclosureBasis: 'consent' });
      const documentsUrl = `/api/v1/protection/cases/${caseId}/service-referrals`;
      const noConsent = await platform.api('POST', documentsUrl, {
        token: worker,
        body: { needType: 'documents', providerAgencyId: 'iom-kuwait' },
      });
      expect(noConsent.status).toBe(409);
      expect(noConsent.body.detail).toContain('consent does not cover sharing with iom agencies');
      const override = { reason: 'Passport needed to stop removal proceedings this week.' };
      expect(
        (
          await platform.api('POST', documentsUrl, {
            token: worker,
            body: { needType: 'documents', providerAgencyId: 'iom-kuwait', override },
          })
        ).status,
      ).toBe(403);
      supervisor = await platform.token('supervisor', SHELTER);
      overridden = await platform.api('POST', documentsUrl, {
        token: supervisor,
        body: { needType: 'documents', providerAgencyId: 'iom-kuwait', override },
      });
      expect(overridden.body).toMatchObject({ status: 'pending', disclosureBasis: 'supervisor_override' });
    });

    it("places the adult in a shelter only on a supervisor's recorded reason; the shelter sees whom to receive", async () => {
      // A shelter bed discloses the case to the shelter too: consent, or a supervisor's recorded reason.
      const bedUrl = `/api/v1/protection/cases/${caseId}/placements`;
      const noShelterConsent = await platform.api('POST', bedUrl, {
        token: worker,
        body: { shelterId: 'kw-shelter-gov-women' },
      });
      expect(noShelterConsent.status).toBe(409);
      bed = await platform.api('POST', bedUrl, {
        token: supervisor,
        body: {
          shelterId: 'kw-shelter-gov-women',
          override: { reason: 'Nowhere safe to sleep tonight; consent to follow.' },
        },
      });
      expect(bed.body.status).toBe('placed');
      // While the person is placed, the shelter's provider sees who to receive.
      await eventually(async () => expect((await details(worker)).body.view).toBe('care'), 30_000);
      await platform.api('POST', `/api/v1/protection/placements/${bed.body.placementId}/check-out`, {
        token: worker,
      });
    });

    it("shows the NGO whom to receive but not where she was found; the shelter's tie ends at check-out", async () => {
      ngo = await platform.token('service_provider', 'ngo-migrant-support');
      expect(
        (
          await platform.api(
            'POST',
            `/api/v1/protection/service-referrals/${legal.body.serviceReferralId}/accept`,
            { token: ngo },
          )
        ).status,
      ).toBe(200);

      // The NGO the person was referred to sees who to receive, not the rest; the shelter's tie ended at
      // check-out; the IOM, referred on a supervisor's override, is involved too.
      const asNgo = await eventually(async () => {
        const res = await details(ngo);
        expect(res.status).toBe(200);
        return res.body;
      }, 30_000);
      expect(asNgo).toMatchObject({ view: 'care', details: { names: { latin: 'Consenting Adultperson' } } });
      expect(asNgo.withheld).toContain('encounterPlace');
      expect(JSON.stringify(asNgo)).not.toContain('Jleeb');
      // The shelter's tie ended at check-out (its provider still leads the case, so it still sees it).
      await eventually(async () => {
        const ties = await platform.sql<{ basis: string; ended: boolean }>(
          `SELECT basis, until IS NOT NULL AS ended FROM "${platform.schema('intake')}".case_involvement
            WHERE case_id = $1 AND agency_id = $2 ORDER BY basis`,
          [caseId, SHELTER],
        );
        expect(ties).toEqual([
          { basis: 'protection_lead', ended: false },
          { basis: 'shelter', ended: true },
        ]);
      }, 30_000);
      expect((await details(await platform.token('service_provider', 'iom-kuwait'))).status).toBe(200);
    });

    it("stops the NGO's referral and its view of the person when consent to share is withdrawn", async () => {
      // The person withdraws consent to share: the NGO's referral stops and the NGO hears so.
      const police = await platform.token('first_responder', POLICE);
      const withdrawn = await platform.api('POST', `/api/v1/referrals/${caseId}/consents`, {
        token: police,
        body: { purpose: 'data_sharing', granted: false, language: 'en' },
      });
      expect(withdrawn.status).toBe(201);
      const stopped = await eventually(() => payload(events(DisclosureStopped.type, caseId)[0]), 30_000);
      expect(stopped).toMatchObject({ providerAgencyId: 'ngo-migrant-support', needType: 'legal_aid' });
      expect(events(DisclosureStopped.type, caseId)).toHaveLength(1); // the override stands on its own ground
      await eventually(async () => {
        const inbox = await platform.api('GET', `/api/v1/inbox?caseId=${caseId}`, { token: ngo });
        expect(inbox.body.items.map((i: { kind: string }) => i.kind)).toContain('disclosure_stopped');
      });
      // Withdrawal stops disclosure everywhere: the NGO no longer sees the person's details.
      await eventually(async () => expect((await details(ngo)).status).toBe(404), 30_000);
      expect((await details(police)).body.view).toBe('full');
    });

    it('closes once open referrals are settled and a second person approves; a closed case takes no new needs', async () => {
      // Closure waits for open referrals, then for a second person.
      const closure = `/api/v1/protection/cases/${caseId}/closure`;
      const tooSoon = await platform.api('POST', closure, {
        token: worker,
        body: { reason: 'recovered_and_reintegrated' },
      });
      expect(tooSoon.status).toBe(409);
      const iom = await platform.token('service_provider', 'iom-kuwait');
      const declined = await platform.api(
        'POST',
        `/api/v1/protection/service-referrals/${overridden.body.serviceReferralId}/decline`,
        {
          token: iom,
          body: { reason: 'no_capacity' },
        },
      );
      expect(declined.body.status).toBe('declined');
      expect(
        (
          await platform.api('POST', closure, {
            token: worker,
            body: { reason: 'recovered_and_reintegrated' },
          })
        ).status,
      ).toBe(201);
      expect(
        (await platform.api('POST', `${closure}/review`, { token: worker, body: { approve: true } })).status,
      ).toBe(403);
      const approved = await platform.api('POST', `${closure}/review`, {
        token: supervisor,
        body: { approve: true },
      });
      expect(approved.body.status).toBe('closed');
      const closed = await eventually(() => payload(events(ProtectionCaseClosed.type, caseId)[0]));
      expect(closed.reason).toBe('recovered_and_reintegrated');
      const afterwards = await platform.api('POST', `/api/v1/protection/cases/${caseId}/needs-assessments`, {
        token: worker,
        body: { needs: [{ needType: 'medical', priority: 'normal' }] },
      });
      expect(afterwards.status).toBe(409);
    });
  });

  describe('an adult with a temporary permit who returns home: reminders and follow-ups raised once across a restart', () => {
    let caseId: string;
    let worker: string;
    let supervisor: string;
    let base: string;
    let placed: ApiResponse;

    it('opens protection at once for an adult with an urgent medical risk', async () => {
      caseId = await refer(
        { names: { latin: 'Returning Adultperson' }, dateOfBirth: '1988-08-08' },
        { referral: true, dataSharingAgencyTypes: ['shelter', 'iom'] },
        ['medical_urgency'],
      );
      const opened = await eventually(() => payload(events(ProtectionCaseOpened.type, caseId)[0]), 30_000);
      expect(opened.openedBecause).toBe('urgent_risk');
      worker = await platform.token('protection_case_worker', SHELTER);
      supervisor = await platform.token('supervisor', SHELTER);
      base = `/api/v1/protection/cases/${caseId}`;
    });

    it('records a temporary permit only with its expiry, and reminds the lead agency before it expires', async () => {
      const noExpiry = await platform.api('POST', `${base}/residence-status`, {
        token: worker,
        body: { status: 'temporary_permit', validFrom: today() },
      });
      expect(noExpiry.status).toBe(400);
      expect(noExpiry.body.errors[0].field).toBe('expiresOn');
      const permit = await platform.api('POST', `${base}/residence-status`, {
        token: worker,
        body: {
          status: 'temporary_permit',
          validFrom: today(),
          expiresOn: inDays(10),
          reference: 'TP-99887766',
        },
      });
      expect(permit.status).toBe(201);
      const reminder = await eventually(
        () => payload(events(FollowUpDue.type, caseId).find((m) => payload(m).kind === 'residence_expiry')!),
        30_000,
      );
      expect(reminder).toMatchObject({
        kind: 'residence_expiry',
        aboutDate: inDays(10),
        recipientAgencyId: SHELTER,
      });
      await eventually(async () => {
        const inbox = await platform.api('GET', `/api/v1/inbox?caseId=${caseId}`, { token: worker });
        expect(inbox.body.items.map((i: { kind: string }) => i.kind)).toContain('follow_up_due');
      });
    });

    it("plans a voluntary return only with a supervisor and the person's consent", async () => {
      placed = await platform.api('POST', `${base}/placements`, {
        token: worker,
        body: { shelterId: 'kw-shelter-gov-women' },
      });
      expect(placed.body.status).toBe('placed');
      const plan = {
        destinationCountry: 'PH',
        consentToReturn: true,
        riskLevel: 'high',
        riskNote: 'Recruiter lives in the home village',
        travelDocumentsReady: true,
        receivingOrganisation: 'Receiving Shelter Foundation Manila',
        followUpAgencyId: 'iom-kuwait',
        plannedOn: inDays(7),
      };
      expect((await platform.api('POST', `${base}/return-plan`, { token: worker, body: plan })).status).toBe(
        403,
      );
      const unwilling = await platform.api('POST', `${base}/return-plan`, {
        token: supervisor,
        body: { ...plan, consentToReturn: false },
      });
      expect(unwilling.status).toBe(409);
      expect(unwilling.body.detail).toContain('voluntary');
      expect(
        (await platform.api('POST', `${base}/return-plan`, { token: supervisor, body: plan })).status,
      ).toBe(201);
    });

    it('completes the return once the person has left the shelter, with three follow-ups to come', async () => {
      const stillSheltered = await platform.api('POST', `${base}/return-plan/completion`, {
        token: worker,
        body: { returnedOn: today() },
      });
      expect(stillSheltered.status).toBe(409);
      await platform.api('POST', `/api/v1/protection/placements/${placed.body.placementId}/check-out`, {
        token: worker,
      });
      const returned = await platform.api('POST', `${base}/return-plan/completion`, {
        token: worker,
        body: { returnedOn: today() },
      });
      expect(returned.status).toBe(201);
      expect(returned.body.followUpsDueOn).toHaveLength(3);
      await eventually(() => expect(events(ReturnCompleted.type, caseId)).toHaveLength(1));
    });

    it('raises a follow-up that fell due while protection was down once, when it is back', async () => {
      // The first follow-up falls due while protection is down: raised once when it is back.
      const db = new Client({ connectionString: testInfrastructure().databaseUrl });
      await db.connect();
      try {
        await platform.restart('protection', async () => {
          await db.query(
            `UPDATE "${platform.schemaPrefix}protection".follow_up SET due_on = current_date - 1
              WHERE case_id = $1 AND kind = 'return_follow_up' AND sequence = 1`,
            [caseId],
          );
        });
      } finally {
        await db.end();
      }
      const returnFollowUps = () =>
        events(FollowUpDue.type, caseId)
          .map(payload)
          .filter((f) => f.kind === 'return_follow_up');
      await eventually(() => expect(returnFollowUps()).toHaveLength(1), 30_000);
      await new Promise((resolve) => setTimeout(resolve, 1000)); // several more clock passes
      expect(returnFollowUps()).toEqual([
        expect.objectContaining({ sequence: 1, recipientAgencyId: 'iom-kuwait', aboutDate: today() }),
      ]);
    });

    it("lets the IOM record a follow-up's outcome once; nothing of the permit or the return is on Kafka", async () => {
      const iom = await platform.token('service_provider', 'iom-kuwait');
      const view = await platform.api('GET', base, { token: worker });
      const first = view.body.followUps.find(
        (f: { kind: string; sequence: number }) => f.kind === 'return_follow_up' && f.sequence === 1,
      );
      expect(first.raisedAt).not.toBeNull();
      const url = `${base}/follow-ups/${first.followUpId}`;
      expect((await platform.api('POST', url, { token: iom, body: { outcome: 'renewed' } })).status).toBe(
        400,
      );
      expect(
        (
          await platform.api('POST', url, {
            token: iom,
            body: { outcome: 'reached', note: 'Working in a bakery' },
          })
        ).status,
      ).toBe(201);
      expect((await platform.api('POST', url, { token: iom, body: { outcome: 'reached' } })).status).toBe(
        409,
      );
      const onKafka = platform.observer
        .on(platform.topic(Topics.protectionCase))
        .filter((m) => m.key === caseId)
        .map((m) => m.value ?? '')
        .join('\n');
      expect(onKafka).not.toMatch(/TP-99887766|Recruiter|Manila|bakery|Adultperson/);
    });
  });

  describe("a child's personal data erased on a court order: every service destroys its key, the rest remains", () => {
    let caseId: string;
    let worker: string;
    let url: string;
    const assess = () =>
      platform.api('POST', `/api/v1/protection/cases/${caseId}/needs-assessments`, {
        token: worker,
        body: { needs: [{ needType: 'family_tracing', priority: 'high', note: 'Erasable aunt in Cebu' }] },
      });

    it('keeps a sealed note in the protection file of a referred child', async () => {
      caseId = await refer(
        {
          names: { latin: 'Erasable Testchild' },
          dateOfBirth: '2013-05-05',
          documents: [{ type: 'passport', number: 'ER5544332', issuingCountry: 'PH' }],
        },
        { referral: true },
      );
      await eventually(() => payload(events(ProtectionCaseOpened.type, caseId)[0]), 30_000);
      worker = await platform.token('protection_case_worker', SHELTER);
      expect((await assess()).status).toBe(201);
    });

    it('lets only a supervisor of the competent authority erase, once, naming the court order', async () => {
      url = `/api/v1/referrals/${caseId}/personal-data-erasure`;

      // Only a supervisor of the competent authority erases, and a court order names its reference.
      const policeSupervisor = await platform.token('supervisor', POLICE);
      const asPolice = await platform.api('POST', url, {
        token: policeSupervisor,
        body: { legalBasis: 'court_order' },
      });
      expect(asPolice.status).toBe(403);
      const authority = await platform.token('supervisor', CA);
      const unnamed = await platform.api('POST', url, {
        token: authority,
        body: { legalBasis: 'court_order' },
      });
      expect(unnamed.status).toBe(400);
      expect(unnamed.body.errors).toEqual([expect.objectContaining({ field: 'authorityReference' })]);
      const body = { legalBasis: 'court_order', authorityReference: 'KW-CRT-2026/1187' };
      const erased = await platform.api('POST', url, { token: authority, body });
      expect(erased.status).toBe(200);
      expect(erased.body).toMatchObject({ caseId, legalBasis: 'court_order' });
      expect((await platform.api('POST', url, { token: authority, body })).status).toBe(409);
    });

    it("destroys every service's key for the case: sealed values stay unreadable and fingerprints go", async () => {
      // Every service that keeps personal data destroyed its key for the case (a tombstone where it had none).
      const services = ['intake', 'identification', 'protection', 'prosecution-tracking'];
      await eventually(async () => {
        for (const service of services) {
          const rows = await platform.sql(
            `SELECT wrapped_key, shredded_at FROM "${platform.schema(service)}".data_key WHERE owner_id = $1`,
            [caseId],
          );
          expect({ service, rows: rows.length, wrapped: rows[0]?.['wrapped_key'] }).toEqual({
            service,
            rows: 1,
            wrapped: null,
          });
        }
      }, 30_000);
      // The sealed values are still in the tables, and unreadable for good; the keyed fingerprints are gone.
      const notes = await platform.sql<{ note_sealed: string }>(
        `SELECT note_sealed FROM "${platform.schema('protection')}".need WHERE case_id = $1 AND note_sealed IS NOT NULL`,
        [caseId],
      );
      expect(notes.length).toBe(1);
      expect(notes[0].note_sealed).toMatch(/^v2\./);
      expect(
        await platform.sql(
          `SELECT 1 FROM "${platform.schema('intake')}".person_fingerprint WHERE case_id = $1`,
          [caseId],
        ),
      ).toEqual([]);
    });

    it('keeps the case, its statuses and its protection file, and refuses new personal data with 410', async () => {
      // The case, its statuses and its protection file remain; personal data can no longer be written.
      const police = await platform.token('first_responder', POLICE);
      const referral = await platform.api('GET', `/api/v1/referrals/${caseId}`, { token: police });
      expect(referral.body).toMatchObject({ caseId, status: 'received', personalDataErased: true });
      const amend = await platform.api('PATCH', `/api/v1/referrals/${caseId}`, {
        token: police,
        body: { reason: 'Spelling of the name', account: 'A new account' },
      });
      expect(amend.status).toBe(410);
      expect(amend.body.type).toBe('/problems/personal-data-erased');
      const again = await assess();
      expect(again.status).toBe(410);
      expect(again.contentType).toContain('application/problem+json');
      expect(
        (await platform.api('GET', `/api/v1/protection/cases/${caseId}`, { token: worker })).status,
      ).toBe(200);
    });

    it('says on Kafka what was erased and nothing of the person', async () => {
      // The event says what happened and nothing of the person.
      const onKafka = platform.observer
        .on(platform.topic(Topics.intakeReferral))
        .filter((m) => m.key === caseId && m.headers[EnvelopeHeaders.type] === PersonalDataErased.type);
      expect(onKafka.length).toBe(1);
      expect(payload(onKafka[0])).toMatchObject({ caseId, legalBasis: 'court_order', erasedByAgencyId: CA });
      expect(onKafka[0].value).not.toMatch(/Erasable|ER5544332|KW-CRT/);
    });
  });

  it('rotates the master key while protection runs: new key first, rewrap-keys, then the old key goes', async () => {
    const caseId = await refer(
      { names: { latin: 'Rotated Testchild' }, dateOfBirth: '2014-06-06' },
      { referral: true },
    );
    await eventually(() => payload(events(ProtectionCaseOpened.type, caseId)[0]), 30_000);
    const worker = await platform.token('protection_case_worker', SHELTER);
    const assess = (note: string) =>
      platform.api('POST', `/api/v1/protection/cases/${caseId}/needs-assessments`, {
        token: worker,
        body: { needs: [{ needType: 'legal_aid', priority: 'normal', note }] },
      });
    expect((await assess('Before the rotation')).status).toBe(201);
    const protection = () => platform.running.services.find((s) => s.name === 'protection')!;
    const oldKeys = protection().env['PROTECTION_FIELD_KEYS'] as string;
    const newKey = `rotated:${Buffer.alloc(32, 42).toString('base64')}`;
    const rewrap = (keys: string) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        execFile(
          process.execPath,
          [path.join(ROOT, 'dist', 'apps', 'protection', 'src', 'main.js'), 'rewrap-keys'],
          { env: { ...protection().env, PROTECTION_FIELD_KEYS: keys } },
          (error, stdout) => resolve({ code: error ? (error.code as number) : 0, out: stdout }),
        );
      });

    // 1. The new key first, the old one kept: new data keys are wrapped by the new key.
    await platform.restart('protection', undefined, 'SIGTERM', {
      PROTECTION_FIELD_KEYS: `${newKey},${oldKeys}`,
    });
    // 2. Rewrap every data key while protection serves.
    const rewrapped = await rewrap(`${newKey},${oldKeys}`);
    expect(rewrapped.code).toBe(0);
    expect(JSON.parse(rewrapped.out)).toMatchObject({ service: 'protection', remaining: 0 });
    expect(JSON.parse(rewrapped.out).rewrapped).toBeGreaterThan(0);
    const masters = await platform.sql<{ master_key_id: string }>(
      `SELECT DISTINCT master_key_id FROM "${platform.schema('protection')}".data_key WHERE wrapped_key IS NOT NULL`,
    );
    expect(masters).toEqual([{ master_key_id: 'rotated' }]);
    // 3. The old key is gone: the case's data key still opens, under the new master key alone.
    await platform.restart('protection', undefined, 'SIGTERM', { PROTECTION_FIELD_KEYS: newKey });
    expect((await assess('After the rotation')).status).toBe(201);
    expect(await rewrap(newKey)).toMatchObject({ code: 0 });
  });

  it('lets the lead agency manage a case and hand it on; other protection agencies see only what ties them to it', async () => {
    const caseId = await refer(
      { names: { latin: 'Handed Testchild' }, dateOfBirth: '2015-07-07' },
      { referral: true },
    );
    await eventually(() => payload(events(ProtectionCaseOpened.type, caseId)[0]), 30_000);
    const NGO = 'ngo-migrant-support';
    const shelterWorker = await platform.token('protection_case_worker', SHELTER);
    const ngoWorker = await platform.token('protection_case_worker', NGO);
    const listed = async (token: string) =>
      (await platform.api('GET', '/api/v1/protection/cases', { token })).body.items.map(
        (c: { caseId: string }) => c.caseId,
      );
    const assess = (token: string) =>
      platform.api('POST', `/api/v1/protection/cases/${caseId}/needs-assessments`, {
        token,
        body: { needs: [{ needType: 'education', priority: 'normal' }] },
      });
    // The jurisdiction's default lead (the government shelter) manages it and sees who the child is; the
    // NGO has no tie yet.
    expect(await listed(shelterWorker)).toContain(caseId);
    const details = (token: string) =>
      platform.api('GET', `/api/v1/referrals/${caseId}/personal-data`, { token });
    await eventually(async () => expect((await details(shelterWorker)).body.view).toBe('care'), 30_000);
    expect((await details(ngoWorker)).status).toBe(404);
    expect(await listed(ngoWorker)).not.toContain(caseId);
    expect(
      (await platform.api('GET', `/api/v1/protection/cases/${caseId}`, { token: ngoWorker })).status,
    ).toBe(404);
    expect((await assess(ngoWorker)).status).toBe(404);
    expect((await assess(shelterWorker)).status).toBe(201);

    // A supervisor of the lead hands it to the NGO (a case worker may not; nor an agency that is not a
    // protection agency).
    const url = `/api/v1/protection/cases/${caseId}/lead-agency`;
    expect((await platform.api('POST', url, { token: shelterWorker, body: { agencyId: NGO } })).status).toBe(
      403,
    );
    const shelterSupervisor = await platform.token('supervisor', SHELTER);
    const notProtection = await platform.api('POST', url, {
      token: shelterSupervisor,
      body: { agencyId: POLICE },
    });
    expect(notProtection.status).toBe(400);
    const handed = await platform.api('POST', url, { token: shelterSupervisor, body: { agencyId: NGO } });
    expect(handed.body).toEqual({ caseId, leadAgencyId: NGO });

    expect(await listed(ngoWorker)).toContain(caseId);
    expect((await assess(ngoWorker)).status).toBe(201);
    expect(
      (await platform.api('GET', `/api/v1/protection/cases/${caseId}`, { token: ngoWorker })).body,
    ).toMatchObject({
      leadAgencyId: NGO,
    });
    expect(await listed(shelterWorker)).not.toContain(caseId);
    expect((await assess(shelterWorker)).status).toBe(404);
    // Intake hears of the hand-over: the new lead sees who the child is, the former one no longer.
    await eventually(async () => {
      expect((await details(ngoWorker)).body.view).toBe('care');
      expect((await details(shelterWorker)).status).toBe(404);
    }, 30_000);
    const changed = await eventually(() => payload(events(ProtectionLeadChanged.type, caseId)[0]), 30_000);
    expect(changed).toMatchObject({ leadAgencyId: NGO, previousLeadAgencyId: SHELTER });
    // The competent authority oversees every case.
    const authority = await platform.token('supervisor', CA);
    expect(await listed(authority)).toContain(caseId);
  });
});

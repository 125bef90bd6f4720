import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { LocalDate, WorkingDayCalendar } from '@nrm/calendar';
import type { WeekDay } from '@nrm/calendar';
import {
  DeadlineApproaching,
  DeadlineBreached,
  EnvelopeHeaders,
  ReferralReceived,
  ScreeningOpened,
  Topics,
} from '@nrm/contracts';
import type { ObservedMessage } from '@nrm/messaging';
import { WebhookHeaders, verifyWebhook } from '@nrm/security';
import { eventually, testInfrastructure } from '@nrm/testing';
import { ROOT } from '@nrm/platform-launcher';
import { TestPlatform } from './support/test-platform';
import type { ApiResponse } from './support/test-platform';

// Personal data with distinctive values, so any leak onto Kafka or into a log is easy to find.
const PERSON_NAME = 'Zainab Quetzalcoatl-Testperson';
const ARABIC_NAME = 'زينب اختبار';
const PASSPORT = 'ZQ9988776';
const PLACE = 'Shuwaikh Port warehouse 17';

function referralBody(encounterDate: string) {
  return {
    channel: 'police',
    encounter: { date: encounterDate, place: PLACE },
    person: {
      names: { latin: PERSON_NAME, arabic: ARABIC_NAME },
      dateOfBirth: '1995-06-01',
      sex: 'female',
      nationalities: ['ET'],
      languages: ['am'],
      documents: [{ type: 'passport', number: PASSPORT, issuingCountry: 'ET' }],
    },
    exploitationTypes: ['domestic_servitude'],
    immediateRisks: [],
    interpreter: { needed: true, language: 'am' },
    account: `Her employer ${PERSON_NAME} story: passport ${PASSPORT} taken.`,
    consent: { referral: true, language: 'en' },
  };
}

interface WebhookCall {
  headers: IncomingHttpHeaders;
  body: string;
  answered: number;
}

describe('a referral flows through every service (end to end)', () => {
  const { databaseUrl } = testInfrastructure();
  const platform = new TestPlatform('e2e_flow', 4100, {}, undefined, { ownProcesses: ['identification'] });
  const { schemaPrefix, logDir } = platform;
  const webhookCalls: WebhookCall[] = [];
  let receiver: Server;
  let webhookSecret: string;
  const token: TestPlatform['token'] = (role, agencyId) => platform.token(role, agencyId);
  const api: TestPlatform['api'] = (method, url, options) => platform.api(method, url, options);
  const topic = (name: string) => platform.topic(name);

  beforeAll(async () => {
    // The agency's webhook fails once, then accepts: the retry must carry the same notification id.
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const answered = webhookCalls.length === 0 ? 500 : 204;
        webhookCalls.push({ headers: req.headers, body, answered });
        res.writeHead(answered).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    await platform.start();
    const admin = await token('administrator', 'kw-moi-police');
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/nrm`;
    const put = await api('PUT', '/api/v1/agency/webhook', { token: admin, body: { url } });
    expect(put.status).toBe(200);
    webhookSecret = put.body.secret;
  });

  afterAll(async () => {
    await platform.stop();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  describe('a referral taken, screened against its working-day deadline, and the referrer notified', () => {
    let responder: string;
    let created: ApiResponse;
    let caseId: string;
    let caseReference: string;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the case view, asserted field by field
    let view: any;
    let notificationId: string;
    let screeningEvents: ObservedMessage[];

    it("takes a referral as received, not as a child's and needing no immediate protection, at its own address", async () => {
      const today = new Date().toISOString().slice(0, 10);
      responder = await token('first_responder', 'kw-moi-police');
      created = await api('POST', '/api/v1/referrals', { token: responder, body: referralBody(today) });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        status: 'received',
        handledAsChild: false,
        requiresImmediateProtection: false,
      });
      ({ caseId, caseReference } = created.body);
      expect(created.location).toBe(`/api/v1/referrals/${caseId}`);
    });

    it("opens a screening at the competent authority, due the policy's working days after the referral on Kuwait's calendar", async () => {
      view = await eventually(async () => {
        const res = await api('GET', `/api/v1/cases/${caseId}`, { token: responder });
        expect(res.status).toBe(200);
        expect(res.body.stagesReached).toEqual(['referral', 'screening', 'notification']);
        return res.body;
      }, 30_000);
      expect(view.caseReference).toBe(caseReference);

      // The deadline is the policy's working days after the referral date, on Kuwait's calendar.
      const policy = JSON.parse(readFileSync(path.join(ROOT, 'seeds', 'jurisdictions', 'kw.json'), 'utf8'));
      const calendar = new WorkingDayCalendar(
        policy.weekend as WeekDay[],
        policy.holidays.map((h: { date: string }) => h.date),
      );
      const referredOn = LocalDate.of(new Date(view.referral.referredAt), policy.timeZone);
      expect(view.screening.preliminaryDecisionDueOn).toBe(
        calendar.addWorkingDays(referredOn, policy.preliminaryDecisionWorkingDays).toString(),
      );
      expect(view.screening.assignedAgencyId).toBe('kw-nrm-competent-authority');
    });

    it('notifies the referrer by a signed webhook, retried after a 500 with the same notification id, with no personal data', async () => {
      // The webhook: signed, retried after a 500 with the same notification id, no personal data.
      notificationId = view.notifications[0].notificationId;
      await eventually(() => expect(webhookCalls.filter((c) => c.answered === 204)).toHaveLength(1), 30_000);
      expect(webhookCalls.length).toBeGreaterThanOrEqual(2);
      for (const call of webhookCalls) {
        expect(call.headers[WebhookHeaders.notificationId]).toBe(notificationId);
        const timestamp = Number(call.headers[WebhookHeaders.timestamp]);
        expect(
          verifyWebhook(webhookSecret, timestamp, call.body, String(call.headers[WebhookHeaders.signature])),
        ).toBe(true);
        expect(JSON.parse(call.body)).toMatchObject({ notificationId, caseId, caseReference });
        expect(call.body).not.toContain('Zainab');
      }
    });

    it("shows the notification in the referrer's inbox, in the agency's language, where it is marked read", async () => {
      // The in-app inbox, read through the gateway.
      const inbox = await api('GET', '/api/v1/inbox', { token: responder });
      expect(inbox.body.items.map((i: { notificationId: string }) => i.notificationId)).toContain(
        notificationId,
      );
      expect(inbox.body.items[0].language).toBe('ar');
      const read = await api('POST', `/api/v1/inbox/${notificationId}/read`, { token: responder });
      expect(read.status).toBe(204);
    });

    it('announces the referral and the screening on Kafka, keyed by case id, enveloped, caused and correlated, in order', async () => {
      // The events, as an analyst would see them on Kafka: keyed by case id, enveloped, in order.
      const referralEvents = platform.observer
        .on(topic(Topics.intakeReferral))
        .filter((m) => m.key === caseId);
      expect(referralEvents.map((m) => m.headers[EnvelopeHeaders.type])).toEqual([ReferralReceived.type]);
      screeningEvents = platform.observer
        .on(topic(Topics.identificationScreening))
        .filter((m) => m.key === caseId);
      expect(screeningEvents.map((m) => m.headers[EnvelopeHeaders.type])).toEqual([ScreeningOpened.type]);
      expect(screeningEvents[0].headers[EnvelopeHeaders.causationId]).toBe(
        referralEvents[0].headers[EnvelopeHeaders.id],
      );
      expect(screeningEvents[0].headers[EnvelopeHeaders.correlationId]).toBe(
        referralEvents[0].headers[EnvelopeHeaders.correlationId],
      );
    });

    it('follows the referral with one trace from the gateway to the last consumer', async () => {
      // One trace follows the referral: the gateway's span, intake's, then every Kafka hop to the last
      // consumer, the notification of the screening (trace context in the ce_traceparent header).
      const traceId = String(created.headers.get('traceresponse')).split('-')[1];
      expect(traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(screeningEvents[0].headers['ce_traceparent']).toContain(traceId);
      // Spans are in each service's log, or the single-process platform's; a consumer span names its
      // consumer group, so each hop is told by its service wherever that service runs.
      interface Span {
        traceId: string;
        operation: string;
        kind: string;
        attributes: Record<string, unknown>;
      }
      const spans = () =>
        ['platform', 'gateway', 'intake', 'identification', 'notifications']
          .map((file) => path.join(platform.logDir, `${file}.log`))
          .filter((file) => existsSync(file))
          .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
          .filter((line) => line.includes('"message":"span"'))
          .map((line) => (JSON.parse(line) as { span: Span }).span)
          .filter((span) => span.traceId === traceId);
      const consumed = (service: string, type: string) =>
        expect(spans()).toContainEqual(
          expect.objectContaining({
            operation: `process ${type}`,
            kind: 'CONSUMER',
            attributes: expect.objectContaining({
              'messaging.consumer.group.name': `${platform.topicPrefix}nrm-${service}`,
            }),
          }),
        );
      await eventually(() => {
        const operations = spans().map((s) => s.operation);
        expect(operations).toContain('POST /api/v1/referrals');
        expect(operations).toContain('POST /internal/referrals');
        consumed('identification', ReferralReceived.type);
        consumed('notifications', ScreeningOpened.type);
      }, 20_000);
    });
  });

  it('raises a deadline breach that fell due while identification was down, once', async () => {
    const responder = await token('first_responder', 'kw-moi-police');
    const today = new Date().toISOString().slice(0, 10);
    const created = await api('POST', '/api/v1/referrals', {
      token: responder,
      body: {
        ...referralBody(today),
        person: { ...referralBody(today).person, names: { latin: 'Deadline Testperson' } },
      },
    });
    const { caseId } = created.body;
    await eventually(async () =>
      expect(
        (await api('GET', `/api/v1/cases/${caseId}`, { token: responder })).body.stagesReached,
      ).toContain('screening'),
    );
    const alerts = (type: string) =>
      platform.observer
        .on(topic(Topics.identificationScreening))
        .filter((m) => m.key === caseId && m.headers[EnvelopeHeaders.type] === type);

    // While the service is down, the due day passes (the row is moved back, as time would have moved on).
    await platform.restart('identification', async () => {
      const db = new Client({ connectionString: databaseUrl });
      await db.connect();
      await db.query(
        `UPDATE "${schemaPrefix}identification".deadline SET due_on = current_date - 3 WHERE case_id = $1`,
        [caseId],
      );
      await db.end();
    });
    // Raised once, and published once: these restarts drain the service, so not even a copy an inbox
    // would drop may reach the topic (a SIGKILL between send and mark may; see the faults test).
    const raised = (type: string) => alerts(type).length;
    await eventually(() => expect(raised(DeadlineBreached.type)).toBe(1), 30_000);
    const breach = JSON.parse(alerts(DeadlineBreached.type)[0].value ?? '{}');
    expect(breach).toMatchObject({
      kind: 'preliminary_decision',
      responsibleAgencyId: 'kw-nrm-competent-authority',
    });
    expect(breach.workingDaysLeft).toBeLessThan(0);
    expect(alerts(DeadlineApproaching.type)).toHaveLength(0); // a late breach is not preceded by a stale warning

    // The responsible agency is told, urgently.
    const authority = await token('supervisor', 'kw-nrm-competent-authority');
    await eventually(async () => {
      const inbox = await api('GET', '/api/v1/inbox', { token: authority });
      const item = inbox.body.items.find((i: { caseId: string; eventType: string }) => i.caseId === caseId);
      expect(item).toMatchObject({ eventType: DeadlineBreached.type, urgent: true });
    }, 30_000);

    // Another restart and several clock passes later, still one breach.
    await platform.restart('identification');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(raised(DeadlineBreached.type)).toBe(1);
  });

  it('refuses an invalid referral with problem+json naming each field, storing and emitting nothing', async () => {
    const responder = await token('first_responder', 'kw-moi-police');
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    const countReferrals = async () =>
      Number((await db.query(`SELECT count(*) AS n FROM "${schemaPrefix}intake".referral`)).rows[0].n);
    try {
      const before = await countReferrals();
      const received = () =>
        platform.observer
          .on(topic(Topics.intakeReferral))
          .filter((m) => m.headers[EnvelopeHeaders.type] === ReferralReceived.type).length;
      const eventsBefore = received();
      const body = referralBody('2999-01-01') as Record<string, unknown>;
      delete body['consent'];
      (body['person'] as Record<string, unknown>)['nationalities'] = ['Ethiopia'];
      const refused = await api('POST', '/api/v1/referrals', { token: responder, body });
      expect(refused.status).toBe(400);
      expect(refused.contentType).toContain('application/problem+json');
      expect(refused.body.type).toBe('/problems/validation-error');
      const fields = refused.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['consent', 'person.nationalities']));
      expect(JSON.stringify(refused.body)).not.toContain(PERSON_NAME);

      // Shape is right but the dates break the rules: still 400, still nothing stored.
      const future = await api('POST', '/api/v1/referrals', {
        token: responder,
        body: referralBody('2999-01-01'),
      });
      expect(future.status).toBe(400);
      expect(future.body.errors).toEqual([
        { field: 'encounter.date', message: 'encounter.date is in the future' },
      ]);

      const malformed = await api('POST', '/api/v1/referrals', { token: responder, raw: '{"channel": ' });
      expect(malformed.status).toBe(400);
      expect(malformed.contentType).toContain('application/problem+json');

      // A valid referral afterwards is the only one stored and the only new event.
      const today = new Date().toISOString().slice(0, 10);
      const ok = await api('POST', '/api/v1/referrals', { token: responder, body: referralBody(today) });
      expect(ok.status).toBe(201);
      await eventually(() =>
        expect(platform.observer.on(topic(Topics.intakeReferral)).some((m) => m.key === ok.body.caseId)).toBe(
          true,
        ),
      );
      expect(received()).toBe(eventsBefore + 1);
      expect(await countReferrals()).toBe(before + 1);
    } finally {
      await db.end();
    }
  });

  it('answers without a token 401, with the wrong role 403, and for an unknown case 404, all as problems', async () => {
    const noToken = await api('POST', '/api/v1/referrals', { body: {} });
    expect(noToken.status).toBe(401);
    expect(noToken.contentType).toContain('application/problem+json');
    const forged = await api('GET', '/api/v1/inbox', { token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' });
    expect(forged.status).toBe(401);
    const analyst = await token('analyst', 'iom-kuwait');
    const wrongRole = await api('POST', '/api/v1/referrals', {
      token: analyst,
      body: referralBody('2026-01-01'),
    });
    expect(wrongRole.status).toBe(403);
    // An analyst reads statistics, never a case.
    expect(
      (await api('GET', '/api/v1/cases/6f1c2a1e-8d1b-4b7e-9a55-1f2e3d4c5b6a', { token: analyst })).status,
    ).toBe(403);
    const responder = await token('first_responder', 'kw-moi-police');
    const unknown = await api('GET', '/api/v1/cases/6f1c2a1e-8d1b-4b7e-9a55-1f2e3d4c5b6a', {
      token: responder,
    });
    expect(unknown.status).toBe(404);
    const badId = await api('GET', '/api/v1/cases/not-a-uuid', { token: responder });
    expect(badId.status).toBe(400);
  });

  it('answers malformed requests with 4xx problems, never a 5xx', async () => {
    const responder = await token('first_responder', 'kw-moi-police');
    const post = (init: { body: string; contentType?: string }) =>
      fetch(`${platform.gatewayUrl}/api/v1/referrals`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${responder}`,
          'content-type': init.contentType ?? 'application/json',
        },
        body: init.body,
      });
    const cases: [string, { body: string; contentType?: string }, number][] = [
      ['an array body', { body: '[]' }, 400],
      ['a string body', { body: '"referral"' }, 400],
      ['null', { body: 'null' }, 400],
      [
        'sections of the wrong type',
        { body: JSON.stringify({ ...referralBody('2026-01-01'), person: 'x', encounter: [1] }) },
        400,
      ],
      ['an unknown field', { body: JSON.stringify({ ...referralBody('2026-01-01'), surprise: true }) }, 400],
      ['an impossible date', { body: JSON.stringify(referralBody('2026-02-30')) }, 400],
      ['plain text', { body: 'hello', contentType: 'text/plain' }, 415],
      ['a body over the limit', { body: JSON.stringify({ account: 'x'.repeat(300_000) }) }, 413],
    ];
    for (const [what, init, status] of cases) {
      const res = await post(init);
      expect({ what, status: res.status }).toEqual({ what, status });
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    const unknownRoute = await api('GET', '/api/v1/nothing-here', { token: responder });
    expect(unknownRoute.status).toBe(404);
    expect(unknownRoute.contentType).toContain('application/problem+json');
  });

  it('keeps personal data off Kafka and out of the logs', async () => {
    const needles = [PERSON_NAME, 'Zainab', ARABIC_NAME, PASSPORT, PLACE];
    const onKafka = platform.observer.messages
      .map((m) => `${m.key} ${m.value} ${JSON.stringify(m.headers)}`)
      .join('\n');
    expect(platform.observer.messages.length).toBeGreaterThan(0);
    const logs = readdirSync(logDir)
      .map((f) => readFileSync(path.join(logDir, f), 'utf8'))
      .join('\n');
    expect(logs.length).toBeGreaterThan(0);
    for (const needle of needles) {
      expect(onKafka).not.toContain(needle);
      expect(logs).not.toContain(needle);
    }
  });

  it('keeps no personal data in plain text in any table of any service', async () => {
    const tables = await platform.databaseText();
    expect([...tables.keys()]).toEqual(
      expect.arrayContaining([`${schemaPrefix}intake.referral`, `${schemaPrefix}intake.data_key`]),
    );
    expect(tables.get(`${schemaPrefix}intake.referral`)).toContain('v2.'); // sealed values are there
    const needles = [PERSON_NAME, 'Zainab', ARABIC_NAME, PASSPORT, PLACE, 'Shuwaikh', 'Her employer'];
    const found = [...tables].flatMap(([table, text]) =>
      needles.filter((n) => text.includes(n)).map((n) => `${n} in ${table}`),
    );
    expect(found).toEqual([]);
  });

  it('serves its OpenAPI document and health endpoints', async () => {
    const openapi = await api('GET', '/api/openapi.json');
    expect(openapi.status).toBe(200);
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/referrals', '/api/v1/cases/{caseId}', '/api/v1/inbox']),
    );
    for (const service of platform.running.services) {
      expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
      expect((await fetch(`${service.url}/health/ready`)).status).toBe(200);
      expect(await (await fetch(`${service.url}/metrics`)).text()).toContain(
        'nrm_http_request_duration_seconds',
      );
    }
  });
});

import { createPrivateKey, randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CompactEncrypt, CompactSign, generateKeyPair, importJWK } from 'jose';
import type { JWK, KeyLike } from 'jose';
import {
  EnvelopeHeaders,
  ExchangeMessageReceived,
  ReferralReceived,
  ScreeningOpened,
  Topics,
} from '@nrm/contracts';
import { devKeyValue } from '@nrm/platform-launcher';
import { eventually, testPort } from '@nrm/testing';
import { TestPlatform } from './support/test-platform';

/*
 * Two sovereign deployments on one machine, Kuwait and Bahrain: their own databases, topics, keys and
 * processes, sharing only the broker process. They know each other from their partner registries and
 * exchange signed, encrypted messages between their exchange listeners, as they would across a border.
 */
const KW = 5300;
const BH = 5400;
const partnerUrl = (base: number) => `http://127.0.0.1:${testPort(base) + 7 + 50}`;
const REFERENCE = 'KW-BH-TIP-MOU-2025';
const COMMON_FIELDS = [
  'person.names',
  'person.sex',
  'person.nationalities',
  'person.dateOfBirth',
  'person.estimatedAge',
  'handledAsChild',
  'exploitationTypes',
  'immediateRisks',
  'decision',
];
const exchangeSettings = {
  EXCHANGE_RETRY_BASE_MS: '200',
  EXCHANGE_RETRY_MAX_MS: '2000',
  EXCHANGE_POLL_INTERVAL_MS: '200',
  EXCHANGE_KEY_SET_COOLDOWN_MS: '0',
  EXCHANGE_TIME_WINDOW_SECONDS: '20',
};
const bhKeys = {
  EXCHANGE_SIGNING_KEYS: devKeyValue(['sig1'], 'ec-p256'),
  EXCHANGE_ENCRYPTION_KEYS: devKeyValue(['enc1'], 'ec-p256'),
};
const kw = new TestPlatform(
  'e2e_exchange_kw',
  KW,
  { exchange: { ...exchangeSettings, EXCHANGE_COUNTRY: 'kw' } },
  undefined,
  { ownProcesses: ['exchange'] },
);
const bh = new TestPlatform(
  'e2e_exchange_bh',
  BH,
  { exchange: { ...exchangeSettings, ...bhKeys, EXCHANGE_COUNTRY: 'bh' } },
  undefined,
  { ownProcesses: ['exchange'] },
);

async function register(
  platform: TestPlatform,
  partner: { country: string; name: string; base: number; agency: string },
  fields: string[],
) {
  const admin = await platform.token('administrator', 'kw-nrm-competent-authority');
  const registered = await platform.api('PUT', `/api/v1/exchange/partners/${partner.country}`, {
    token: admin,
    body: {
      name: partner.name,
      endpoint: partnerUrl(partner.base),
      keySetUrl: `${partnerUrl(partner.base)}/exchange/v1/keys`,
      agencies: [{ agencyId: partner.agency, name: `${partner.name} referral office` }],
    },
  });
  expect(registered.status).toBe(200);
  const agreement = await platform.api('PUT', `/api/v1/exchange/partners/${partner.country}/agreement`, {
    token: admin,
    body: {
      reference: REFERENCE,
      messageTypes: ['transfer_referral', 'status_follow_up', 'information_request', 'regional_statistics'],
      purposes: ['identification', 'assistance', 'return_and_social_inclusion', 'statistics'],
      fields,
      legalBasis: 'Memorandum of understanding of 2025, article 4',
      validFrom: '2025-01-01',
    },
  });
  expect(agreement.status).toBe(200);
}

const referral = (name: string, extra: Record<string, unknown> = {}) => ({
  channel: 'police',
  encounter: { date: new Date().toISOString().slice(0, 10), place: 'Border post 3' },
  person: { names: { latin: name }, sex: 'female', nationalities: ['PH'], estimatedAge: 27, ...extra },
  exploitationTypes: ['domestic_servitude'],
  immediateRisks: [],
  interpreter: { needed: false },
  consent: {
    referral: true,
    statistics: true,
    language: 'en',
    dataSharingAgencyTypes: ['competent_authority'],
  },
});

describe('the exchange between two deployments (end to end)', () => {
  let police: string;
  let supervisor: string;

  beforeAll(async () => {
    await Promise.all([kw.start(), bh.start()]);
    await register(kw, { country: 'bh', name: 'Kingdom of Bahrain', base: BH, agency: 'bh-nrm-office' }, [
      ...COMMON_FIELDS,
      'person.documents',
    ]);
    await register(
      bh,
      { country: 'kw', name: 'State of Kuwait', base: KW, agency: 'kw-nrm-exchange' },
      COMMON_FIELDS,
    );
    police = await kw.token('first_responder', 'kw-moi-police');
    supervisor = await kw.token('supervisor', 'kw-moi-police');
  }, 240_000);

  afterAll(async () => {
    await Promise.all([kw.stop(), bh.stop()]);
  });

  const refer = async (body: object) => {
    const created = await kw.api('POST', '/api/v1/referrals', { token: police, body });
    expect(created.status).toBe(201);
    return created.body.caseId as string;
  };
  const requestTransfer = (caseId: string, extra: Record<string, unknown> = {}) =>
    kw.api('POST', '/api/v1/exchange/requests', {
      token: supervisor,
      body: {
        caseId,
        partner: 'bh',
        type: 'transfer_referral',
        purpose: 'assistance',
        exploitationTypes: ['domestic_servitude'],
        ...extra,
      },
    });
  const messagesOf = async (caseId: string) =>
    (await kw.api('GET', `/api/v1/cases/${caseId}/exchange-messages`, { token: supervisor })).body.items as {
      messageId: string;
      status: string;
      refusalReason?: string;
      answer?: string;
      agreementReference: string;
    }[];
  const bhReceived = () =>
    bh.observer
      .on(bh.topic(Topics.exchangeMessage))
      .filter((m) => m.headers[EnvelopeHeaders.type] === ExchangeMessageReceived.type)
      .map((m) => JSON.parse(m.value ?? '{}') as { messageId: string; caseId: string });

  it('sends a transfer referral, minimised and consented, which Bahrain accepts as a cross-border referral', async () => {
    const caseId = await refer(referral('Maria Exchange', { aliases: ['Mialeena Alias'] }));
    const requested = await requestTransfer(caseId);
    expect(requested.status).toBe(201);
    expect(requested.body.agreementReference).toBe(REFERENCE);
    // Only the agreement's fields leave: the alias stays home.
    expect(requested.body.fields).toContain('person.names');
    expect(requested.body.fields).not.toContain('person.aliases');
    const messageId = requested.body.messageId as string;

    await eventually(
      async () => {
        const [message] = await messagesOf(caseId);
        expect(message).toMatchObject({ messageId, status: 'delivered', agreementReference: REFERENCE });
        expect(message?.answer).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+$/);
      },
      30_000,
      250,
    );

    // In Bahrain: one message received, and one referral on the cross-border channel, screened.
    const received = bhReceived().filter((r) => r.messageId === messageId);
    expect(received).toHaveLength(1);
    const bhCase = received[0]?.caseId as string;
    await eventually(
      () => {
        const referrals = bh.observer
          .on(bh.topic(Topics.intakeReferral))
          .filter((m) => m.key === bhCase && m.headers[EnvelopeHeaders.type] === ReferralReceived.type)
          .map((m) => JSON.parse(m.value ?? '{}') as { referralChannel: string; referringAgencyId: string });
        expect(referrals).toEqual([
          expect.objectContaining({ referralChannel: 'cross_border', referringAgencyId: 'kw-nrm-exchange' }),
        ]);
        expect(
          bh.observer
            .on(bh.topic(Topics.identificationScreening))
            .filter((m) => m.key === bhCase && m.headers[EnvelopeHeaders.type] === ScreeningOpened.type),
        ).toHaveLength(1);
      },
      30_000,
      250,
    );
    const officer = await bh.token('identification_officer', 'kw-nrm-competent-authority');
    const details = await bh.api('GET', `/api/v1/referrals/${bhCase}/personal-data`, { token: officer });
    expect(details.status).toBe(200);
    expect(details.body.details.names).toEqual({ latin: 'Maria Exchange' });
    expect(details.body.details.aliases).toBeUndefined();
    // The disclosure is in the case's access log: whose request, what left, to whom, why.
    await eventually(
      async () => {
        const log = await kw.api('GET', `/api/v1/cases/${caseId}/access-log`, { token: supervisor });
        expect(log.body.entries).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              service: 'exchange',
              agencyId: 'kw-moi-police',
              role: 'supervisor',
              action: 'write',
              what: expect.stringContaining('disclosure of transfer_referral to bh for assistance'),
            }),
          ]),
        );
      },
      10_000,
      250,
    );
    // And the receipt in Bahrain's: Kuwait's agency wrote the person's details into a case there.
    const bhSupervisor = await bh.token('supervisor', 'kw-nrm-competent-authority');
    const bhLog = await bh.api('GET', `/api/v1/cases/${bhCase}/access-log`, { token: bhSupervisor });
    expect(bhLog.body.entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          service: 'exchange',
          agencyId: 'kw-nrm-exchange',
          what: expect.stringContaining('receipt of transfer_referral from kw'),
        }),
      ]),
    );
    // What left, to whom, under which agreement: in Bahrain's case too.
    const bhMessages = await bh.api('GET', `/api/v1/cases/${bhCase}/exchange-messages`, { token: officer });
    expect(bhMessages.body.items).toEqual([
      expect.objectContaining({ messageId, direction: 'incoming', partner: 'kw' }),
    ]);
    // What Kuwait sent, as Bahrain's officer reads it on the case.
    const content = await bh.api('GET', `/api/v1/cases/${bhCase}/exchange-messages/${messageId}`, {
      token: officer,
    });
    expect(content.status).toBe(200);
    expect(content.body).toMatchObject({
      direction: 'incoming',
      type: 'transfer_referral',
      body: { person: { names: { latin: 'Maria Exchange' } }, exploitationTypes: ['domestic_servitude'] },
      withheld: [],
    });
  });

  it('refuses at home what the agreement or the consent does not cover: nothing leaves', async () => {
    const caseId = await refer(referral('Nora Refused'));
    const beyond = await kw.api('POST', '/api/v1/exchange/requests', {
      token: supervisor,
      body: { caseId, partner: 'bh', type: 'prosecution_cooperation', purpose: 'proceedings' },
    });
    expect(beyond.status).toBe(403);
    expect(beyond.body.detail).toContain('does not cover prosecution_cooperation');
    const noConsent = await refer({
      ...referral('Adult Noconsent'),
      consent: { referral: true, language: 'en' },
    });
    const refused = await requestTransfer(noConsent);
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain('data_sharing');
    const unknown = await kw.api('POST', '/api/v1/exchange/requests', {
      token: supervisor,
      body: { caseId, partner: 'qa', type: 'transfer_referral', purpose: 'assistance' },
    });
    expect(unknown.status).toBe(404);
    expect(await messagesOf(caseId)).toEqual([]);
    expect(await messagesOf(noConsent)).toEqual([]);
  });

  it("keeps Bahrain's signed refusal of a field beyond its copy of the agreement, and quarantines the message there", async () => {
    const caseId = await refer(
      referral('Dina Documents', {
        documents: [{ type: 'passport', number: 'P1234567', issuingCountry: 'PH' }],
      }),
    );
    const requested = await requestTransfer(caseId);
    expect(requested.status).toBe(201);
    expect(requested.body.fields).toContain('person.documents');
    await eventually(
      async () => {
        const [message] = await messagesOf(caseId);
        expect(message).toMatchObject({ status: 'refused', refusalReason: 'beyond_agreement' });
      },
      30_000,
      250,
    );
    const admin = await bh.token('administrator', 'kw-nrm-competent-authority');
    const quarantine = await bh.api('GET', '/api/v1/exchange/quarantine', { token: admin });
    expect(quarantine.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          claimedPartner: 'kw',
          messageId: requested.body.messageId,
          reason: 'beyond_agreement',
          detail: expect.stringContaining('person.documents'),
        }),
      ]),
    );
  });

  describe('messages that are not what they claim', () => {
    let bhEncryption: { kid: string; key: KeyLike };
    const kwSigning = () => {
      const [label, der] = (kw.running.secrets.serviceKeys['EXCHANGE_SIGNING_KEYS'] as string)
        .split(',')[0]!
        .split(':');
      return {
        kid: `kw-sig-${label}`,
        key: createPrivateKey({ key: Buffer.from(der!, 'base64'), format: 'der', type: 'pkcs8' }),
      };
    };
    const envelope = (over: Record<string, unknown> = {}) => ({
      id: randomUUID(),
      from: 'kw',
      to: 'bh',
      type: 'status_follow_up',
      purpose: 'assistance',
      agreement: REFERENCE,
      iat: Math.floor(Date.now() / 1000),
      body: {},
      ...over,
    });
    const seal = async (
      payload: object,
      signer: { kid: string; key: KeyLike | ReturnType<typeof createPrivateKey> },
    ) => {
      const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
        .setProtectedHeader({ alg: 'ES256', kid: signer.kid, typ: 'nrm-exchange+jws' })
        .sign(signer.key);
      return new CompactEncrypt(new TextEncoder().encode(jws))
        .setProtectedHeader({
          alg: 'ECDH-ES+A256KW',
          enc: 'A256GCM',
          kid: bhEncryption.kid,
          cty: 'nrm-exchange+jws',
        })
        .encrypt(bhEncryption.key);
    };
    const post = async (jwe: string) => {
      const response = await fetch(`${partnerUrl(BH)}/exchange/v1/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/jose' },
        body: jwe,
      });
      return { status: response.status, body: (await response.json()) as Record<string, string> };
    };

    beforeAll(async () => {
      const set = (await (await fetch(`${partnerUrl(BH)}/exchange/v1/keys`)).json()) as { keys: JWK[] };
      const jwk = set.keys.find((k) => k.use === 'enc') as JWK;
      bhEncryption = { kid: jwk.kid as string, key: (await importJWK(jwk, 'ECDH-ES+A256KW')) as KeyLike };
    });

    it('accepts a well-formed one once, and answers the same receipt when it comes again', async () => {
      const message = envelope();
      const jwe = await seal(message, kwSigning());
      const first = await post(jwe);
      expect(first.status).toBe(200);
      const again = await post(await seal(message, kwSigning()));
      expect(again).toEqual(first);
    });

    it('refuses a tampered, an unsigned-by-kw, an unknown sender, a replayed and an out-of-window one, each with a signed refusal, into quarantine', async () => {
      const valid = await seal(envelope(), kwSigning());
      const parts = valid.split('.');
      parts[3] = `${parts[3]![0] === 'A' ? 'B' : 'A'}${parts[3]!.slice(1)}`;
      const tampered = await post(parts.join('.'));
      expect(tampered.status).toBe(400);
      expect(tampered.body['reason']).toBe('undecryptable');

      const impostor = await generateKeyPair('ES256');
      const forged = await post(await seal(envelope(), { kid: 'kw-sig-sig1', key: impostor.privateKey }));
      expect(forged.body['reason']).toMatch(/bad_signature|unknown_key/);
      expect(forged.status).toBe(401);

      const stranger = await post(
        await seal(envelope({ from: 'qa' }), { kid: 'qa-sig-1', key: impostor.privateKey }),
      );
      expect(stranger).toMatchObject({ status: 403, body: { reason: 'unknown_partner' } });

      const original = envelope();
      expect((await post(await seal(original, kwSigning()))).status).toBe(200);
      const replayed = await post(
        await seal({ ...original, body: { exploitationTypes: ['other'] } }, kwSigning()),
      );
      expect(replayed).toMatchObject({ status: 409, body: { reason: 'replayed' } });

      const stale = await post(
        await seal(envelope({ iat: Math.floor(Date.now() / 1000) - 120 }), kwSigning()),
      );
      expect(stale).toMatchObject({ status: 400, body: { reason: 'outside_time_window' } });

      for (const refusal of [tampered, forged, stranger, replayed, stale])
        expect(refusal.body['signedRefusal']).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+$/);
      const admin = await bh.token('administrator', 'kw-nrm-competent-authority');
      const quarantine = (await bh.api('GET', '/api/v1/exchange/quarantine', { token: admin })).body
        .items as {
        quarantineId: string;
      }[];
      for (const refusal of [tampered, forged, stranger, replayed, stale])
        expect(quarantine.map((q) => q.quarantineId)).toContain(refusal.body['quarantineId']);
    });
  });

  /** Refers a person in Kuwait, transfers them to Bahrain, and answers both case ids once Bahrain has the case. */
  const transferred = async (name: string) => {
    const caseId = await refer(referral(name));
    const requested = await requestTransfer(caseId);
    expect(requested.status).toBe(201);
    const messageId = requested.body.messageId as string;
    const bhCase = await eventually(
      () => {
        const [received] = bhReceived().filter((r) => r.messageId === messageId);
        expect(received).toBeDefined();
        return received!.caseId;
      },
      30_000,
      250,
    );
    return { caseId, bhCase, messageId };
  };
  const bhOfficer = () => bh.token('identification_officer', 'kw-nrm-competent-authority');

  it('shows in Kuwait the preliminary decision Bahrain took on the case Kuwait referred', async () => {
    const { caseId, bhCase, messageId } = await transferred('Decided Abroad');
    const officer = await bhOfficer();
    await eventually(
      async () => {
        expect((await bh.api('GET', `/api/v1/screenings/${bhCase}`, { token: officer })).status).toBe(200);
      },
      30_000,
      250,
    );
    const decided = await bh.api('POST', `/api/v1/screenings/${bhCase}/preliminary-decision`, {
      token: officer,
      body: { outcome: 'positive', reasons: 'Consistent account; indicators of deception documented.' },
    });
    expect(decided.status).toBe(201);
    await eventually(
      async () => {
        expect(await messagesOf(caseId)).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              direction: 'incoming',
              partner: 'bh',
              type: 'status_follow_up',
              inReplyTo: messageId,
              decision: 'preliminary_positive',
            }),
          ]),
        );
      },
      30_000,
      250,
    );
    // The signed message log, as evidence: each message as its sender signed it, with the other's answer.
    const evidence = await kw.api('GET', `/api/v1/cases/${caseId}/exchange-messages/evidence`, {
      token: supervisor,
    });
    expect(evidence.status).toBe(200);
    const header = (jws: string) =>
      JSON.parse(Buffer.from(jws.split('.')[0]!, 'base64url').toString()) as { kid: string; typ: string };
    expect(
      evidence.body.messages.map((m: { direction: string; type: string }) => `${m.direction} ${m.type}`),
    ).toEqual(['outgoing transfer_referral', 'incoming status_follow_up']);
    for (const m of evidence.body.messages as { signedMessage: string; answer: string }[]) {
      expect(header(m.signedMessage).typ).toBe('nrm-exchange+jws');
      expect(header(m.answer).typ).toBe('nrm-exchange-receipt+jws');
    }
    expect(header(evidence.body.signature as string)).toMatchObject({
      typ: 'nrm-exchange-evidence+jws',
      kid: expect.stringMatching(/^kw-sig-/),
    });
    const caseWorker = await kw.token('protection_case_worker', 'kw-shelter-gov');
    expect(
      (await kw.api('GET', `/api/v1/cases/${caseId}/exchange-messages/evidence`, { token: caseWorker }))
        .status,
    ).toBe(403);
  });

  it("passes a consent withdrawn in Kuwait on to Bahrain, which erases the person's details there", async () => {
    const { caseId, bhCase } = await transferred('Withdrawn Later');
    const officer = await bhOfficer();
    await eventually(
      async () => {
        expect(
          (await bh.api('GET', `/api/v1/referrals/${bhCase}/personal-data`, { token: officer })).status,
        ).toBe(200);
      },
      30_000,
      250,
    );
    const withdrawn = await kw.api('POST', `/api/v1/referrals/${caseId}/consents`, {
      token: police,
      body: { purpose: 'data_sharing', granted: false, language: 'en' },
    });
    expect(withdrawn.status).toBe(201);
    await eventually(
      async () => {
        expect(await messagesOf(caseId)).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ direction: 'outgoing', type: 'cease_processing', status: 'delivered' }),
          ]),
        );
        expect(
          (await bh.api('GET', `/api/v1/referrals/${bhCase}/personal-data`, { token: officer })).status,
        ).toBe(410);
      },
      30_000,
      250,
    );
    // Nothing more of the person leaves Kuwait.
    const again = await requestTransfer(caseId);
    expect(again.status).toBe(403);
  });

  it('delivers every message exactly once after Bahrain was down for 30 s', async () => {
    const cases = await Promise.all(
      ['Outage One', 'Outage Two', 'Outage Three'].map((n) => refer(referral(n))),
    );
    const ids: string[] = [];
    await bh.restart(
      'exchange',
      async () => {
        for (const caseId of cases) {
          const requested = await requestTransfer(caseId);
          expect(requested.status).toBe(201);
          ids.push(requested.body.messageId as string);
        }
        await new Promise((resolve) => setTimeout(resolve, 30_000));
        for (const caseId of cases) expect((await messagesOf(caseId))[0]?.status).toBe('queued');
      },
      'SIGKILL',
    );
    await eventually(
      async () => {
        for (const caseId of cases) expect((await messagesOf(caseId))[0]?.status).toBe('delivered');
      },
      60_000,
      500,
    );
    const received = bhReceived().filter((r) => ids.includes(r.messageId));
    expect(received.map((r) => r.messageId).sort()).toEqual([...ids].sort());
    await eventually(
      () => {
        const referred = bh.observer
          .on(bh.topic(Topics.intakeReferral))
          .filter((m) => m.headers[EnvelopeHeaders.type] === ReferralReceived.type)
          .map((m) => m.key);
        for (const r of received) expect(referred.filter((k) => k === r.caseId)).toHaveLength(1);
      },
      30_000,
      250,
    );
  }, 150_000);

  it("combines the states' published statistics into a regional view, suppressed again so no state's count shows through", async () => {
    const year = new Date().getUTCFullYear();
    const publisher = (platform: TestPlatform) => platform.token('supervisor', 'kw-nrm-competent-authority');
    const publish = async (platform: TestPlatform) => {
      const published = await platform.api('POST', '/api/v1/exchange/statistics/publications', {
        token: await publisher(platform),
        body: { table: 'referrals', by: 'nationality', year },
      });
      expect(published.status).toBe(201);
      return published.body as { sentTo: string[]; k: number };
    };
    // Each state's national table counts what its analytics stream recorded of its referrals.
    await Promise.all(
      Array.from({ length: 11 }, (_, i) => refer(referral(`Statistics Person ${'ABCDEFGHIJK'[i]}`))),
    );
    await eventually(
      async () => {
        const national = await kw.api('GET', `/api/v1/statistics/referrals?by=nationality&year=${year}`, {
          token: await publisher(kw),
        });
        expect(national.body.cells).toEqual(
          expect.arrayContaining([expect.objectContaining({ nationality: 'PH', suppressed: false })]),
        );
      },
      30_000,
      500,
    );
    expect(await publish(kw)).toMatchObject({ sentTo: ['bh'], k: 11 });
    expect(await publish(bh)).toMatchObject({ sentTo: ['kw'] });
    const analyst = await kw.token('analyst', 'kw-nrm-competent-authority');
    const regional = await eventually(
      async () => {
        const view = await kw.api(
          'GET',
          `/api/v1/exchange/statistics/regional?table=referrals&by=nationality&year=${year}`,
          {
            token: analyst,
          },
        );
        expect(view.status).toBe(200);
        expect(view.body.states.map((s: { state: string }) => s.state)).toEqual(['bh', 'kw']);
        return view.body as {
          k: number;
          states: { state: string; total: { count: number | null } }[];
          cells: { value: string; count: number | null; suppressed: boolean }[];
          total: { count: number | null; suppressed: boolean };
        };
      },
      30_000,
      500,
    );
    expect(regional.k).toBe(11);
    // Kuwait published its Filipino referrals; Bahrain's few were suppressed at home, so the regional
    // count, which would give them away, is suppressed too, and so is the regional total.
    const bhTotal = regional.states.find((s) => s.state === 'bh')?.total.count;
    const ph = regional.cells.find((c) => c.value === 'PH');
    if (bhTotal === null) {
      expect(ph).toMatchObject({ count: null, suppressed: true });
      expect(regional.total).toEqual({ count: null, suppressed: true });
    } else {
      expect(ph?.count).toBeGreaterThanOrEqual(11);
    }
    // Nothing shown lies between 1 and k - 1.
    for (const cell of regional.cells)
      expect(cell.count === null || cell.count === 0 || cell.count >= 11).toBe(true);
  });

  it('keeps the people exchanged off Kafka, out of the logs and sealed in every table, in both deployments', async () => {
    const needles = [
      'Maria Exchange',
      'Dina Documents',
      'P1234567',
      'Decided Abroad',
      'Outage One',
      'Mialeena Alias',
    ];
    for (const platform of [kw, bh]) {
      const onKafka = platform.observer.messages
        .map((m) => `${m.key} ${m.value} ${JSON.stringify(m.headers)}`)
        .join('\n');
      expect({
        deployment: platform.name,
        events: platform.observer.on(platform.topic(Topics.exchangeMessage)).length > 0,
      }).toEqual({ deployment: platform.name, events: true });
      const logs = readdirSync(platform.logDir)
        .map((f) => readFileSync(path.join(platform.logDir, f), 'utf8'))
        .join('\n');
      const tables = await platform.databaseText();
      expect(
        tables.get(`${platform.schema('exchange')}.outgoing_message`) ??
          tables.get(`${platform.schema('exchange')}.incoming_message`),
      ).toBeTruthy();
      const found = [
        ...needles.filter((n) => onKafka.includes(n)).map((n) => `${n} on Kafka`),
        ...needles.filter((n) => logs.includes(n)).map((n) => `${n} in the logs`),
        ...[...tables].flatMap(([table, text]) =>
          needles.filter((n) => text.includes(n)).map((n) => `${n} in ${table}`),
        ),
      ];
      expect({ deployment: platform.name, found }).toEqual({ deployment: platform.name, found: [] });
    }
  });

  it("rotates both deployments' keys mid-stream without refusing or losing a message", async () => {
    const cases = await Promise.all(
      ['Rotation One', 'Rotation Two', 'Rotation Three'].map((n) => refer(referral(n))),
    );
    const send = async (caseId: string) => {
      const requested = await requestTransfer(caseId);
      expect(requested.status).toBe(201);
      return requested.body.messageId as string;
    };
    await send(cases[0]!);
    // Bahrain: a new signing and a new encryption key first; the old ones are still honoured.
    await bh.restart('exchange', async () => undefined, 'SIGTERM', {
      EXCHANGE_SIGNING_KEYS: `${devKeyValue(['sig2'], 'ec-p256')},${bhKeys.EXCHANGE_SIGNING_KEYS}`,
      EXCHANGE_ENCRYPTION_KEYS: `${devKeyValue(['enc2'], 'ec-p256')},${bhKeys.EXCHANGE_ENCRYPTION_KEYS}`,
    });
    await send(cases[1]!);
    // Kuwait: a new signing key, while its messages are on their way.
    const kwSigningKeys = kw.running.secrets.serviceKeys['EXCHANGE_SIGNING_KEYS'] as string;
    await kw.restart('exchange', async () => undefined, 'SIGTERM', {
      EXCHANGE_SIGNING_KEYS: `${devKeyValue(['sig2'], 'ec-p256')},${kwSigningKeys}`,
    });
    await send(cases[2]!);
    const keySet = (await (await fetch(`${partnerUrl(BH)}/exchange/v1/keys`)).json()) as { keys: JWK[] };
    expect(keySet.keys.map((k) => k.kid)).toEqual([
      'bh-sig-sig2',
      'bh-sig-sig1',
      'bh-enc-enc2',
      'bh-enc-enc1',
    ]);
    await eventually(
      async () => {
        for (const caseId of cases) expect((await messagesOf(caseId))[0]?.status).toBe('delivered');
      },
      60_000,
      500,
    );
    // The receipts after the rotation are signed with Bahrain's new key, and Kuwait took them.
    const kidOf = (jws: string) =>
      JSON.parse(Buffer.from(jws.split('.')[0]!, 'base64url').toString()).kid as string;
    expect(kidOf((await messagesOf(cases[2]!))[0]!.answer!)).toBe('bh-sig-sig2');
  }, 150_000);
});

import { randomUUID } from 'node:crypto';
import { ExchangeMessageQuarantined, ExchangeMessageReceived } from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { RecordAgreement } from '../partners/commands/record-agreement';
import { RegisterPartner } from '../partners/commands/register-partner';
import { PartnerList } from '../partners/queries/partner-list';
import { service } from '../service';
import { actorOf, exchangeParts, partnerDeployment, testConfig, testLogger } from '../exchange.test-fixture';
import { sealMessage } from '../wire/wire-format';
import type { ExchangeEnvelope } from '../wire/wire-format';
import { ReceiveMessage } from './commands/receive-message';

describe('the partner registry and the inbox against real PostgreSQL', () => {
  let db: ServiceSchema;
  let kw: Awaited<ReturnType<typeof partnerDeployment>>;
  let receive: ReceiveMessage;
  let parts: ReturnType<typeof exchangeParts>;
  const admin = actorOf('administrator');
  const config = testConfig();

  beforeAll(async () => {
    db = await serviceSchemaForTest(service, 'exchange_inbox');
    kw = await partnerDeployment('kw');
    parts = exchangeParts(db, config);
    receive = new ReceiveMessage(
      db.dataSource,
      parts.partners,
      parts.incoming,
      parts.outgoing,
      parts.statistics,
      db.keyring,
      parts.ownKeys,
      parts.keySets,
      db.outbox,
      config,
      testLogger,
    );
    const register = new RegisterPartner(db.dataSource, parts.partners, parts.keySets);
    const partner = {
      name: 'State of Kuwait',
      endpoint: 'http://127.0.0.1:9',
      keySetUrl: kw.keySetUrl,
      agencies: [{ agencyId: 'kw-nrm-exchange', name: 'NRM' }],
    };
    await register.execute('kw', partner, admin);
    expect((await register.execute('kw', partner, admin)).version).toBe(2);
    const agreements = new RecordAgreement(db.dataSource, parts.partners);
    const agreement = {
      reference: 'KW-BH-OLD',
      messageTypes: ['transfer_referral' as const],
      purposes: ['assistance' as const],
      fields: ['person.names'],
      legalBasis: 'MoU 2024',
      validFrom: '2024-01-01',
    };
    await agreements.execute('kw', agreement, admin);
    await agreements.execute(
      'kw',
      {
        ...agreement,
        reference: 'KW-BH-2025',
        messageTypes: ['transfer_referral', 'regional_statistics'],
        purposes: ['assistance', 'statistics'],
      },
      admin,
    );
  });

  afterAll(async () => {
    await kw.close();
    await db.close();
  });

  const envelope = (over: Partial<ExchangeEnvelope> = {}): ExchangeEnvelope => ({
    id: randomUUID(),
    from: 'kw',
    to: 'bh',
    type: 'transfer_referral',
    purpose: 'assistance',
    agreement: 'KW-BH-2025',
    caseRef: randomUUID(),
    iat: Math.floor(Date.now() / 1000),
    body: { person: { names: { latin: 'Inbox Testperson' } } },
    ...over,
  });
  const seal = async (e: ExchangeEnvelope) =>
    (
      await sealMessage(e, kw.signing.current, {
        kid: parts.ownKeys.encryption.current.kid,
        key: parts.ownKeys.encryption.current.publicKey,
      })
    ).jwe;

  it('keeps every version of a partner and the agreement last recorded in force', async () => {
    const versions = await db.dataSource.query(
      `SELECT version FROM partner_version WHERE country = 'kw' ORDER BY version`,
    );
    expect(versions).toEqual([{ version: 1 }, { version: 2 }]);
    const agreements = await db.dataSource.query(
      `SELECT reference, superseded_at IS NULL AS in_force FROM agreement ORDER BY recorded_at`,
    );
    expect(agreements).toEqual([
      { reference: 'KW-BH-OLD', in_force: false },
      { reference: 'KW-BH-2025', in_force: true },
    ]);
    expect((await new PartnerList(db.dataSource, parts.partners).execute(admin)).items).toEqual([
      expect.objectContaining({ country: 'kw', version: 2, agreementReference: 'KW-BH-2025' }),
    ]);
  });

  it('accepts a message once: the same again gets the same receipt, the inbox one row and the outbox one event', async () => {
    const message = envelope();
    const first = await receive.execute(await seal(message));
    expect(first.status).toBe(200);
    const again = await receive.execute(await seal({ ...message, iat: message.iat + 1 }));
    expect(again.body).toEqual(first.body);
    const rows = await db.dataSource.query(
      `SELECT status, case_id FROM incoming_message WHERE message_id = $1`,
      [message.id],
    );
    expect(rows).toEqual([{ status: 'accepted', case_id: expect.any(String) }]);
    expect(
      (await db.published(ExchangeMessageReceived.type)).filter((k) => k === rows[0].case_id),
    ).toHaveLength(1);
  });

  it('refuses into quarantine a different message under a used id, a field beyond the agreement, and an old agreement', async () => {
    const message = envelope();
    expect((await receive.execute(await seal(message))).status).toBe(200);
    const replayed = await receive.execute(
      await seal({ ...message, body: { person: { names: { latin: 'Someone Else' } } } }),
    );
    expect(replayed).toMatchObject({ status: 409, body: { reason: 'replayed' } });
    const beyond = await receive.execute(
      await seal(envelope({ body: { person: { names: { latin: 'A B' }, documents: [] } } })),
    );
    expect(beyond).toMatchObject({ status: 403, body: { reason: 'beyond_agreement' } });
    const old = await receive.execute(await seal(envelope({ agreement: 'KW-BH-OLD' })));
    expect(old).toMatchObject({ status: 403, body: { reason: 'no_agreement' } });
    const quarantined = await db.dataSource.query(
      `SELECT reason, raw_sealed FROM quarantined_message ORDER BY received_at`,
    );
    expect(quarantined.map((q: { reason: string }) => q.reason)).toEqual([
      'replayed',
      'beyond_agreement',
      'no_agreement',
    ]);
    // What arrived is kept, sealed.
    for (const q of quarantined as { raw_sealed: string }[]) expect(q.raw_sealed).toMatch(/^v2\./);
    expect(await db.published(ExchangeMessageQuarantined.type)).toHaveLength(3);
  });

  it("keeps a partner's published statistics, and refuses a table holding a count below k", async () => {
    const body = {
      table: 'referrals',
      by: 'nationality',
      year: 2026,
      k: 11,
      cells: { PH: 30, NP: null },
      total: 45,
    };
    const published = await receive.execute(
      await seal(envelope({ type: 'regional_statistics', purpose: 'statistics', caseRef: undefined, body })),
    );
    expect(published.status).toBe(200);
    expect(await db.dataSource.query(`SELECT state, cells, total FROM published_statistics`)).toEqual([
      { state: 'kw', cells: { PH: 30, NP: null }, total: 45 },
    ]);
    const small = await receive.execute(
      await seal(
        envelope({
          type: 'regional_statistics',
          purpose: 'statistics',
          caseRef: undefined,
          body: { ...body, cells: { PH: 3 } },
        }),
      ),
    );
    expect(small).toMatchObject({ status: 400, body: { reason: 'malformed' } });
  });

  it('holds back a notice to stop that overtook its referral, and refuses one answering a message of ours', async () => {
    const overtaking = await receive.execute(
      await seal(
        envelope({
          type: 'cease_processing',
          inReplyTo: randomUUID(),
          body: { reason: 'consent_withdrawn' },
        }),
      ),
    );
    expect(overtaking.status).toBe(503);
    const agreement = (await parts.partners.agreementWith(db.dataSource, 'kw'))!;
    const ours = await db.dataSource.transaction((m) =>
      parts.queue.enqueue(m, {
        partner: 'kw',
        caseId: randomUUID(),
        type: 'transfer_referral',
        purpose: 'assistance',
        agreement,
        body: { person: { names: { latin: 'Our Person' } } },
        requestedBy: 'u',
        requestedAgency: 'bh-nrm-office',
        requestedRole: 'supervisor',
      }),
    );
    const answeringOurs = await receive.execute(
      await seal(
        envelope({
          type: 'cease_processing',
          inReplyTo: ours.messageId,
          body: { reason: 'consent_withdrawn' },
        }),
      ),
    );
    expect(answeringOurs).toMatchObject({ status: 422, body: { reason: 'unprocessable' } });
  });

  it('answers a message it accepted with the same receipt after the agreement was replaced', async () => {
    const message = envelope();
    const first = await receive.execute(await seal(message));
    expect(first.status).toBe(200);
    await new RecordAgreement(db.dataSource, parts.partners).execute(
      'kw',
      {
        reference: 'KW-BH-2026',
        messageTypes: ['transfer_referral'],
        purposes: ['assistance'],
        fields: ['person.names'],
        legalBasis: 'MoU 2026',
        validFrom: '2026-01-01',
      },
      admin,
    );
    expect((await receive.execute(await seal({ ...message, iat: message.iat + 2 }))).body).toEqual(
      first.body,
    );
  });
});

import { randomUUID } from 'node:crypto';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { actorOf, exchangeParts, testConfig, testLogger } from '../exchange.test-fixture';
import { RecordAgreement } from '../partners/commands/record-agreement';
import { RegisterPartner } from '../partners/commands/register-partner';
import { service } from '../service';
import { SendCeaseNotices } from './commands/send-cease-notices';
import { SendDecisionFollowUp } from './commands/send-decision-follow-up';

describe('what the exchange does on case events, against real PostgreSQL', () => {
  let db: ServiceSchema;
  let parts: ReturnType<typeof exchangeParts>;
  let followUp: SendDecisionFollowUp;
  let cease: SendCeaseNotices;
  const config = testConfig({ EXCHANGE_COUNTRY: 'kw' });
  const outgoingOf = (caseId: string) =>
    db.dataSource.query(
      `SELECT type, status, in_reply_to, decision, refusal_reason, requested_role FROM outgoing_message WHERE case_id = $1 ORDER BY created_at`,
      [caseId],
    );

  beforeAll(async () => {
    db = await serviceSchemaForTest(service, 'exchange_case_events');
    parts = exchangeParts(db, config);
    followUp = new SendDecisionFollowUp(parts.incoming, parts.partners, parts.queue, config, testLogger);
    cease = new SendCeaseNotices(parts.outgoing, parts.partners, parts.queue);
    const admin = actorOf('administrator', 'kw-nrm-competent-authority');
    await new RegisterPartner(db.dataSource, parts.partners, parts.keySets).execute(
      'bh',
      {
        name: 'Bahrain',
        endpoint: 'http://127.0.0.1:9',
        keySetUrl: 'http://127.0.0.1:9/keys',
        agencies: [{ agencyId: 'bh-nrm', name: 'NRM' }],
      },
      admin,
    );
    await new RecordAgreement(db.dataSource, parts.partners).execute(
      'bh',
      {
        reference: 'KW-BH-2025',
        messageTypes: ['transfer_referral', 'status_follow_up'],
        purposes: ['assistance'],
        fields: ['person.names', 'decision'],
        legalBasis: 'MoU 2025',
        validFrom: '2025-01-01',
      },
      admin,
    );
  });

  afterAll(() => db.close());

  it('sends a decision back to the partner whose referral made the case, and nothing for a case of our own', async () => {
    const caseId = randomUUID();
    const agreement = await parts.partners.agreementWith(db.dataSource, 'bh');
    const referralId = randomUUID();
    await db.dataSource.transaction((m) =>
      parts.incoming.insert(m, {
        partner: 'bh',
        message_id: referralId,
        type: 'transfer_referral',
        purpose: 'assistance',
        agreement_id: agreement!.agreementId,
        partner_case_ref: randomUUID(),
        in_reply_to: null,
        case_id: caseId,
        digest: 'd',
        signed_sealed: 'v2.x',
        receipt: 'r',
        status: 'forwarded',
        decision: null,
      }),
    );
    const decided = { decidedByAgencyId: 'kw-nrm-competent-authority', decidedAt: new Date().toISOString() };
    await db.dataSource.transaction((m) =>
      followUp.execute(m, { ...decided, caseId, decision: 'preliminary_positive' }),
    );
    expect(await outgoingOf(caseId)).toEqual([
      {
        type: 'status_follow_up',
        status: 'queued',
        in_reply_to: referralId,
        decision: 'preliminary_positive',
        refusal_reason: null,
        requested_role: 'identification_officer',
      },
    ]);
    const own = randomUUID();
    await db.dataSource.transaction((m) =>
      followUp.execute(m, { ...decided, caseId: own, decision: 'final_confirmed' }),
    );
    expect(await outgoingOf(own)).toEqual([]);
  });

  it('tells each partner that got the details to stop, once, and withholds what was still queued', async () => {
    const caseId = randomUUID();
    const agreement = (await parts.partners.agreementWith(db.dataSource, 'bh'))!;
    const transfer = (body: Record<string, unknown>) =>
      db.dataSource.transaction((m) =>
        parts.queue.enqueue(m, {
          partner: 'bh',
          caseId,
          type: 'transfer_referral',
          purpose: 'assistance',
          agreement,
          body,
          requestedBy: 'u',
          requestedAgency: 'kw-moi-police',
          requestedRole: 'supervisor',
        }),
      );
    const delivered = await transfer({ person: { names: { latin: 'A B' } } });
    await db.dataSource.query(`UPDATE outgoing_message SET status = 'delivered' WHERE message_id = $1`, [
      delivered.messageId,
    ]);
    await transfer({ person: { names: { latin: 'A B' } } });
    await db.dataSource.transaction((m) => cease.execute(m, caseId, 'consent_withdrawn', 'kw-moi-police'));
    expect(await outgoingOf(caseId)).toEqual([
      expect.objectContaining({ type: 'transfer_referral', status: 'delivered' }),
      expect.objectContaining({
        type: 'transfer_referral',
        status: 'refused',
        refusal_reason: 'consent_withdrawn',
      }),
      expect.objectContaining({
        type: 'cease_processing',
        status: 'queued',
        in_reply_to: delivered.messageId,
        requested_role: null,
      }),
    ]);
  });
});

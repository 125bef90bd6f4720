import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The exchange: partners and their agreements (each change a new version), messages sent (a queue
 * with their partners' signed receipts) and received (the inbox, keyed by the sender's message id),
 * and the quarantine of what was refused. Message content is sealed with the case's data key.
 */
export class Exchange1764400000701 implements MigrationInterface {
  name = 'Exchange1764400000701';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE partner (
        country text PRIMARY KEY CHECK (country ~ '^[a-z]{2}$'),
        name text NOT NULL,
        endpoint text NOT NULL,
        key_set_url text NOT NULL,
        agencies jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked')),
        version integer NOT NULL,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE partner_version (
        country text NOT NULL REFERENCES partner (country),
        version integer NOT NULL,
        snapshot jsonb NOT NULL,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (country, version)
      )`);
    await q.query(`
      CREATE TABLE agreement (
        agreement_id uuid PRIMARY KEY,
        partner text NOT NULL REFERENCES partner (country),
        reference text NOT NULL,
        message_types text[] NOT NULL,
        purposes text[] NOT NULL,
        fields text[] NOT NULL,
        legal_basis text NOT NULL,
        valid_from date NOT NULL,
        valid_until date,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        superseded_at timestamptz
      )`);
    await q.query(
      `CREATE UNIQUE INDEX agreement_in_force ON agreement (partner) WHERE superseded_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE outgoing_message (
        message_id uuid PRIMARY KEY,
        partner text NOT NULL REFERENCES partner (country),
        case_id uuid,
        type text NOT NULL,
        purpose text NOT NULL,
        agreement_id uuid NOT NULL REFERENCES agreement (agreement_id),
        in_reply_to uuid,
        requested_by text NOT NULL,
        requested_agency text NOT NULL,
        content_sealed text NOT NULL,
        digest text NOT NULL,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'delivered', 'refused')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        lease uuid,
        lease_until timestamptz,
        last_error text,
        signed_sealed text,
        answer text,
        refusal_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        settled_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX outgoing_message_due ON outgoing_message (next_attempt_at) WHERE status = 'queued'`,
    );
    await q.query(`CREATE INDEX outgoing_message_case ON outgoing_message (case_id, created_at)`);
    await q.query(`
      CREATE TABLE incoming_message (
        partner text NOT NULL REFERENCES partner (country),
        message_id uuid NOT NULL,
        type text NOT NULL,
        purpose text NOT NULL,
        agreement_id uuid NOT NULL REFERENCES agreement (agreement_id),
        partner_case_ref uuid,
        in_reply_to uuid,
        case_id uuid,
        digest text NOT NULL,
        signed_sealed text NOT NULL,
        receipt text NOT NULL,
        status text NOT NULL CHECK (status IN ('accepted', 'forwarded')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        received_at timestamptz NOT NULL DEFAULT now(),
        forwarded_at timestamptz,
        PRIMARY KEY (partner, message_id)
      )`);
    await q.query(
      `CREATE INDEX incoming_message_due ON incoming_message (next_attempt_at) WHERE status = 'accepted'`,
    );
    await q.query(`CREATE INDEX incoming_message_case ON incoming_message (case_id, received_at)`);
    await q.query(`
      CREATE TABLE quarantined_message (
        quarantine_id uuid PRIMARY KEY,
        claimed_partner text,
        message_id uuid,
        reason text NOT NULL,
        detail text NOT NULL,
        raw_sealed text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        reviewed_at timestamptz,
        reviewed_by text
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'quarantined_message',
      'incoming_message',
      'outgoing_message',
      'agreement',
      'partner_version',
      'partner',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}

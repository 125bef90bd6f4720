import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Protection cases, the service plan, providers and their shelters, service referrals and placements. */
export class Protection1764400000301 implements MigrationInterface {
  name = 'Protection1764400000301';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE provider (
        provider_id text PRIMARY KEY,
        agency_type text NOT NULL,
        name_en text NOT NULL,
        name_ar text NOT NULL,
        services text[] NOT NULL,
        languages text[] NOT NULL,
        serves_children boolean NOT NULL
      )`);
    await q.query(`
      CREATE TABLE shelter (
        shelter_id text PRIMARY KEY,
        provider_id text NOT NULL REFERENCES provider,
        name_en text NOT NULL,
        name_ar text NOT NULL,
        capacity int NOT NULL CHECK (capacity >= 0),
        for_children boolean NOT NULL
      )`);
    await q.query(`
      CREATE TABLE protection_case (
        case_id uuid PRIMARY KEY,
        case_reference text,
        referring_agency_id text,
        status text NOT NULL CHECK (status IN ('awaiting', 'open', 'closure_requested', 'closed')),
        person_is_child boolean NOT NULL DEFAULT false,
        urgent_risk boolean NOT NULL DEFAULT false,
        presumed_victim boolean NOT NULL DEFAULT false,
        interpreter_needed boolean NOT NULL DEFAULT false,
        sharing_agency_types text[] NOT NULL DEFAULT '{}',
        opened_because text CHECK (opened_because IN ('child', 'urgent_risk', 'presumed_victim')),
        opened_at timestamptz,
        recovery_starts_on date,
        recovery_ends_on date,
        closure_reason text,
        closure_note_sealed text,
        closure_requested_by text,
        closure_requested_at timestamptz,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX protection_case_open ON protection_case (status, opened_at)`);
    await q.query(`
      CREATE TABLE need (
        case_id uuid NOT NULL REFERENCES protection_case,
        need_type text NOT NULL,
        priority text NOT NULL CHECK (priority IN ('urgent', 'high', 'normal')),
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'met', 'withdrawn')),
        note_sealed text,
        assessed_by text NOT NULL,
        assessed_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, need_type)
      )`);
    await q.query(`
      CREATE TABLE service_referral (
        service_referral_id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES protection_case,
        provider_id text NOT NULL REFERENCES provider,
        need_type text NOT NULL,
        priority text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'completed', 'stopped')),
        disclosure_basis text NOT NULL CHECK (disclosure_basis IN ('consent', 'child', 'supervisor_override')),
        override_reason_sealed text,
        decline_reason text,
        referred_by text NOT NULL,
        referred_at timestamptz NOT NULL,
        answered_by text,
        answered_at timestamptz,
        completed_at timestamptz,
        stopped_at timestamptz
      )`);
    await q.query(`CREATE INDEX service_referral_case ON service_referral (case_id)`);
    await q.query(
      `CREATE INDEX service_referral_provider ON service_referral (provider_id, status, referred_at)`,
    );
    await q.query(`
      CREATE TABLE placement (
        placement_id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES protection_case,
        shelter_id text NOT NULL REFERENCES shelter,
        status text NOT NULL CHECK (status IN ('queued', 'placed', 'checked_in', 'checked_out', 'cancelled', 'transferred')),
        priority boolean NOT NULL,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL,
        placed_at timestamptz,
        checked_in_at timestamptz,
        ended_at timestamptz
      )`);
    // One live placement (queued, placed or checked in) per case: a bed is never held twice.
    await q.query(
      `CREATE UNIQUE INDEX placement_one_live ON placement (case_id) WHERE status IN ('queued', 'placed', 'checked_in')`,
    );
    await q.query(
      `CREATE INDEX placement_queue ON placement (shelter_id, priority DESC, requested_at) WHERE status = 'queued'`,
    );
    await q.query(
      `CREATE INDEX placement_occupancy ON placement (shelter_id) WHERE status IN ('placed', 'checked_in')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['placement', 'service_referral', 'need', 'protection_case', 'shelter', 'provider']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}

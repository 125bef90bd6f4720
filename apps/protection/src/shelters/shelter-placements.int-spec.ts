import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { protectionOver } from '../protection.test-fixture';
import { service } from '../service';
import { CheckOut } from './commands/check-out';
import { RequestPlacement } from './commands/request-placement';

const worker: Actor = { userId: 'worker-1', agencyId: 'kw-shelter-gov', role: 'protection_case_worker' };
const SHELTER = 'test-shelter';

describe('shelter placements against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;
  let dataSource: DataSource;
  let requestPlacement: RequestPlacement;
  let checkOut: CheckOut;
  const cases: { caseId: string; urgent: boolean }[] = [];

  const count = async (status: string): Promise<number> =>
    (
      await dataSource.query(
        `SELECT count(*)::int AS n FROM placement WHERE shelter_id = $1 AND status = $2`,
        [SHELTER, status],
      )
    )[0].n;
  const events = async (type: string): Promise<string[]> =>
    (await dataSource.query(`SELECT message_key FROM outbox WHERE headers->>'ce_type' = $1`, [type])).map(
      (r: { message_key: string }) => r.message_key,
    );

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'protection_beds', { poolSize: 20 });
    dataSource = schema.dataSource;
    await dataSource.query(
      `INSERT INTO agency_directory (agency_id, agency_type) VALUES ('kw-shelter-gov', 'shelter')`,
    );
    await dataSource.query(
      `INSERT INTO provider (provider_id, agency_type, name_en, name_ar, services, languages, serves_children)
       VALUES ('kw-shelter-gov', 'shelter', 'Shelter', 'مأوى', '{shelter}', '{ar,en}', true)`,
    );
    await dataSource.query(
      `INSERT INTO shelter (shelter_id, provider_id, name_en, name_ar, capacity, for_children)
       VALUES ($1, 'kw-shelter-gov', 'Test shelter', 'مأوى', 10, false)`,
      [SHELTER],
    );
    for (let i = 0; i < 50; i += 1) {
      const caseId = randomUUID();
      const urgent = i % 5 === 0; // ten urgent risks among fifty
      cases.push({ caseId, urgent });
      await dataSource.query(
        `INSERT INTO protection_case (case_id, case_reference, status, urgent_risk, opened_because, opened_at, sharing_agency_types)
         VALUES ($1, $2, 'open', $3, $4, now(), '{shelter}')`,
        [
          caseId,
          `KW-2026-T${String(i).padStart(5, '0')}`,
          urgent,
          urgent ? 'urgent_risk' : 'presumed_victim',
        ],
      );
    }
    app = await protectionOver(schema, { seed: false });
    requestPlacement = app.get(RequestPlacement);
    checkOut = app.get(CheckOut);
  });

  afterAll(async () => {
    await app?.close();
    await schema?.close();
  });

  it('gives 10 free beds to exactly 10 of 50 concurrent requests and queues the other 40, losing none', async () => {
    const results = await Promise.all(
      cases.map((c) => requestPlacement.execute(c.caseId, { shelterId: SHELTER }, worker)),
    );
    expect(results.filter((r) => r.status === 'placed')).toHaveLength(10);
    expect(results.filter((r) => r.status === 'queued')).toHaveLength(40);
    expect(await count('placed')).toBe(10);
    expect(await count('queued')).toBe(40);
    // One event per request, each for its own case.
    const placed = await events('nrm.protection.shelter-placed');
    const queued = await events('nrm.protection.shelter-queued');
    expect(new Set([...placed, ...queued])).toEqual(new Set(cases.map((c) => c.caseId)));
    expect(placed).toHaveLength(10);
    expect(queued).toHaveLength(40);
    // A second request for a case with a live placement is refused, not doubled.
    await expect(
      requestPlacement.execute(cases[0].caseId, { shelterId: SHELTER }, worker),
    ).rejects.toMatchObject({
      status: 409,
    });
  });

  it('gives each freed bed to the head of the queue, urgent risks first, and never overbooks under racing check-outs and requests', async () => {
    const head: { case_id: string; priority: boolean }[] = await dataSource.query(
      `SELECT case_id, priority FROM placement WHERE shelter_id = $1 AND status = 'queued'
        ORDER BY priority DESC, requested_at, placement_id LIMIT 5`,
      [SHELTER],
    );
    const queuedUrgent =
      cases.filter((c) => c.urgent).length -
      (
        await dataSource.query(
          `SELECT count(*)::int AS n FROM placement WHERE shelter_id = $1 AND status = 'placed' AND priority`,
          [SHELTER],
        )
      )[0].n;
    expect(head.filter((h) => h.priority)).toHaveLength(Math.min(5, queuedUrgent));

    const placedIds: { placement_id: string }[] = await dataSource.query(
      `SELECT placement_id FROM placement WHERE shelter_id = $1 AND status = 'placed' LIMIT 5`,
      [SHELTER],
    );
    // Five check-outs race five cancellations of queued requests at the tail.
    const tail: { placement_id: string }[] = await dataSource.query(
      `SELECT placement_id FROM placement WHERE shelter_id = $1 AND status = 'queued'
        ORDER BY priority, requested_at DESC, placement_id DESC LIMIT 5`,
      [SHELTER],
    );
    await Promise.all([
      ...placedIds.map((p) => checkOut.execute(p.placement_id, worker)),
      ...tail.map((p) => checkOut.execute(p.placement_id, worker)),
    ]);
    expect(await count('placed')).toBe(10);
    expect(await count('checked_out')).toBe(5);
    expect(await count('cancelled')).toBe(5);
    expect(await count('queued')).toBe(30);
    const nowPlaced: { case_id: string }[] = await dataSource.query(
      `SELECT case_id FROM placement WHERE shelter_id = $1 AND status = 'placed'`,
      [SHELTER],
    );
    for (const h of head) expect(nowPlaced.map((p) => p.case_id)).toContain(h.case_id);
  });
});

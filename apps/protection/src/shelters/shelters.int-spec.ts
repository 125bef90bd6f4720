import type { INestApplicationContext } from '@nestjs/common';
import { ShelterCheckedIn, ShelterCheckedOut, ShelterPlaced, ShelterTransferred } from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import {
  ADULT_SHELTER,
  CHILD_SHELTER,
  ngoStaff,
  protectionOver,
  referredCase,
  refusal,
  rows,
  supervisor,
  worker,
} from '../protection.test-fixture';
import { service } from '../service';
import { CheckIn } from './commands/check-in';
import { CheckOut } from './commands/check-out';
import { RequestPlacement } from './commands/request-placement';
import { TransferPlacement } from './commands/transfer-placement';
import { ShelterList } from './queries/shelter-list';

const ANNEX = 'kw-shelter-gov-annex';
const shelterStaff = { userId: 'staff-1', agencyId: 'kw-shelter-gov', role: 'service_provider' } as const;

describe('placement commands against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;
  const place = (caseId: string, shelterId = ADULT_SHELTER, actor = worker) =>
    app.get(RequestPlacement).execute(caseId, { shelterId }, actor);
  const placement = async (placementId: string) =>
    (
      await rows(
        app,
        `SELECT shelter_id, status, disclosure_basis, placed_at IS NOT NULL AS placed, checked_in_at IS NOT NULL AS checked_in,
                ended_at IS NOT NULL AS ended FROM placement WHERE placement_id = $1`,
        [placementId],
      )
    )[0];

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'protection_shelters');
    app = await protectionOver(schema);
    // A small second shelter for adults, full after two placements.
    await schema.dataSource.query(
      `INSERT INTO shelter (shelter_id, provider_id, name_en, name_ar, capacity, for_children)
       VALUES ($1, 'kw-shelter-gov', 'Annex', 'ملحق', 2, false)`,
      [ANNEX],
    );
  });

  afterAll(async () => {
    await app.close();
    await schema.close();
  });

  describe('RequestPlacement', () => {
    it('places the person on a free bed on their consent and tells the shelter', async () => {
      const caseId = await referredCase(app);
      const placed = await place(caseId);
      expect(placed).toEqual({ placementId: expect.any(String), shelterId: ADULT_SHELTER, status: 'placed' });
      expect(await placement(placed.placementId)).toEqual({
        shelter_id: ADULT_SHELTER,
        status: 'placed',
        disclosure_basis: 'consent',
        placed: true,
        checked_in: false,
        ended: false,
      });
      expect(await schema.published(ShelterPlaced.type)).toContain(caseId);
    });

    it('refuses an unknown shelter, one for children for an adult, a second live placement, consent not given', async () => {
      const caseId = await referredCase(app);
      expect(await refusal(() => place(caseId, 'nowhere'))).toMatchObject({ status: 400 });
      expect(await refusal(() => place(caseId, CHILD_SHELTER))).toMatchObject({ status: 409 });
      await place(caseId);
      expect(await refusal(() => place(caseId))).toMatchObject({ status: 409 });
      const unshared = await referredCase(app, { sharingAgencyTypes: [] });
      expect(await refusal(() => place(unshared))).toMatchObject({ status: 409 });
      expect(
        await refusal(() =>
          app
            .get(RequestPlacement)
            .execute(unshared, { shelterId: ADULT_SHELTER, override: { reason: 'danger' } }, worker),
        ),
      ).toMatchObject({ status: 403 });
      const overridden = await app
        .get(RequestPlacement)
        .execute(unshared, { shelterId: ADULT_SHELTER, override: { reason: 'danger' } }, supervisor);
      expect(await placement(overridden.placementId)).toMatchObject({
        disclosure_basis: 'supervisor_override',
      });
    });
  });

  describe('CheckIn and CheckOut', () => {
    it('checks a placed person in and out, each told; a second check-in is refused', async () => {
      const caseId = await referredCase(app);
      const { placementId } = await place(caseId);
      expect(await app.get(CheckIn).execute(placementId, shelterStaff)).toEqual({
        placementId,
        shelterId: ADULT_SHELTER,
        status: 'checked_in',
      });
      expect(await refusal(() => app.get(CheckIn).execute(placementId, shelterStaff))).toMatchObject({
        status: 409,
      });
      expect(await refusal(() => app.get(CheckOut).execute(placementId, ngoStaff))).toMatchObject({
        status: 404,
      });
      expect(await app.get(CheckOut).execute(placementId, worker)).toMatchObject({ status: 'checked_out' });
      expect(await placement(placementId)).toMatchObject({
        status: 'checked_out',
        checked_in: true,
        ended: true,
      });
      expect(await schema.published(ShelterCheckedIn.type)).toContain(caseId);
      expect(await schema.published(ShelterCheckedOut.type)).toContain(caseId);
      expect(await refusal(() => app.get(CheckOut).execute(placementId, worker))).toMatchObject({
        status: 409,
      });
    });
  });

  describe('TransferPlacement', () => {
    it('ends the placement and places the person in the other shelter, on the ground they were placed on', async () => {
      const caseId = await referredCase(app, { sharingAgencyTypes: [] });
      const { placementId } = await app
        .get(RequestPlacement)
        .execute(caseId, { shelterId: ADULT_SHELTER, override: { reason: 'danger' } }, supervisor);
      const transfer = (shelterId: string) =>
        app.get(TransferPlacement).execute(placementId, { shelterId }, worker);
      expect(await refusal(() => transfer(ADULT_SHELTER))).toMatchObject({ status: 409 });
      expect(await refusal(() => transfer(CHILD_SHELTER))).toMatchObject({ status: 409 });
      const moved = await transfer(ANNEX);
      expect(moved).toEqual({ placementId: expect.any(String), shelterId: ANNEX, status: 'placed' });
      expect(await placement(placementId)).toMatchObject({ status: 'transferred', ended: true });
      expect(await placement(moved.placementId)).toMatchObject({
        shelter_id: ANNEX,
        status: 'placed',
        disclosure_basis: 'supervisor_override',
      });
      expect(await schema.published(ShelterTransferred.type)).toContain(caseId);
      expect(await refusal(() => transfer(ANNEX))).toMatchObject({ status: 409 });
    });

    it('queues the transfer when the other shelter is full, and gives the freed bed to the head of the queue', async () => {
      const inAnnex = await referredCase(app);
      const { placementId: annexBed } = await place(inAnnex, ANNEX);
      const moving = await referredCase(app);
      const { placementId } = await place(moving);
      const queued = await app.get(TransferPlacement).execute(placementId, { shelterId: ANNEX }, worker);
      expect(queued).toEqual({
        placementId: expect.any(String),
        shelterId: ANNEX,
        status: 'queued',
        queuePosition: 1,
      });
      await app.get(CheckOut).execute(annexBed, worker);
      expect(await placement(queued.placementId)).toMatchObject({ status: 'placed', placed: true });
    });
  });

  describe('ShelterList', () => {
    it('counts beds taken, free and queued for; a shelter’s staff see their own shelters', async () => {
      const { items } = await app.get(ShelterList).execute(shelterStaff);
      const women = items.find((s) => s.shelterId === ADULT_SHELTER)!;
      expect(women).toMatchObject({ capacity: 40, providerAgencyId: 'kw-shelter-gov', queued: 0 });
      expect(women.free).toBe(women.capacity - women.occupied);
      expect((await app.get(ShelterList).execute(ngoStaff)).items).toEqual([]);
    });
  });
});

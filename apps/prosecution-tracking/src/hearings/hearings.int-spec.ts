import type { INestApplicationContext } from '@nestjs/common';
import type { HearingRequest } from '@nrm/api-contracts';
import {
  HearingApproaching,
  HearingHeld,
  HearingPostponed,
  HearingScheduled,
  VictimTestimonyArranged,
} from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { CloseInvestigation } from '../investigations/commands/close-investigation';
import {
  immigrationInvestigator,
  investigationOf,
  investigator,
  policeSupervisor,
  prosecutionOver,
  referredCase,
  refusal,
  rows,
} from '../prosecution.test-fixture';
import { service } from '../service';
import { ArrangeTestimony } from './commands/arrange-testimony';
import { HoldHearing } from './commands/hold-hearing';
import { PostponeHearing } from './commands/postpone-hearing';
import { RemindOfHearings } from './commands/remind-of-hearings';
import { ScheduleHearing } from './commands/schedule-hearing';

const UNKNOWN = '00000000-0000-4000-8000-0000000000a1';

describe('hearing commands against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;
  const hearing = (scheduledOn: string): HearingRequest =>
    ({ hearingType: 'first_instance', court: 'Capital Criminal Court', scheduledOn }) as HearingRequest;
  const scheduled = async (scheduledOn = '2027-05-10') => {
    const { investigationId, caseIds } = await investigationOf(app);
    const { hearingId } = await app
      .get(ScheduleHearing)
      .execute(investigationId, hearing(scheduledOn), investigator);
    return { investigationId, caseIds, hearingId };
  };
  const hearingRow = (hearingId: string) =>
    rows(
      app,
      `SELECT scheduled_on::text, status, held_at IS NOT NULL AS held, reminded_for::text FROM hearing WHERE hearing_id = $1`,
      [hearingId],
    );
  const testimonyEvents = async (caseId: string) =>
    (await schema.published(VictimTestimonyArranged.type)).filter((k) => k === caseId).length;

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'prosecution_hearings');
    app = await prosecutionOver(schema);
  });

  afterAll(async () => {
    await app.close();
    await schema.close();
  });

  describe('ScheduleHearing', () => {
    it('writes the scheduled hearing and tells the investigation’s agencies', async () => {
      const { investigationId, hearingId } = await scheduled();
      expect(
        await rows(
          app,
          `SELECT investigation_id, hearing_type, court, closed_session FROM hearing WHERE hearing_id = $1`,
          [hearingId],
        ),
      ).toEqual([
        {
          investigation_id: investigationId,
          hearing_type: 'first_instance',
          court: 'Capital Criminal Court',
          closed_session: false,
        },
      ]);
      expect(await hearingRow(hearingId)).toEqual([
        { scheduled_on: '2027-05-10', status: 'scheduled', held: false, reminded_for: null },
      ]);
      expect(await schema.published(HearingScheduled.type)).toContain(investigationId);
    });

    it('refuses a supervisor, another agency and a closed investigation', async () => {
      const { investigationId } = await investigationOf(app);
      const schedule = (actor: typeof investigator) =>
        refusal(() => app.get(ScheduleHearing).execute(investigationId, hearing('2027-06-01'), actor));
      expect(await schedule(policeSupervisor)).toMatchObject({ status: 403 });
      expect(await schedule(immigrationInvestigator)).toMatchObject({ status: 404 });
      await app.get(CloseInvestigation).execute(investigationId, { reason: 'other' }, investigator);
      expect(await schedule(investigator)).toMatchObject({ status: 409 });
      expect(await rows(app, `SELECT 1 FROM hearing WHERE investigation_id = $1`, [investigationId])).toEqual(
        [],
      );
    });
  });

  describe('ArrangeTestimony', () => {
    it('writes the testimony with its measures and tells protection; arranging again replaces them', async () => {
      const { caseIds, hearingId } = await scheduled();
      const arrange = (measures: string[]) =>
        app.get(ArrangeTestimony).execute(hearingId, { caseId: caseIds[0], measures } as never, investigator);
      expect(await arrange(['interpreter', 'interpreter', 'transport'])).toEqual({
        hearingId,
        caseId: caseIds[0],
        measures: ['interpreter', 'transport'],
      });
      await arrange(['legal_aid']);
      expect(
        await rows(app, `SELECT case_id, measures, arranged_by FROM testimony WHERE hearing_id = $1`, [
          hearingId,
        ]),
      ).toEqual([{ case_id: caseIds[0], measures: ['legal_aid'], arranged_by: 'inv-1' }]);
      expect(await testimonyEvents(caseIds[0])).toBe(2);
    });

    it('refuses a case not linked, a hearing held, and no such hearing', async () => {
      const { caseIds, hearingId } = await scheduled();
      const arrange = (id: string, caseId: string) =>
        refusal(() =>
          app.get(ArrangeTestimony).execute(id, { caseId, measures: ['interpreter'] } as never, investigator),
        );
      expect(await arrange(hearingId, await referredCase(app))).toMatchObject({ status: 409 });
      expect(await arrange(UNKNOWN, caseIds[0])).toMatchObject({ status: 404 });
      await app.get(HoldHearing).execute(hearingId, investigator);
      expect(await arrange(hearingId, caseIds[0])).toMatchObject({ status: 409 });
      expect(await rows(app, `SELECT 1 FROM testimony WHERE hearing_id = $1`, [hearingId])).toEqual([]);
    });
  });

  describe('PostponeHearing', () => {
    it('moves the hearing to the later date, owes a new reminder and moves the testimony with it', async () => {
      const { investigationId, caseIds, hearingId } = await scheduled();
      await app
        .get(ArrangeTestimony)
        .execute(hearingId, { caseId: caseIds[0], measures: ['interpreter'] } as never, investigator);
      await schema.dataSource.query(`UPDATE hearing SET reminded_for = scheduled_on WHERE hearing_id = $1`, [
        hearingId,
      ]);
      expect(
        await app.get(PostponeHearing).execute(hearingId, { newDate: '2027-06-20' }, investigator),
      ).toEqual({
        hearingId,
        status: 'scheduled',
        scheduledOn: '2027-06-20',
      });
      expect(await hearingRow(hearingId)).toEqual([
        { scheduled_on: '2027-06-20', status: 'scheduled', held: false, reminded_for: null },
      ]);
      expect(await schema.published(HearingPostponed.type)).toContain(investigationId);
      expect(await testimonyEvents(caseIds[0])).toBe(2);
    });

    it('refuses an earlier date and a hearing held', async () => {
      const { hearingId } = await scheduled();
      const postpone = (newDate: string) =>
        refusal(() => app.get(PostponeHearing).execute(hearingId, { newDate }, investigator));
      expect(await postpone('2027-05-10')).toMatchObject({ status: 409 });
      await app.get(HoldHearing).execute(hearingId, investigator);
      expect(await postpone('2027-07-01')).toMatchObject({ status: 409 });
      expect((await hearingRow(hearingId))[0]).toMatchObject({ scheduled_on: '2027-05-10', status: 'held' });
    });
  });

  describe('HoldHearing', () => {
    it('marks the hearing held and tells the agencies; a held hearing stays held', async () => {
      const { investigationId, hearingId } = await scheduled();
      expect(await app.get(HoldHearing).execute(hearingId, investigator)).toEqual({
        hearingId,
        status: 'held',
      });
      expect(await hearingRow(hearingId)).toEqual([
        { scheduled_on: '2027-05-10', status: 'held', held: true, reminded_for: null },
      ]);
      expect(await schema.published(HearingHeld.type)).toContain(investigationId);
      expect(await refusal(() => app.get(HoldHearing).execute(hearingId, investigator))).toMatchObject({
        status: 409,
      });
      expect(
        await refusal(() => app.get(HoldHearing).execute(hearingId, immigrationInvestigator)),
      ).toMatchObject({
        status: 404,
      });
    });
  });

  describe('RemindOfHearings', () => {
    it('reminds of hearings within the days ahead once per date, again when postponed into them', async () => {
      const now = new Date('2031-03-01T06:00:00Z');
      const soon = await scheduled('2031-03-03');
      const later = await scheduled('2031-03-10');
      const remind = app.get(RemindOfHearings);
      expect(await remind.execute(now)).toBe(1);
      expect((await hearingRow(soon.hearingId))[0]).toMatchObject({ reminded_for: '2031-03-03' });
      expect(await schema.published(HearingApproaching.type)).toEqual([soon.investigationId]);
      expect(await remind.execute(now)).toBe(0);
      await app.get(PostponeHearing).execute(soon.hearingId, { newDate: '2031-03-04' }, investigator);
      expect(await remind.execute(now)).toBe(1);
      expect((await hearingRow(later.hearingId))[0]).toMatchObject({ reminded_for: null });
      expect(await schema.published(HearingApproaching.type)).toEqual([
        soon.investigationId,
        soon.investigationId,
      ]);
    });
  });
});

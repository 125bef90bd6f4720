import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CourtTasksCreated } from '@nrm/contracts';
import type { VictimTestimonyV1 } from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import {
  ADULT_SHELTER,
  protectionOver,
  referredCase,
  refusal,
  rows,
  worker,
} from '../protection.test-fixture';
import { service } from '../service';
import { RequestPlacement } from '../shelters/commands/request-placement';
import { CompleteCourtTask } from './commands/complete-court-task';
import { CreateCourtTasks } from './commands/create-court-tasks';

describe('court task commands against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;
  const now = new Date('2027-08-01T06:00:00Z');
  const testimony = (caseId: string, hearingId: string, hearingDate: string): VictimTestimonyV1 => ({
    investigationId: randomUUID(),
    hearingId,
    caseId,
    caseReference: `KW-2027-${caseId.slice(0, 6).toUpperCase()}`,
    hearingDate,
    measures: ['interpreter', 'video_link'],
  });
  const create = (t: VictimTestimonyV1) =>
    app.get(DataSource).transaction((manager) => app.get(CreateCourtTasks).execute(manager, t, now));
  const tasks = (caseId: string) =>
    rows<{ task_id: string }>(
      app,
      `SELECT task_id, task_type, hearing_date::text, due_on::text, status FROM court_task WHERE case_id = $1 ORDER BY task_type`,
      [caseId],
    );

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'protection_court');
    app = await protectionOver(schema);
  });

  afterAll(async () => {
    await app.close();
    await schema.close();
  });

  describe('CreateCourtTasks', () => {
    it('writes the tasks due before the hearing and tells the shelter holding the case; a moved hearing re-dates them', async () => {
      const caseId = await referredCase(app);
      await app.get(RequestPlacement).execute(caseId, { shelterId: ADULT_SHELTER }, worker);
      const hearingId = randomUUID();
      await create(testimony(caseId, hearingId, '2027-09-10'));
      expect((await tasks(caseId)).map(({ task_id: _, ...t }) => t)).toEqual([
        { task_type: 'interpreter', hearing_date: '2027-09-10', due_on: '2027-09-08', status: 'open' },
        { task_type: 'risk_review', hearing_date: '2027-09-10', due_on: '2027-09-08', status: 'open' },
      ]);
      const [{ payload }] = await rows<{ payload: string }>(
        app,
        `SELECT payload FROM outbox WHERE message_key = $1 AND headers->>'ce_type' = $2`,
        [caseId, CourtTasksCreated.type],
      );
      expect(JSON.parse(payload)).toMatchObject({ agencyIds: ['kw-shelter-gov'] });
      await create(testimony(caseId, hearingId, '2027-09-20'));
      expect(await tasks(caseId)).toEqual([
        expect.objectContaining({
          task_type: 'interpreter',
          hearing_date: '2027-09-20',
          due_on: '2027-09-18',
        }),
        expect.objectContaining({
          task_type: 'risk_review',
          hearing_date: '2027-09-20',
          due_on: '2027-09-18',
        }),
      ]);
      expect((await schema.published(CourtTasksCreated.type)).filter((s) => s === caseId)).toHaveLength(2);
    });

    it('keeps the tasks of a case not yet known to protection', async () => {
      const caseId = randomUUID();
      await create(testimony(caseId, randomUUID(), '2027-09-10'));
      expect(await rows(app, `SELECT status FROM protection_case WHERE case_id = $1`, [caseId])).toEqual([
        { status: 'awaiting' },
      ]);
      expect(await tasks(caseId)).toHaveLength(2);
    });
  });

  describe('CompleteCourtTask', () => {
    it('marks a task done once', async () => {
      const caseId = await referredCase(app);
      await create(testimony(caseId, randomUUID(), '2027-09-10'));
      const [task] = await tasks(caseId);
      expect(await app.get(CompleteCourtTask).execute(caseId, task.task_id, worker)).toEqual({
        taskId: task.task_id,
        status: 'done',
      });
      expect(
        await rows(app, `SELECT status, done_by FROM court_task WHERE task_id = $1`, [task.task_id]),
      ).toEqual([{ status: 'done', done_by: 'worker-1' }]);
      expect(
        await refusal(() => app.get(CompleteCourtTask).execute(caseId, task.task_id, worker)),
      ).toMatchObject({ status: 409 });
      expect(
        await refusal(() => app.get(CompleteCourtTask).execute(caseId, randomUUID(), worker)),
      ).toMatchObject({ status: 404 });
    });
  });
});

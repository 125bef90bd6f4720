import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { IndicatorAnswersRequest } from '@nrm/api-contracts';
import { IndicatorCatalogueAdopted, IndicatorsAssessed } from '@nrm/contracts';
import { TEST_SEEDS_DIR, serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import {
  adminA,
  adminB,
  identificationOver,
  officer,
  openedScreening,
  otherOfficer,
  refusal,
  rows,
} from '../identification.test-fixture';
import { service } from '../service';
import { AdoptIndicatorCatalogue } from './commands/adopt-indicator-catalogue';
import { AnswerIndicators } from './commands/answer-indicators';
import { CompleteIndicatorAssessment } from './commands/complete-indicator-assessment';
import { LoadIndicatorCatalogue } from './commands/load-indicator-catalogue';
import { StartIndicatorAssessment } from './commands/start-indicator-assessment';

const answers = (...items: [string, 'present' | 'absent' | 'unknown', string?][]): IndicatorAnswersRequest =>
  ({
    answers: items.map(([indicatorId, answer, note]) => ({
      indicatorId,
      answer,
      evidenceSource: 'interview',
      ...(note ? { note } : {}),
    })),
  }) as IndicatorAnswersRequest;

describe('indicator commands against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'identification_indicators');
    app = await identificationOver(schema);
  });

  afterAll(async () => {
    await app.close();
    await schema.close();
  });

  describe('StartIndicatorAssessment', () => {
    it("asks the lists for the person's exploitation, one assessment at a time", async () => {
      const caseId = await openedScreening(app);
      const started = await app.get(StartIndicatorAssessment).execute(caseId, officer);
      expect(started).toMatchObject({ caseId, status: 'in_progress', catalogueVersion: 'kw-2026.1' });
      expect(started.lists.map((l) => l.id)).toEqual(['adult-labour']);
      expect((await refusal(app.get(StartIndicatorAssessment).execute(caseId, officer))).status).toBe(409);
      expect((await refusal(app.get(StartIndicatorAssessment).execute(caseId, otherOfficer))).status).toBe(
        404,
      );
    });
  });

  describe('AnswerIndicators', () => {
    it('records answers with notes sealed, replaces an earlier answer and refuses indicators not asked', async () => {
      const caseId = await openedScreening(app);
      const { assessmentId } = await app.get(StartIndicatorAssessment).execute(caseId, officer);
      await app
        .get(AnswerIndicators)
        .execute(caseId, assessmentId, answers(['AL-D1-deceived-about-job', 'unknown']), officer);
      const view = await app
        .get(AnswerIndicators)
        .execute(
          caseId,
          assessmentId,
          answers(['AL-D1-deceived-about-job', 'present', 'told of a hotel job']),
          officer,
        );
      expect(view.answers).toEqual([
        expect.objectContaining({
          indicatorId: 'AL-D1-deceived-about-job',
          answer: 'present',
          note: 'told of a hotel job',
        }),
      ]);
      const [stored] = await rows<{ note_sealed: string }>(
        app,
        `SELECT note_sealed FROM indicator_answer WHERE assessment_id = $1`,
        [assessmentId],
      );
      expect(stored?.note_sealed).not.toContain('hotel');
      const problem = await refusal(
        app
          .get(AnswerIndicators)
          .execute(caseId, assessmentId, answers(['CS-D1-deceived-about-job', 'present']), officer),
      );
      expect(problem).toMatchObject({ status: 400, errors: [{ field: 'answers[0].indicatorId' }] });
    });
  });

  describe('CompleteIndicatorAssessment', () => {
    it('makes the advice final, tells the others, and refuses changes afterwards', async () => {
      const caseId = await openedScreening(app);
      const { assessmentId } = await app.get(StartIndicatorAssessment).execute(caseId, officer);
      const completed = await app.get(CompleteIndicatorAssessment).execute(caseId, assessmentId, officer);
      expect(completed.status).toBe('completed');
      expect(await schema.published(IndicatorsAssessed.type)).toContain(caseId);
      expect(
        (
          await refusal(
            app
              .get(AnswerIndicators)
              .execute(caseId, assessmentId, answers(['AL-D1-deceived-about-job', 'present']), officer),
          )
        ).status,
      ).toBe(409);
    });
  });

  describe('LoadIndicatorCatalogue and AdoptIndicatorCatalogue', () => {
    it('loads a version as proposed and adopts it only by a second administrator', async () => {
      const seeded = JSON.parse(readFileSync(join(TEST_SEEDS_DIR, 'indicators', 'kw-2026.1.json'), 'utf8'));
      const revised = { ...seeded, version: 'kw-2027.1' };
      const loaded = await app.get(LoadIndicatorCatalogue).execute(revised, adminA);
      expect(loaded).toMatchObject({
        version: 'kw-2027.1',
        status: 'proposed',
        loadedByUserId: adminA.userId,
      });
      expect((await refusal(app.get(LoadIndicatorCatalogue).execute(revised, adminB))).status).toBe(409);
      expect((await refusal(app.get(AdoptIndicatorCatalogue).execute('kw-2027.1', adminA))).status).toBe(409);
      const adopted = await app.get(AdoptIndicatorCatalogue).execute('kw-2027.1', adminB);
      expect(adopted).toMatchObject({ status: 'active', adoptedByUserId: adminB.userId });
      expect(await rows(app, `SELECT version, status FROM indicator_catalogue ORDER BY version`)).toEqual([
        { version: 'kw-2026.1', status: 'retired' },
        { version: 'kw-2027.1', status: 'active' },
      ]);
      expect((await schema.published(IndicatorCatalogueAdopted.type)).length).toBe(1);
    });
  });
});

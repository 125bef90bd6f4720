import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ScreeningOpened } from '@nrm/contracts';
import type { ReferralReceivedV1 } from '@nrm/contracts';
import type { InboundEvent } from '@nrm/messaging';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { referralReceivedForTest } from '@nrm/testing';
import {
  AUTHORITY,
  identificationOver,
  officer,
  openedScreening,
  police,
  refusal,
  rows,
} from '../identification.test-fixture';
import { service } from '../service';
import { OpenScreening } from './commands/open-screening';
import { ScreeningDetail } from './queries/screening-detail';
import { ScreeningQueue } from './queries/screening-queue';

describe('screenings against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'identification_screening');
    app = await identificationOver(schema);
  });

  afterAll(async () => {
    await app.close();
    await schema.close();
  });

  describe('OpenScreening', () => {
    it("opens one screening per case in the authority's queue, with the preliminary deadline", async () => {
      const caseId = await openedScreening(app);
      const again = referralReceivedForTest(caseId);
      await app
        .get(DataSource)
        .transaction((manager) =>
          app.get(OpenScreening).execute({ payload: again, manager } as InboundEvent<ReferralReceivedV1>),
        );
      expect(
        await rows(app, `SELECT status, assigned_agency_id FROM screening WHERE case_id = $1`, [caseId]),
      ).toEqual([{ status: 'open', assigned_agency_id: AUTHORITY }]);
      expect(
        await rows(app, `SELECT kind, status, working_days FROM deadline WHERE case_id = $1`, [caseId]),
      ).toEqual([{ kind: 'preliminary_decision', status: 'pending', working_days: expect.any(Number) }]);
      expect((await schema.published(ScreeningOpened.type)).filter((s) => s === caseId)).toHaveLength(1);
    });
  });

  describe('ScreeningQueue and ScreeningDetail', () => {
    it('shows the authority its queue and the referrer its outcome, nobody else anything', async () => {
      const caseId = await openedScreening(app);
      const queue = await app.get(ScreeningQueue).execute(officer, 'open');
      const queued = queue.items.find((item) => item.caseId === caseId);
      expect(queued).toMatchObject({ caseId, status: 'open' });
      // The preliminary decision is due in the policy's working days; none has passed yet.
      const [deadline] = await rows<{ working_days: number }>(
        app,
        `SELECT working_days FROM deadline WHERE case_id = $1 AND kind = 'preliminary_decision'`,
        [caseId],
      );
      expect(queued?.workingDaysLeft).toBe(deadline?.working_days);
      expect((await refusal(app.get(ScreeningQueue).execute(officer, 'pending'))).status).toBe(400);
      const forAuthority = await app.get(ScreeningDetail).execute(caseId, officer);
      expect(forAuthority).toMatchObject({ caseId, status: 'open', latestIndicatorAssessment: null });
      const forReferrer = await app.get(ScreeningDetail).execute(caseId, police);
      expect(forReferrer).not.toHaveProperty('latestIndicatorAssessment');
      const stranger = { ...police, agencyId: 'kw-moi-immigration' };
      expect((await refusal(app.get(ScreeningDetail).execute(caseId, stranger))).status).toBe(404);
    });
  });
});

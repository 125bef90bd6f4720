import type { INestApplicationContext } from '@nestjs/common';
import { ResidenceStatusChanged } from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { protectionOver, referredCase, refusal, rows, worker } from '../protection.test-fixture';
import { service } from '../service';
import { RecordResidenceStatus } from './commands/record-residence-status';

describe('residence status commands against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;
  const now = new Date('2027-06-01T06:00:00Z');

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'protection_residence');
    app = await protectionOver(schema);
  });

  afterAll(async () => {
    await app.close();
    await schema.close();
  });

  describe('RecordResidenceStatus', () => {
    it('records the status in force with its sealed reference and a reminder before the permit expires; a new status replaces both', async () => {
      const caseId = await referredCase(app);
      const record = app.get(RecordResidenceStatus);
      expect(
        await record.execute(
          caseId,
          {
            status: 'temporary_permit',
            validFrom: '2027-06-01',
            expiresOn: '2027-12-01',
            reference: 'TP-778',
          },
          worker,
          now,
        ),
      ).toEqual({
        status: 'temporary_permit',
        validFrom: '2027-06-01',
        expiresOn: '2027-12-01',
        reminderOn: '2027-11-01',
      });
      await record.execute(
        caseId,
        { status: 'temporary_permit', validFrom: '2027-06-01', expiresOn: '2028-03-01' },
        worker,
        now,
      );
      const statuses = await rows<{ reference_sealed: string | null }>(
        app,
        `SELECT expires_on::text, current, reference_sealed, recorded_by_agency_id FROM residence_status
          WHERE case_id = $1 ORDER BY expires_on`,
        [caseId],
      );
      expect(statuses).toEqual([
        {
          expires_on: '2027-12-01',
          current: false,
          reference_sealed: expect.any(String),
          recorded_by_agency_id: 'kw-shelter-gov',
        },
        {
          expires_on: '2028-03-01',
          current: true,
          reference_sealed: null,
          recorded_by_agency_id: 'kw-shelter-gov',
        },
      ]);
      expect(statuses[0].reference_sealed).not.toContain('TP-778');
      expect(
        await rows(
          app,
          `SELECT sequence, due_on::text, about_date::text, cancelled_at IS NOT NULL AS cancelled, recipient_agency_id
             FROM follow_up WHERE case_id = $1 AND kind = 'residence_expiry' ORDER BY sequence`,
          [caseId],
        ),
      ).toEqual([
        {
          sequence: 1,
          due_on: '2027-11-01',
          about_date: '2027-12-01',
          cancelled: true,
          recipient_agency_id: 'kw-shelter-gov',
        },
        {
          sequence: 2,
          due_on: '2028-01-31',
          about_date: '2028-03-01',
          cancelled: false,
          recipient_agency_id: 'kw-shelter-gov',
        },
      ]);
      expect((await schema.published(ResidenceStatusChanged.type)).filter((s) => s === caseId)).toHaveLength(
        2,
      );
    });

    it('refuses a permit without expiry, an expiry before the start, and a case not open', async () => {
      const caseId = await referredCase(app);
      const record = (
        request: { status: 'temporary_permit'; validFrom: string; expiresOn?: string },
        id = caseId,
      ) => refusal(() => app.get(RecordResidenceStatus).execute(id, request, worker, now));
      expect(await record({ status: 'temporary_permit', validFrom: '2027-06-01' })).toMatchObject({
        status: 400,
      });
      expect(
        await record({ status: 'temporary_permit', validFrom: '2027-06-01', expiresOn: '2027-05-01' }),
      ).toMatchObject({ status: 400 });
      const awaiting = await referredCase(app, { urgentRisk: false });
      expect(
        await record(
          { status: 'temporary_permit', validFrom: '2027-06-01', expiresOn: '2027-12-01' },
          awaiting,
        ),
      ).toMatchObject({ status: 404 });
      expect(
        await rows(app, `SELECT 1 FROM residence_status WHERE case_id = ANY ($1)`, [[caseId, awaiting]]),
      ).toHaveLength(0);
    });
  });
});

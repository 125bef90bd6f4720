import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { prosecutionOver, rows } from '../prosecution.test-fixture';
import { service } from '../service';
import { RecordReferredCase } from './commands/record-referred-case';

describe('referred case commands against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'prosecution_referred');
    app = await prosecutionOver(schema);
  });

  afterAll(async () => {
    await app.close();
    await schema.close();
  });

  describe('RecordReferredCase', () => {
    it('records the case once; a redelivered referral changes nothing', async () => {
      const caseId = 'a0b1c2d3-0000-4000-8000-00000000000a';
      const record = (caseReference: string) =>
        app
          .get(DataSource)
          .transaction((manager) =>
            app
              .get(RecordReferredCase)
              .execute(manager, { caseId, caseReference, referredAt: '2027-01-05T09:00:00.000Z' }),
          );
      await record('KW-2027-000001');
      await record('KW-2027-999999');
      expect(await rows(app, `SELECT case_id, case_reference, referred_at FROM referred_case`)).toEqual([
        { case_id: caseId, case_reference: 'KW-2027-000001', referred_at: new Date('2027-01-05T09:00:00Z') },
      ]);
    });
  });
});

import type { INestApplicationContext } from '@nestjs/common';
import type { CompensationRequest } from '@nrm/api-contracts';
import { CompensationOrdered } from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import {
  investigator,
  prosecutedInvestigationOf,
  prosecutionOver,
  prosecutor,
  referredCase,
  refusal,
  rows,
} from '../prosecution.test-fixture';
import { service } from '../service';
import { OrderCompensation } from './commands/order-compensation';
import { RecordCompensationPayment } from './commands/record-compensation-payment';

const UNKNOWN = '00000000-0000-4000-8000-0000000000c1';

describe('compensation commands against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;
  const order = (caseId: string, amount = '2500.000'): CompensationRequest =>
    ({ caseId, amount, currency: 'KWD', orderedOn: '2027-10-01' }) as CompensationRequest;
  /** An investigation the public prosecution works, of one referred case. */
  const prosecuted = async () => {
    const { investigationId, caseIds } = await prosecutedInvestigationOf(app);
    return { investigationId, caseId: caseIds[0] };
  };

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'prosecution_compensation');
    app = await prosecutionOver(schema);
  });

  afterAll(async () => {
    await app.close();
    await schema.close();
  });

  describe('OrderCompensation', () => {
    it('writes the order for the victim and tells the others', async () => {
      const { investigationId, caseId } = await prosecuted();
      const ordered = await app.get(OrderCompensation).execute(investigationId, order(caseId), prosecutor);
      expect(ordered).toEqual({ compensationId: expect.any(String), paid: false });
      expect(
        await rows(
          app,
          `SELECT case_id, amount, currency, ordered_on::text, paid_on, recorded_by FROM compensation WHERE compensation_id = $1`,
          [ordered.compensationId],
        ),
      ).toEqual([
        {
          case_id: caseId,
          amount: '2500.000',
          currency: 'KWD',
          ordered_on: '2027-10-01',
          paid_on: null,
          recorded_by: 'pros-1',
        },
      ]);
      expect(await schema.published(CompensationOrdered.type)).toContain(caseId);
    });

    it('refuses a case not linked, an amount not positive, and an investigator', async () => {
      const { investigationId, caseId } = await prosecuted();
      const place = (request: CompensationRequest, actor = prosecutor) =>
        refusal(() => app.get(OrderCompensation).execute(investigationId, request, actor));
      expect(await place(order(await referredCase(app)))).toMatchObject({ status: 409 });
      expect(await place(order(caseId, '0'))).toMatchObject({
        status: 400,
        errors: [expect.objectContaining({ field: 'amount' })],
      });
      expect(await place(order(caseId), investigator)).toMatchObject({ status: 403 });
      expect(
        await rows(app, `SELECT 1 FROM compensation WHERE investigation_id = $1`, [investigationId]),
      ).toEqual([]);
    });
  });

  describe('RecordCompensationPayment', () => {
    it('records the payment once, on or after the order', async () => {
      const { investigationId, caseId } = await prosecuted();
      const { compensationId } = await app
        .get(OrderCompensation)
        .execute(investigationId, order(caseId), prosecutor);
      const pay = (paidOn: string, id = compensationId) =>
        app.get(RecordCompensationPayment).execute(id, { paidOn }, prosecutor);
      expect(await refusal(() => pay('2027-09-30'))).toMatchObject({ status: 409 });
      expect(await pay('2027-11-02')).toEqual({ compensationId, paid: true, paidOn: '2027-11-02' });
      expect(
        await rows(app, `SELECT paid_on::text FROM compensation WHERE compensation_id = $1`, [
          compensationId,
        ]),
      ).toEqual([{ paid_on: '2027-11-02' }]);
      expect(await refusal(() => pay('2027-11-03'))).toMatchObject({ status: 409 });
      expect(await refusal(() => pay('2027-11-03', UNKNOWN))).toMatchObject({ status: 404 });
    });
  });
});

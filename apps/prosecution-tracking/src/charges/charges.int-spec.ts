import type { INestApplicationContext } from '@nestjs/common';
import type { ChargeRequest } from '@nrm/api-contracts';
import { ChargesAmended, ChargesFiled } from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import {
  immigrationInvestigator,
  investigationOf,
  investigator,
  prosecutionOver,
  refusal,
  rows,
  suspectOf,
} from '../prosecution.test-fixture';
import { service } from '../service';
import { AmendCharge } from './commands/amend-charge';
import { FileCharge } from './commands/file-charge';

const UNKNOWN = '00000000-0000-4000-8000-00000000000c';

describe('charge commands against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;
  const charge = (suspectId: string, extra: Partial<ChargeRequest> = {}): ChargeRequest =>
    ({
      suspectId,
      lawCode: 'kw-91-2013',
      article: '2',
      aggravatingCircumstances: ['vulnerable_victim', 'vulnerable_victim'],
      ...extra,
    }) as ChargeRequest;
  const versions = (chargeId: string) =>
    rows(
      app,
      `SELECT version, law_code, article, aggravating, reason, changed_by FROM charge_version WHERE charge_id = $1 ORDER BY version`,
      [chargeId],
    );

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'prosecution_charges');
    app = await prosecutionOver(schema);
  });

  afterAll(async () => {
    await app.close();
    await schema.close();
  });

  describe('FileCharge', () => {
    it('writes the charge and its first version, and tells the others', async () => {
      const { investigationId } = await investigationOf(app);
      const suspectId = await suspectOf(app, investigationId);
      const filed = await app.get(FileCharge).execute(investigationId, charge(suspectId), investigator);
      expect(filed).toEqual({ chargeId: expect.any(String), version: 1 });
      expect(
        await rows(
          app,
          `SELECT suspect_id, law_code, article, aggravating, version, filed_by FROM charge WHERE charge_id = $1`,
          [filed.chargeId],
        ),
      ).toEqual([
        {
          suspect_id: suspectId,
          law_code: 'kw-91-2013',
          article: '2',
          aggravating: ['vulnerable_victim'],
          version: 1,
          filed_by: 'inv-1',
        },
      ]);
      expect(await versions(filed.chargeId)).toEqual([
        {
          version: 1,
          law_code: 'kw-91-2013',
          article: '2',
          aggravating: ['vulnerable_victim'],
          reason: null,
          changed_by: 'inv-1',
        },
      ]);
      expect(await schema.published(ChargesFiled.type)).toContain(investigationId);
    });

    it('files a charge under another law by its reference', async () => {
      const { investigationId } = await investigationOf(app);
      const suspectId = await suspectOf(app, investigationId);
      const other = charge(suspectId, {
        lawCode: 'other',
        article: '12',
        otherLawReference: 'Law 6/2010, labour',
        aggravatingCircumstances: [],
      });
      const filed = await app.get(FileCharge).execute(investigationId, other, investigator);
      expect(
        await rows(app, `SELECT other_law_reference FROM charge WHERE charge_id = $1`, [filed.chargeId]),
      ).toEqual([{ other_law_reference: 'Law 6/2010, labour' }]);
    });

    it('refuses an unknown suspect, an uncatalogued article or circumstance, a law unnamed, another agency', async () => {
      const { investigationId } = await investigationOf(app);
      const suspectId = await suspectOf(app, investigationId);
      const file = (request: ChargeRequest, actor = investigator) =>
        refusal(() => app.get(FileCharge).execute(investigationId, request, actor));
      expect(await file(charge(UNKNOWN))).toMatchObject({
        status: 400,
        errors: [expect.objectContaining({ field: 'suspectId' })],
      });
      expect(await file(charge(suspectId, { article: '99' }))).toMatchObject({ status: 409 });
      expect(await file(charge(suspectId, { aggravatingCircumstances: ['unheard_of'] }))).toMatchObject({
        status: 409,
      });
      expect(await file(charge(suspectId, { lawCode: 'other', aggravatingCircumstances: [] }))).toMatchObject(
        {
          status: 400,
          errors: [expect.objectContaining({ field: 'otherLawReference' })],
        },
      );
      expect(await file(charge(suspectId), immigrationInvestigator)).toMatchObject({ status: 404 });
      expect(await rows(app, `SELECT 1 FROM charge WHERE investigation_id = $1`, [investigationId])).toEqual(
        [],
      );
    });
  });

  describe('AmendCharge', () => {
    it('writes the next version, keeps the earlier one and tells the others', async () => {
      const { investigationId } = await investigationOf(app);
      const suspectId = await suspectOf(app, investigationId);
      const { chargeId } = await app
        .get(FileCharge)
        .execute(investigationId, charge(suspectId), investigator);
      const amended = await app
        .get(AmendCharge)
        .execute(
          investigationId,
          chargeId,
          { article: '2', aggravatingCircumstances: ['organised_crime_group'], reason: 'new evidence' },
          investigator,
        );
      expect(amended).toEqual({ chargeId, version: 2 });
      expect(
        await rows(app, `SELECT aggravating, version FROM charge WHERE charge_id = $1`, [chargeId]),
      ).toEqual([{ aggravating: ['organised_crime_group'], version: 2 }]);
      expect((await versions(chargeId)).map((v) => [v['version'], v['reason']])).toEqual([
        [1, null],
        [2, 'new evidence'],
      ]);
      expect(await schema.published(ChargesAmended.type)).toContain(investigationId);
    });

    it('refuses a charge of no such investigation and an uncatalogued article', async () => {
      const { investigationId } = await investigationOf(app);
      const suspectId = await suspectOf(app, investigationId);
      const { chargeId } = await app
        .get(FileCharge)
        .execute(investigationId, charge(suspectId), investigator);
      const amend = (id: string, article: string) =>
        refusal(() =>
          app.get(AmendCharge).execute(investigationId, id, { article, reason: 'r' }, investigator),
        );
      expect(await amend(UNKNOWN, '2')).toMatchObject({ status: 404 });
      expect(await amend(chargeId, '99')).toMatchObject({ status: 409 });
      expect(await versions(chargeId)).toHaveLength(1);
    });
  });
});

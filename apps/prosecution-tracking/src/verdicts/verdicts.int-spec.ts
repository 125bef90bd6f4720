import type { INestApplicationContext } from '@nestjs/common';
import type { VerdictRequest } from '@nrm/api-contracts';
import { AppealFiled, VerdictRecorded } from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import {
  chargedInvestigationOf,
  investigator,
  prosecutionOver,
  prosecutor,
  refusal,
  rows,
} from '../prosecution.test-fixture';
import { service } from '../service';
import { FileAppeal } from './commands/file-appeal';
import { RecordVerdict } from './commands/record-verdict';

const UNKNOWN = '00000000-0000-4000-8000-0000000000b1';

describe('verdict commands against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;
  const verdict = (chargeId: string, extra: Partial<VerdictRequest> = {}): VerdictRequest =>
    ({
      chargeId,
      outcome: 'convicted',
      courtLevel: 'first_instance',
      decidedOn: '2027-09-15',
      sentenceMonths: 84,
      ...extra,
    }) as VerdictRequest;
  const charged = () => chargedInvestigationOf(app);

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'prosecution_verdicts');
    app = await prosecutionOver(schema);
  });

  afterAll(async () => {
    await app.close();
    await schema.close();
  });

  describe('RecordVerdict', () => {
    it('writes the verdict on the charge with its sentence and tells the others', async () => {
      const { investigationId, suspectId, chargeId } = await charged();
      const recorded = await app.get(RecordVerdict).execute(investigationId, verdict(chargeId), prosecutor);
      expect(recorded).toEqual({ verdictId: expect.any(String), outcome: 'convicted' });
      expect(
        await rows(
          app,
          `SELECT suspect_id, outcome, court_level, decided_on::text, sentence_months, life_imprisonment, recorded_by
             FROM verdict WHERE verdict_id = $1`,
          [recorded.verdictId],
        ),
      ).toEqual([
        {
          suspect_id: suspectId,
          outcome: 'convicted',
          court_level: 'first_instance',
          decided_on: '2027-09-15',
          sentence_months: 84,
          life_imprisonment: false,
          recorded_by: 'pros-1',
        },
      ]);
      expect(await schema.published(VerdictRecorded.type)).toContain(investigationId);
    });

    it('refuses an investigator, a charge missing, a sentence without conviction, a second verdict at a level', async () => {
      const { investigationId, chargeId } = await charged();
      const record = (request: VerdictRequest, actor = prosecutor) =>
        refusal(() => app.get(RecordVerdict).execute(investigationId, request, actor));
      expect(await record(verdict(chargeId), investigator)).toMatchObject({ status: 403 });
      expect(await record(verdict(UNKNOWN))).toMatchObject({ status: 409 });
      expect(await record(verdict(chargeId, { outcome: 'acquitted' }))).toMatchObject({ status: 409 });
      await app.get(RecordVerdict).execute(investigationId, verdict(chargeId), prosecutor);
      expect(await record(verdict(chargeId))).toMatchObject({ status: 409 });
      expect(
        await rows(app, `SELECT 1 FROM verdict WHERE investigation_id = $1`, [investigationId]),
      ).toHaveLength(1);
    });
  });

  describe('FileAppeal', () => {
    it('writes a party’s appeal and tells the others; each party appeals once, not before the verdict', async () => {
      const { investigationId, chargeId } = await charged();
      const { verdictId } = await app
        .get(RecordVerdict)
        .execute(investigationId, verdict(chargeId), prosecutor);
      const appeal = (filedBy: 'prosecution' | 'defence', filedOn: string) =>
        app.get(FileAppeal).execute(verdictId, { filedBy, filedOn }, prosecutor);
      expect(await appeal('defence', '2027-09-20')).toEqual({ appealId: expect.any(String) });
      expect(
        await rows(app, `SELECT filed_by, filed_on::text, recorded_by FROM appeal WHERE verdict_id = $1`, [
          verdictId,
        ]),
      ).toEqual([{ filed_by: 'defence', filed_on: '2027-09-20', recorded_by: 'pros-1' }]);
      expect(await schema.published(AppealFiled.type)).toContain(investigationId);
      expect(await refusal(() => appeal('defence', '2027-09-21'))).toMatchObject({ status: 409 });
      expect(await refusal(() => appeal('prosecution', '2027-09-01'))).toMatchObject({ status: 409 });
      expect(
        await refusal(() =>
          app.get(FileAppeal).execute(UNKNOWN, { filedBy: 'prosecution', filedOn: '2027-09-20' }, prosecutor),
        ),
      ).toMatchObject({ status: 409 });
      expect(await rows(app, `SELECT 1 FROM appeal WHERE verdict_id = $1`, [verdictId])).toHaveLength(1);
    });
  });
});

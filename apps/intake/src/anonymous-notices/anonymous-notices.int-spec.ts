import type { INestApplicationContext } from '@nestjs/common';
import { AnonymousNoticeRecorded, ReferralReceived } from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { intakeOver, referralRequest, refusal } from '../intake.test-fixture';
import { RegisterReferral } from '../referrals/commands/register-referral';
import { service } from '../service';
import { RecordAnonymousNotice } from './commands/record-anonymous-notice';

const labour = { userId: 'inspector-1', agencyId: 'kw-pam-labour', role: 'first_responder' as const };
const today = () => new Date().toISOString().slice(0, 10);
const notice = (extra: object = {}) =>
  ({
    channel: 'labour_inspection',
    encounter: { date: today(), region: 'KW-AH' },
    sex: 'male',
    nationalities: ['NP'],
    estimatedAge: 31,
    exploitationTypes: ['forced_labour'],
    link: { names: { latin: 'Yousef Qarawiyyin' }, dateOfBirth: '1994-02-11' },
    ...extra,
  }) as never;

describe('anonymous notices against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let intake: INestApplicationContext;

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'intake_notices');
    intake = await intakeOver(schema);
  });

  afterAll(async () => {
    await intake.close();
    await schema.close();
  });

  describe('RecordAnonymousNotice', () => {
    it('keeps statistics and link hashes only, and a later consented referral joins it', async () => {
      const { noticeId, reportedToPolice } = await intake
        .get(RecordAnonymousNotice)
        .execute(notice(), labour);
      expect(reportedToPolice).toBe(true);
      const [row] = await schema.dataSource.query(`SELECT * FROM anonymous_notice WHERE notice_id = $1`, [
        noticeId,
      ]);
      expect(row).toMatchObject({
        recorded_by_agency: 'kw-pam-labour',
        age_band: '30-38',
        encounter_month: today().slice(0, 7),
        region: 'KW-AH',
        linked_case_id: null,
      });
      expect(JSON.stringify(row)).not.toContain('Qarawiyyin');
      const links = await schema.dataSource.query(
        `SELECT hash FROM anonymous_notice_link WHERE notice_id = $1`,
        [noticeId],
      );
      expect(links.length).toBeGreaterThan(0);
      expect(await schema.published(AnonymousNoticeRecorded.type)).toEqual([noticeId]);

      const later = await intake
        .get(RegisterReferral)
        .execute(referralRequest({ names: { arabic: 'يوسف قرويين' }, dateOfBirth: '1994-02-11' }), labour);
      const [joined] = await schema.dataSource.query(
        `SELECT linked_case_id FROM anonymous_notice WHERE notice_id = $1`,
        [noticeId],
      );
      expect(joined.linked_case_id).toBe(later.caseId);
      const [received] = await schema.dataSource.query(
        `SELECT payload FROM outbox WHERE message_key = $1 AND headers->>'ce_type' = $2`,
        [later.caseId, ReferralReceived.type],
      );
      expect(JSON.parse(received.payload).joinedAnonymousNoticeIds).toEqual([noticeId]);
    });

    it('refuses a person of unknown age and an encounter in the future', async () => {
      const record = intake.get(RecordAnonymousNotice);
      expect(await refusal(record.execute(notice({ estimatedAge: undefined }), labour))).toMatchObject({
        status: 400,
        errors: [expect.objectContaining({ field: 'estimatedAge' })],
      });
      const future = notice({ encounter: { date: '2999-01-01' } });
      expect(await refusal(record.execute(future, labour))).toMatchObject({
        status: 400,
        errors: [expect.objectContaining({ field: 'encounter.date' })],
      });
      expect(await schema.published(AnonymousNoticeRecorded.type)).toHaveLength(1);
    });
  });
});

import type { INestApplicationContext } from '@nestjs/common';
import { DuplicateConfirmed, DuplicateSuspected } from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { authority, immigration, intakeOver, police, referralRequest, refusal } from '../intake.test-fixture';
import { RegisterReferral } from '../referrals/commands/register-referral';
import { service } from '../service';
import { DecideDuplicate } from './commands/decide-duplicate';
import { DuplicateDetector } from './duplicate-detector';
import { DuplicateQueue } from './queries/duplicate-queue';

describe('duplicate detection and decisions against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let intake: INestApplicationContext;
  const linksOf = (caseId: string): Promise<{ link_id: string; other_case_id: string; status: string }[]> =>
    schema.dataSource.query(`SELECT link_id, other_case_id, status FROM duplicate_link WHERE case_id = $1`, [
      caseId,
    ]);
  /** One person referred by the police and again by immigration, spelled another way. */
  const twice = async (latin: string, other: string, dateOfBirth: string) => {
    const first = await intake
      .get(RegisterReferral)
      .execute(referralRequest({ names: { latin }, dateOfBirth }), police);
    const second = await intake
      .get(RegisterReferral)
      .execute(referralRequest({ names: { latin: other }, dateOfBirth }), immigration);
    return { first: first.caseId, second: second.caseId };
  };

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'intake_duplicates');
    intake = await intakeOver(schema);
  });

  afterAll(async () => {
    await intake.close();
    await schema.close();
  });

  describe('DuplicateDetector', () => {
    it('links a second referral of one person to the first and tells the other services', async () => {
      const { first, second } = await twice(
        'Mohammed Abdul Rahman Hassan',
        'Muhammad Abdulrahman Hasan',
        '1990-04-02',
      );
      expect(await linksOf(second)).toEqual([
        expect.objectContaining({ other_case_id: first, status: 'suspected' }),
      ]);
      expect(await schema.published(DuplicateSuspected.type)).toContain(second);
    });

    it('runs the same statements on the event path: fingerprints, candidates, their facts, the link', async () => {
      const person = referralRequest({
        names: { latin: 'Khalid Omar Mansour' },
        dateOfBirth: '1985-07-19',
      }).person;
      const first = await intake.get(RegisterReferral).execute(referralRequest(person), police);
      const other = referralRequest({ names: { latin: 'Ziad Fares Tannous' }, dateOfBirth: '1962-01-05' });
      const { caseId } = await intake.get(RegisterReferral).execute(other, immigration);
      const statements = await schema.dataSource.transaction(async (manager) => {
        let count = 0;
        const runner = manager.queryRunner!;
        const query = runner.query.bind(runner);
        runner.query = ((...args: Parameters<typeof query>) => {
          count += 1;
          return query(...args);
        }) as typeof runner.query;
        // The second referral amended to name the first one's person.
        await intake.get(DuplicateDetector).examine(manager, caseId, person);
        runner.query = query;
        return count;
      });
      // Delete and insert the fingerprints, find the candidates, read the case's facts and the
      // candidates' fingerprints, insert the link (its event is appended at commit).
      expect(statements).toBe(6);
      expect(await linksOf(caseId)).toEqual([expect.objectContaining({ other_case_id: first.caseId })]);
    });
  });

  describe('DecideDuplicate', () => {
    it('confirms a suspected link once, keeping the decision as a label', async () => {
      const { second } = await twice('Tariq Nabil Fakhoury', 'Tariq Nabil Fakhoury', '1979-11-30');
      const [link] = await linksOf(second);
      const queue = await intake.get(DuplicateQueue).execute(authority, 'suspected');
      expect(queue.items.map((i) => i.linkId)).toContain(link.link_id);
      await intake
        .get(DecideDuplicate)
        .execute(link.link_id, { decision: 'confirmed', reason: 'same passport photo' } as never, authority);
      expect(await linksOf(second)).toEqual([expect.objectContaining({ status: 'confirmed' })]);
      const labels = await schema.dataSource.query(
        `SELECT label, decided_by_agency FROM duplicate_label WHERE link_id = $1`,
        [link.link_id],
      );
      expect(labels).toEqual([{ label: 'same', decided_by_agency: 'kw-nrm-competent-authority' }]);
      expect(await schema.published(DuplicateConfirmed.type)).toContain(second);
      expect(
        await refusal(
          intake
            .get(DecideDuplicate)
            .execute(link.link_id, { decision: 'rejected', reason: 'r' } as never, authority),
        ),
      ).toMatchObject({ status: 409 });
    });

    it('refuses an unknown link and anyone but the competent authority', async () => {
      const decide = intake.get(DecideDuplicate);
      const decision = { decision: 'rejected', reason: 'r' } as never;
      expect(
        await refusal(decide.execute('8f1b2c3d-0000-4000-8000-000000000000', decision, authority)),
      ).toMatchObject({
        status: 404,
      });
      expect(
        await refusal(decide.execute('8f1b2c3d-0000-4000-8000-000000000000', decision, police)),
      ).toMatchObject({
        status: 403,
      });
      expect(await refusal(intake.get(DuplicateQueue).execute(authority, 'maybe'))).toMatchObject({
        status: 400,
      });
    });
  });
});

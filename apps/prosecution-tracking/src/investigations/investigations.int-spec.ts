import type { INestApplicationContext } from '@nestjs/common';
import { CaseLinkedToInvestigation, InvestigationClosed, InvestigationOpened } from '@nrm/contracts';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import {
  caseWorker,
  immigrationInvestigator,
  investigationOf,
  investigator,
  policeSupervisor,
  prosecutor,
  prosecutionOver,
  referredCase,
  refusal,
  rows,
} from '../prosecution.test-fixture';
import { service } from '../service';
import { AddInvestigationAgency } from './commands/add-investigation-agency';
import { CloseInvestigation } from './commands/close-investigation';
import { LinkCase } from './commands/link-case';
import { OpenInvestigation } from './commands/open-investigation';
import { CaseTimeline } from './queries/case-timeline';
import { InvestigationDetail } from './queries/investigation-detail';
import { InvestigationList } from './queries/investigation-list';

describe('investigation commands against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'prosecution_investigations');
    app = await prosecutionOver(schema);
  });

  afterAll(async () => {
    await app.close();
    await schema.close();
  });

  describe('OpenInvestigation', () => {
    it('writes the investigation led by the actor’s agency, links each case once and tells the others', async () => {
      const [a, b] = [await referredCase(app), await referredCase(app)];
      const opened = await app.get(OpenInvestigation).execute({ caseIds: [a, b, a] }, investigator);
      expect(opened).toEqual({ investigationId: expect.any(String), status: 'open', caseIds: [a, b] });
      const id = opened.investigationId;
      expect(
        await rows(
          app,
          `SELECT status, lead_agency_id, officer_user_id FROM investigation WHERE investigation_id = $1`,
          [id],
        ),
      ).toEqual([{ status: 'open', lead_agency_id: 'kw-moi-police', officer_user_id: 'inv-1' }]);
      expect(
        await rows(app, `SELECT agency_id FROM investigation_agency WHERE investigation_id = $1`, [id]),
      ).toEqual([{ agency_id: 'kw-moi-police' }]);
      expect(
        await rows(
          app,
          `SELECT case_id, linked_by FROM investigation_case WHERE investigation_id = $1 ORDER BY case_id`,
          [id],
        ),
      ).toEqual([a, b].sort().map((case_id) => ({ case_id, linked_by: 'inv-1' })));
      expect(await schema.published(InvestigationOpened.type)).toContain(id);
      const linked = await schema.published(CaseLinkedToInvestigation.type);
      expect(linked.filter((k) => k === a || k === b).sort()).toEqual([a, b].sort());
    });

    it('refuses cases never referred here, and roles that do not investigate', async () => {
      const before = await rows(app, `SELECT investigation_id FROM investigation`);
      const unknown = '00000000-0000-4000-8000-000000000001';
      expect(
        await refusal(() => app.get(OpenInvestigation).execute({ caseIds: [unknown] }, investigator)),
      ).toMatchObject({
        status: 400,
        errors: [expect.objectContaining({ field: 'caseIds' })],
      });
      const caseId = await referredCase(app);
      expect(
        await refusal(() => app.get(OpenInvestigation).execute({ caseIds: [caseId] }, policeSupervisor)),
      ).toMatchObject({
        status: 403,
      });
      expect(await rows(app, `SELECT investigation_id FROM investigation`)).toHaveLength(before.length);
    });
  });

  describe('AddInvestigationAgency', () => {
    it('brings the public prosecution in, once', async () => {
      const { investigationId } = await investigationOf(app);
      const request = { agencyId: 'kw-public-prosecution' };
      const added = await app.get(AddInvestigationAgency).execute(investigationId, request, investigator);
      expect(added).toEqual({ investigationId, agencyIds: ['kw-moi-police', 'kw-public-prosecution'] });
      await app.get(AddInvestigationAgency).execute(investigationId, request, prosecutor);
      expect(
        await rows(
          app,
          `SELECT agency_id FROM investigation_agency WHERE investigation_id = $1 ORDER BY agency_id`,
          [investigationId],
        ),
      ).toEqual([{ agency_id: 'kw-moi-police' }, { agency_id: 'kw-public-prosecution' }]);
    });

    it('refuses an agency that does not investigate, and agencies outside the investigation', async () => {
      const { investigationId } = await investigationOf(app);
      const add = app.get(AddInvestigationAgency);
      expect(
        await refusal(() => add.execute(investigationId, { agencyId: 'kw-shelter-gov' }, investigator)),
      ).toMatchObject({
        status: 400,
        errors: [expect.objectContaining({ field: 'agencyId' })],
      });
      expect(
        await refusal(() =>
          add.execute(investigationId, { agencyId: 'kw-moi-immigration' }, immigrationInvestigator),
        ),
      ).toMatchObject({ status: 404 });
      expect(
        await rows(app, `SELECT agency_id FROM investigation_agency WHERE investigation_id = $1`, [
          investigationId,
        ]),
      ).toHaveLength(1);
    });
  });

  describe('LinkCase', () => {
    it('links another referred case and tells the others once', async () => {
      const { investigationId, caseIds } = await investigationOf(app);
      const caseId = await referredCase(app);
      const linked = await app.get(LinkCase).execute(investigationId, caseId, policeSupervisor);
      expect(linked).toEqual({ investigationId, caseIds: [...caseIds, caseId].sort() });
      await app.get(LinkCase).execute(investigationId, caseId, investigator);
      expect(
        (await schema.published(CaseLinkedToInvestigation.type)).filter((k) => k === caseId),
      ).toHaveLength(1);
    });

    it('refuses an unknown case and a closed investigation', async () => {
      const { investigationId } = await investigationOf(app);
      const unknown = '00000000-0000-4000-8000-000000000002';
      expect(
        await refusal(() => app.get(LinkCase).execute(investigationId, unknown, investigator)),
      ).toMatchObject({
        status: 400,
      });
      await app
        .get(CloseInvestigation)
        .execute(investigationId, { reason: 'insufficient_evidence' }, investigator);
      const caseId = await referredCase(app);
      expect(
        await refusal(() => app.get(LinkCase).execute(investigationId, caseId, investigator)),
      ).toMatchObject({
        status: 409,
      });
      expect(await rows(app, `SELECT 1 FROM investigation_case WHERE case_id = $1`, [caseId])).toHaveLength(
        0,
      );
    });
  });

  describe('CloseInvestigation', () => {
    it('closes with the reason and tells the others; a second closure is a conflict', async () => {
      const { investigationId } = await investigationOf(app);
      const close = app.get(CloseInvestigation);
      expect(await close.execute(investigationId, { reason: 'referred_to_court' }, policeSupervisor)).toEqual(
        {
          investigationId,
          status: 'closed',
        },
      );
      expect(
        await rows(app, `SELECT status, close_reason FROM investigation WHERE investigation_id = $1`, [
          investigationId,
        ]),
      ).toEqual([{ status: 'closed', close_reason: 'referred_to_court' }]);
      expect(await schema.published(InvestigationClosed.type)).toContain(investigationId);
      expect(
        await refusal(() => close.execute(investigationId, { reason: 'other' }, investigator)),
      ).toMatchObject({
        status: 409,
      });
      expect(
        (await schema.published(InvestigationClosed.type)).filter((k) => k === investigationId),
      ).toHaveLength(1);
    });
  });

  describe('queries', () => {
    it('list an agency’s investigations, show one to its agencies only, and give a case’s timeline', async () => {
      const { investigationId, caseIds } = await investigationOf(app, { cases: 2 });
      const { items } = await app.get(InvestigationList).execute(investigator);
      expect(items.find((i) => i.investigationId === investigationId)).toMatchObject({
        status: 'open',
        leadAgencyId: 'kw-moi-police',
        cases: 2,
      });
      expect((await app.get(InvestigationList).execute(immigrationInvestigator)).items).toEqual([]);
      expect(await app.get(InvestigationDetail).execute(investigationId, investigator)).toMatchObject({
        investigationId,
        status: 'open',
        agencyIds: ['kw-moi-police'],
        caseIds: [...caseIds].sort(),
        suspects: [],
        charges: [],
        hearings: [],
        verdicts: [],
      });
      expect(
        await refusal(() => app.get(InvestigationDetail).execute(investigationId, immigrationInvestigator)),
      ).toMatchObject({ status: 404 });
      const timeline = await app.get(CaseTimeline).execute(caseIds[0], caseWorker);
      expect(timeline).toEqual({
        caseId: caseIds[0],
        investigations: [
          {
            investigationId,
            status: 'open',
            openedAt: expect.any(String),
            verdictsByOutcome: {},
            hearings: [],
            compensation: [],
          },
        ],
      });
    });
  });
});

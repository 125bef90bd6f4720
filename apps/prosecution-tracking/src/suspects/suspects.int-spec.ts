import type { INestApplicationContext } from '@nestjs/common';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { CloseInvestigation } from '../investigations/commands/close-investigation';
import { InvestigationDetail } from '../investigations/queries/investigation-detail';
import {
  immigrationInvestigator,
  investigationOf,
  investigator,
  policeSupervisor,
  prosecutedInvestigationOf,
  prosecutionOver,
  prosecutor,
  refusal,
  rows,
  suspectRequest,
} from '../prosecution.test-fixture';
import { service } from '../service';
import { AddSuspect } from './commands/add-suspect';

describe('suspect commands against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'prosecution_suspects');
    app = await prosecutionOver(schema);
  });

  afterAll(async () => {
    await app.close();
    await schema.close();
  });

  describe('AddSuspect', () => {
    it('writes the suspect with the identity sealed, seen by investigators and prosecutors only', async () => {
      const { investigationId } = await prosecutedInvestigationOf(app);
      const added = await app.get(AddSuspect).execute(investigationId, suspectRequest(), investigator);
      expect(added).toEqual({ suspectId: expect.any(String), kind: 'person', role: 'recruiter' });
      const [row] = await rows<{ identity_sealed: string }>(
        app,
        `SELECT kind, role, nationality, identity_sealed, added_by FROM suspect WHERE suspect_id = $1`,
        [added.suspectId],
      );
      expect(row).toMatchObject({ kind: 'person', role: 'recruiter', nationality: 'KW', added_by: 'inv-1' });
      expect(row.identity_sealed).not.toContain('Testani');
      const detail = (actor: typeof investigator) =>
        app.get(InvestigationDetail).execute(investigationId, actor);
      expect((await detail(prosecutor)).suspects).toEqual([
        {
          suspectId: added.suspectId,
          kind: 'person',
          role: 'recruiter',
          nationality: 'KW',
          identity: { name: 'Salem Al-Testani', documentNumber: 'P123' },
        },
      ]);
      expect((await detail(policeSupervisor)).suspects).toEqual([
        { suspectId: added.suspectId, kind: 'person', role: 'recruiter', nationality: 'KW' },
      ]);
    });

    it('refuses a supervisor, another agency and a closed investigation', async () => {
      const { investigationId } = await investigationOf(app);
      const add = (actor: typeof investigator) =>
        refusal(() => app.get(AddSuspect).execute(investigationId, suspectRequest(), actor));
      expect(await add(policeSupervisor)).toMatchObject({ status: 403 });
      expect(await add(immigrationInvestigator)).toMatchObject({ status: 404 });
      await app.get(CloseInvestigation).execute(investigationId, { reason: 'merged' }, investigator);
      expect(await add(investigator)).toMatchObject({ status: 409 });
      expect(await rows(app, `SELECT 1 FROM suspect WHERE investigation_id = $1`, [investigationId])).toEqual(
        [],
      );
    });
  });
});

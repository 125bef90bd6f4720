import type { INestApplicationContext } from '@nestjs/common';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import {
  caseWorker,
  policeSupervisor,
  prosecutionOver,
  prosecutor,
  refusal,
} from '../prosecution.test-fixture';
import { service } from '../service';
import { LawCatalogueQuery } from './queries/law-catalogue';

describe('the law catalogue against real PostgreSQL', () => {
  let schema: ServiceSchema;
  let app: INestApplicationContext;

  beforeAll(async () => {
    schema = await serviceSchemaForTest(service, 'law_catalogue');
    app = await prosecutionOver(schema);
  });

  afterAll(async () => {
    await app.close();
    await schema.close();
  });

  describe('LawCatalogueQuery', () => {
    it('lists the seeded articles a charge may cite, with their aggravating circumstances', async () => {
      const { items } = await app.get(LawCatalogueQuery).execute(prosecutor);
      const trafficking = items.find((a) => a.lawCode === 'kw-91-2013' && a.article === '2');
      expect(trafficking).toEqual(
        expect.objectContaining({ offenceEn: 'Trafficking in persons', offenceAr: 'الاتجار بالأشخاص' }),
      );
      expect(trafficking?.aggravatingCircumstances.length).toBeGreaterThan(0);
      expect(trafficking?.aggravatingCircumstances[0]).toEqual({
        code: expect.any(String),
        en: expect.any(String),
      });
      expect((await app.get(LawCatalogueQuery).execute(policeSupervisor)).items).toHaveLength(items.length);
    });

    it('refuses a role that files no charge', async () => {
      expect((await refusal(app.get(LawCatalogueQuery).execute(caseWorker))).status).toBe(403);
    });
  });
});

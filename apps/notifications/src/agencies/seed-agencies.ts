import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sqlOf } from '@nrm/persistence';
import type { SeedContext } from '@nrm/service-kit';
import type { DB as Tables } from '../database/tables.generated';

interface SeedAgency {
  id: string;
  type: string;
  nameEn: string;
  nameAr: string;
  language: 'ar' | 'en';
  calendar?: 'gregory' | 'islamic-umalqura';
}

/**
 * Loads the agency directory from `seeds/agencies.json`; running it again updates names and types.
 * Language and calendar are seeded once: after that they are the agency's own preference.
 */
export async function seedAgencies({ dataSource, seedsDir }: SeedContext): Promise<string> {
  const agencies = JSON.parse(readFileSync(join(seedsDir, 'agencies.json'), 'utf8')) as SeedAgency[];
  await dataSource.transaction(async (m) => {
    for (const a of agencies) {
      const names = { agency_type: a.type, name_en: a.nameEn, name_ar: a.nameAr };
      await sqlOf<Tables>(m)
        .insertInto('agency')
        .values({ agency_id: a.id, ...names, language: a.language, calendar: a.calendar ?? 'gregory' })
        .onConflict((oc) => oc.column('agency_id').doUpdateSet(names))
        .execute();
    }
  });
  return `${agencies.length} agencies`;
}

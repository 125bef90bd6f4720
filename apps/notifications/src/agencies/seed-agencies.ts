import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedContext } from '@nrm/service-kit';

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
      await m.query(
        `INSERT INTO agency (agency_id, agency_type, name_en, name_ar, language, calendar) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (agency_id) DO UPDATE SET agency_type = $2, name_en = $3, name_ar = $4`,
        [a.id, a.type, a.nameEn, a.nameAr, a.language, a.calendar ?? 'gregory'],
      );
    }
  });
  return `${agencies.length} agencies`;
}

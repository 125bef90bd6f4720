import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AgencyTypes, NeedTypes } from '@nrm/contracts';
import type { AgencyType, NeedType } from '@nrm/contracts';
import type { SeedContext } from '@nrm/service-kit';

interface SeedShelter {
  id: string;
  nameEn: string;
  nameAr: string;
  capacity: number;
  forChildren: boolean;
}

interface SeedProvider {
  agencyId: string;
  agencyType: AgencyType;
  nameEn: string;
  nameAr: string;
  services: NeedType[];
  languages: string[];
  servesChildren: boolean;
  shelters?: SeedShelter[];
}

function check(p: SeedProvider): SeedProvider {
  const where = `provider ${p.agencyId}`;
  if (!(AgencyTypes as readonly string[]).includes(p.agencyType))
    throw new Error(`${where}: unknown agency type`);
  for (const s of p.services) {
    if (!(NeedTypes as readonly string[]).includes(s)) throw new Error(`${where}: unknown service ${s}`);
  }
  if ((p.shelters ?? []).length > 0 && !p.services.includes('shelter')) {
    throw new Error(`${where}: has shelters but does not offer shelter`);
  }
  for (const s of p.shelters ?? []) {
    if (!Number.isInteger(s.capacity) || s.capacity < 0)
      throw new Error(`${where}: bad capacity for ${s.id}`);
  }
  return p;
}

/**
 * Loads `seeds/providers.json`: the service providers and their shelters. Running it again updates
 * them; a shelter's capacity may change, and beds already taken stay taken.
 */
export async function seedProviders({ dataSource, seedsDir }: SeedContext): Promise<string> {
  const providers = (
    JSON.parse(readFileSync(join(seedsDir, 'providers.json'), 'utf8')) as {
      providers: SeedProvider[];
    }
  ).providers.map(check);
  let shelters = 0;
  await dataSource.transaction(async (m) => {
    for (const p of providers) {
      await m.query(
        `INSERT INTO provider (provider_id, agency_type, name_en, name_ar, services, languages, serves_children)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (provider_id) DO UPDATE SET agency_type = $2, name_en = $3, name_ar = $4, services = $5,
           languages = $6, serves_children = $7`,
        [p.agencyId, p.agencyType, p.nameEn, p.nameAr, p.services, p.languages, p.servesChildren],
      );
      for (const s of p.shelters ?? []) {
        shelters += 1;
        await m.query(
          `INSERT INTO shelter (shelter_id, provider_id, name_en, name_ar, capacity, for_children)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (shelter_id) DO UPDATE SET provider_id = $2, name_en = $3, name_ar = $4, capacity = $5, for_children = $6`,
          [s.id, p.agencyId, s.nameEn, s.nameAr, s.capacity, s.forChildren],
        );
      }
    }
  });
  return `${providers.length} providers, ${shelters} shelters`;
}

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedContext } from '@nrm/service-kit';
import { parseCatalogue } from './catalogue-validation';
import { SEED_LOADER, catalogueDigest } from './catalogue-summary';
import { CatalogueRepository } from './catalogue.repository';

/**
 * Loads every `seeds/indicators/*.json` catalogue that is not loaded yet. A jurisdiction without an
 * adopted catalogue gets its newest shipped one in force, recorded as adopted by the platform seed,
 * so screening works from the first start; the authority reviews and adopts its own (ADR 0020).
 * A shipped version whose content differs from what was loaded under its name stops the seed.
 */
export async function seedIndicatorCatalogues({ dataSource, seedsDir }: SeedContext): Promise<string> {
  const dir = join(seedsDir, 'indicators');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const catalogues = files.map((f) => {
    try {
      return parseCatalogue(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    } catch (error) {
      throw new Error(`seeds/indicators/${f}: ${(error as Error).message}`);
    }
  });
  const repository = new CatalogueRepository();
  const seed = { userId: SEED_LOADER, agencyId: SEED_LOADER };
  const adopted: string[] = [];
  await dataSource.transaction(async (m) => {
    for (const catalogue of catalogues) {
      const digest = catalogueDigest(catalogue);
      await repository.propose(m, catalogue, digest, seed, new Date());
      if ((await repository.digest(m, catalogue.version)) !== digest)
        throw new Error(
          `seeds/indicators: catalogue ${catalogue.version} differs from the version loaded under that name; a version never changes, so give the change a new version`,
        );
    }
    const jurisdictions = [...new Set(catalogues.map((c) => c.jurisdiction))];
    for (const jurisdiction of jurisdictions) {
      const newest = catalogues.filter((c) => c.jurisdiction === jurisdiction).at(-1);
      if (newest && (await repository.adoptFirst(m, newest.version, jurisdiction, SEED_LOADER)))
        adopted.push(newest.version);
    }
  });
  return `${catalogues.length} indicator catalogues${adopted.length ? ` (in force: ${adopted.join(', ')})` : ''}`;
}

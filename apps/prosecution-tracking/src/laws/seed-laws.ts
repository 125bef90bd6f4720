import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedContext } from '@nrm/service-kit';

interface SeedLaw {
  lawCode: string;
  catalogueVersion: string;
  articles: {
    article: string;
    offenceEn: string;
    offenceAr: string;
    penaltyEn: string;
    aggravatingCircumstances: { code: string; en: string }[];
  }[];
}

/** Loads every law catalogue in `seeds/laws/`; running it again updates the articles. */
export async function seedLaws({ dataSource, seedsDir }: SeedContext): Promise<string> {
  const dir = join(seedsDir, 'laws');
  const laws = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SeedLaw);
  let articles = 0;
  await dataSource.transaction(async (m) => {
    for (const law of laws) {
      for (const a of law.articles) {
        articles += 1;
        await m.query(
          `INSERT INTO law_article (law_code, article, offence_en, offence_ar, penalty_en, aggravating, catalogue_version)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (law_code, article) DO UPDATE SET offence_en = $3, offence_ar = $4, penalty_en = $5,
             aggravating = $6, catalogue_version = $7`,
          [
            law.lawCode,
            a.article,
            a.offenceEn,
            a.offenceAr,
            a.penaltyEn,
            JSON.stringify(a.aggravatingCircumstances),
            law.catalogueVersion,
          ],
        );
      }
    }
  });
  return `${laws.length} laws, ${articles} articles`;
}

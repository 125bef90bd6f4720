import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

/** The seeded catalogue of the articles a charge may cite. */
@Injectable()
export class LawArticleRepository {
  /** An article's aggravating circumstances, when the catalogue has the article. */
  async find(
    manager: EntityManager,
    lawCode: string,
    article: string,
  ): Promise<{ aggravating: { code: string }[] } | undefined> {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('law_article')
      .select('aggravating')
      .where('law_code', '=', lawCode)
      .where('article', '=', article)
      .executeTakeFirst();
    return row && { aggravating: row.aggravating as { code: string }[] };
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProblemException } from '@nrm/service-kit';
import { checkCharge } from '../proceedings/proceedings-rules';
import { LawArticleRepository } from './law-article.repository';

/** Checks what a charge cites: a catalogued article and its aggravating circumstances, or another law named. */
@Injectable()
export class CitedLaw {
  constructor(private readonly articles: LawArticleRepository) {}

  async check(
    manager: EntityManager,
    lawCode: string,
    article: string,
    aggravating: string[],
    otherLawReference?: string,
  ): Promise<void> {
    if (lawCode === 'other') {
      if (!otherLawReference) {
        throw new ProblemException('validation', 'name the law a charge under another law cites', [
          { field: 'otherLawReference', message: "otherLawReference is required with lawCode 'other'" },
        ]);
      }
      return;
    }
    checkCharge(await this.articles.find(manager, lawCode, article), lawCode, article, aggravating);
  }
}

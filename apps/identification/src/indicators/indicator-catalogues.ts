import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PolicyRepository } from '../policy/policy.repository';
import { CatalogueRepository } from './catalogue.repository';
import type { IndicatorCatalogue } from './indicator-catalogue';

/**
 * The competent authority's indicator catalogues as assessments read them: the version in force and
 * any version by name. Versions never change once loaded (ADR 0020), so a version once read is kept.
 */
@Injectable()
export class IndicatorCatalogues {
  private readonly byVersion = new Map<string, IndicatorCatalogue>();

  constructor(
    private readonly catalogues: CatalogueRepository,
    private readonly policies: PolicyRepository,
  ) {}

  /** The catalogue in force for the default jurisdiction, or `undefined` if none was adopted. */
  async active(manager: EntityManager): Promise<IndicatorCatalogue | undefined> {
    const policy = await this.policies.defaultPolicy(manager);
    const version = await this.catalogues.activeVersion(manager, policy.jurisdiction);
    return version ? this.version(manager, version) : undefined;
  }

  async version(manager: EntityManager, version: string): Promise<IndicatorCatalogue | undefined> {
    const known = this.byVersion.get(version);
    if (known) return known;
    const content = await this.catalogues.content(manager, version);
    if (content) this.byVersion.set(version, content);
    return content;
  }
}

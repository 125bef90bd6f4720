import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { IndicatorCatalogueAdopted } from '@nrm/contracts';
import type { Role } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { ProblemException, requireRole } from '@nrm/service-kit';
import { PolicyRepository } from '../policy/policy.repository';
import { catalogueDifferences } from './catalogue-differences';
import type { CatalogueDifferences } from './catalogue-differences';
import { CatalogueInvalid, parseCatalogue } from './catalogue-validation';
import type { IndicatorCatalogue } from './indicator-catalogue';

export type CatalogueStatus = 'proposed' | 'active' | 'retired';

export interface CatalogueSummary {
  version: string;
  jurisdiction: string;
  ruleVersion: string;
  status: CatalogueStatus;
  digest: string;
  indicators: number;
  loadedByUserId: string;
  loadedAt: string;
  adoptedByUserId: string | null;
  adoptedAt: string | null;
}

/** The user recorded for catalogues that came with the platform's seeds. */
export const SEED_LOADER = 'platform-seed';

/** A catalogue's digest: of its canonical JSON, so a version can be shown never to have changed. */
export function catalogueDigest(catalogue: IndicatorCatalogue): string {
  return createHash('sha256').update(canonicalJson(catalogue)).digest('hex');
}

/**
 * The competent authority's indicator catalogues: loaded by one administrator, adopted by another
 * (ADR 0020). Versions never change once loaded; an assessment keeps the version it started with.
 */
@Injectable()
export class IndicatorCatalogues {
  /** Versions are immutable, so a version once read is kept. */
  private readonly byVersion = new Map<string, IndicatorCatalogue>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly policies: PolicyRepository,
  ) {}

  /** The catalogue in force for the default jurisdiction, or `undefined` if none was adopted. */
  async active(manager: EntityManager): Promise<IndicatorCatalogue | undefined> {
    const policy = await this.policies.defaultPolicy(manager);
    const [row]: { version: string }[] = await manager.query(
      `SELECT version FROM indicator_catalogue WHERE jurisdiction = $1 AND status = 'active'`,
      [policy.jurisdiction],
    );
    return row ? this.version(manager, row.version) : undefined;
  }

  async version(manager: EntityManager, version: string): Promise<IndicatorCatalogue | undefined> {
    const known = this.byVersion.get(version);
    if (known) return known;
    const [row]: { content: IndicatorCatalogue }[] = await manager.query(
      `SELECT content FROM indicator_catalogue WHERE version = $1`,
      [version],
    );
    if (row) this.byVersion.set(version, row.content);
    return row?.content;
  }

  async list(actor: Actor): Promise<{ items: CatalogueSummary[] }> {
    await this.requireAuthority(actor, 'identification_officer', 'supervisor', 'administrator');
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS} FROM indicator_catalogue ORDER BY loaded_at DESC`,
    );
    return { items: rows.map(summary) };
  }

  async read(version: string, actor: Actor): Promise<CatalogueSummary & { catalogue: IndicatorCatalogue }> {
    await this.requireAuthority(actor, 'identification_officer', 'supervisor', 'administrator');
    const [row]: (SummaryRow & { content: IndicatorCatalogue })[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, content FROM indicator_catalogue WHERE version = $1`,
      [version],
    );
    if (!row) throw new ProblemException('notFound', 'no such indicator catalogue version');
    return { ...summary(row), catalogue: row.content };
  }

  /** Loads a new version as proposed; it does nothing until a second administrator adopts it. */
  async load(input: unknown, actor: Actor, now = new Date()): Promise<CatalogueSummary> {
    await this.requireAuthority(actor, 'administrator');
    let catalogue: IndicatorCatalogue;
    try {
      catalogue = parseCatalogue(input);
    } catch (error) {
      if (error instanceof CatalogueInvalid)
        throw new ProblemException('validation', 'the indicator catalogue is not valid', error.problems);
      throw error;
    }
    return this.dataSource.transaction(async (manager) => {
      const policy = await this.policies.defaultPolicy(manager);
      if (catalogue.jurisdiction !== policy.jurisdiction)
        throw new ProblemException('validation', 'the indicator catalogue is not valid', [
          {
            field: 'jurisdiction',
            message: `must be ${policy.jurisdiction}, the jurisdiction this platform serves`,
          },
        ]);
      const digest = catalogueDigest(catalogue);
      const inserted: SummaryRow[] = await manager.query(
        `INSERT INTO indicator_catalogue (version, jurisdiction, content, digest, status, loaded_by_user, loaded_by_agency, loaded_at)
         VALUES ($1, $2, $3, $4, 'proposed', $5, $6, $7) ON CONFLICT (version) DO NOTHING RETURNING ${SUMMARY_COLUMNS}`,
        [catalogue.version, catalogue.jurisdiction, catalogue, digest, actor.userId, actor.agencyId, now],
      );
      if (inserted[0]) return summary(inserted[0]);
      const [existing]: { digest: string }[] = await manager.query(
        `SELECT digest FROM indicator_catalogue WHERE version = $1`,
        [catalogue.version],
      );
      throw new ProblemException(
        'conflict',
        existing?.digest === digest
          ? `indicator catalogue ${catalogue.version} is already loaded`
          : `indicator catalogue ${catalogue.version} is already loaded with other content: a version never changes, so give the change a new version`,
      );
    });
  }

  /** What adopting the version would change against the one in force. */
  async differences(version: string, actor: Actor): Promise<CatalogueDifferences> {
    await this.requireAuthority(actor, 'identification_officer', 'supervisor', 'administrator');
    const manager = this.dataSource.manager;
    const proposed = await this.version(manager, version);
    if (!proposed) throw new ProblemException('notFound', 'no such indicator catalogue version');
    return catalogueDifferences((await this.active(manager)) ?? null, proposed);
  }

  /** A second administrator adopts a proposed version: it replaces the active one for new assessments. */
  async adopt(version: string, actor: Actor, now = new Date()): Promise<CatalogueSummary> {
    await this.requireAuthority(actor, 'administrator');
    return this.dataSource.transaction(async (manager) => {
      const [row]: (SummaryRow & { rule_version: string })[] = await manager.query(
        `SELECT ${SUMMARY_COLUMNS} FROM indicator_catalogue WHERE version = $1 FOR UPDATE`,
        [version],
      );
      if (!row) throw new ProblemException('notFound', 'no such indicator catalogue version');
      if (row.status !== 'proposed')
        throw new ProblemException(
          'conflict',
          `indicator catalogue ${version} is ${row.status}, not proposed`,
        );
      if (row.loaded_by_user === actor.userId)
        throw new ProblemException(
          'conflict',
          'the administrator who loaded a catalogue cannot adopt it: a second administrator must approve it',
        );
      // One adoption at a time per jurisdiction: the active row is locked before it is retired.
      const previous: { version: string }[] = await manager.query(
        `SELECT version FROM indicator_catalogue WHERE jurisdiction = $1 AND status = 'active' FOR UPDATE`,
        [row.jurisdiction],
      );
      await manager.query(
        `UPDATE indicator_catalogue SET status = 'retired', retired_at = $2 WHERE jurisdiction = $1 AND status = 'active'`,
        [row.jurisdiction, now],
      );
      // TypeORM answers an UPDATE with [rows, count].
      const [[adopted]]: [SummaryRow[], number] = await manager.query(
        `UPDATE indicator_catalogue SET status = 'active', adopted_by_user = $2, adopted_at = $3 WHERE version = $1
         RETURNING ${SUMMARY_COLUMNS}`,
        [version, actor.userId, now],
      );
      await this.outbox.append(manager, IndicatorCatalogueAdopted, {
        subject: catalogueSubject(row.jurisdiction),
        time: now,
        data: {
          catalogueVersion: version,
          ...(previous[0] ? { previousVersion: previous[0].version } : {}),
          ruleVersion: row.rule_version,
          jurisdiction: row.jurisdiction,
          adoptedAt: now.toISOString(),
        },
      });
      return summary(adopted as SummaryRow);
    });
  }

  /** Catalogues are the competent authority's: only its own staff see or change them. */
  private async requireAuthority(actor: Actor, ...roles: Role[]): Promise<void> {
    requireRole(actor, ...roles);
    const policy = await this.policies.defaultPolicy(this.dataSource.manager);
    if (actor.agencyId !== policy.competentAuthorityAgencyId)
      throw new ProblemException('forbidden', 'indicator catalogues are kept by the competent authority');
  }
}

interface SummaryRow {
  version: string;
  jurisdiction: string;
  rule_version: string;
  status: CatalogueStatus;
  digest: string;
  indicators: number;
  loaded_by_user: string;
  loaded_at: Date;
  adopted_by_user: string | null;
  adopted_at: Date | null;
}

const SUMMARY_COLUMNS = `version, jurisdiction, content->'rule'->>'version' AS rule_version, status, digest,
  (SELECT count(*)::int FROM jsonb_array_elements(content->'lists') l, jsonb_array_elements(l->'indicators')) AS indicators,
  loaded_by_user, loaded_at, adopted_by_user, adopted_at`;

function summary(r: SummaryRow): CatalogueSummary {
  return {
    version: r.version,
    jurisdiction: r.jurisdiction,
    ruleVersion: r.rule_version,
    status: r.status,
    digest: r.digest,
    indicators: r.indicators,
    loadedByUserId: r.loaded_by_user,
    loadedAt: r.loaded_at.toISOString(),
    adoptedByUserId: r.adopted_by_user,
    adoptedAt: r.adopted_at?.toISOString() ?? null,
  };
}

/** Adoption events of a jurisdiction share one key, so they stay in order. */
export function catalogueSubject(jurisdiction: string): string {
  const h = createHash('sha256').update(`indicator-catalogue:${jurisdiction}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

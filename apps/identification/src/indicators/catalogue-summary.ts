import { createHash } from 'node:crypto';
import type { IndicatorCatalogueStatuses } from '@nrm/api-contracts';
import type { IndicatorCatalogue } from './indicator-catalogue';

export type CatalogueStatus = (typeof IndicatorCatalogueStatuses)[number];

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

/** A catalogue version as its summary reads it from the table. */
export interface SummaryRow {
  version: string;
  jurisdiction: string;
  rule_version: string;
  status: string;
  digest: string;
  indicators: number;
  loaded_by_user: string;
  loaded_at: Date;
  adopted_by_user: string | null;
  adopted_at: Date | null;
}

/** The user recorded for catalogues that came with the platform's seeds. */
export const SEED_LOADER = 'platform-seed';

/** A catalogue's digest: of its canonical JSON, so a version can be shown never to have changed. */
export function catalogueDigest(catalogue: IndicatorCatalogue): string {
  return createHash('sha256').update(canonicalJson(catalogue)).digest('hex');
}

export function summary(r: SummaryRow): CatalogueSummary {
  return {
    version: r.version,
    jurisdiction: r.jurisdiction,
    ruleVersion: r.rule_version,
    status: r.status as CatalogueStatus,
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

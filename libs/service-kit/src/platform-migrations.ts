import { AuditMigrations } from '@nrm/audit';
import { CaseInvolvementMigrations } from '@nrm/case-involvement';
import { MessagingMigrations } from '@nrm/messaging';
import { DataKeyMigrations } from '@nrm/security';
import { AgencyDirectory1764400000020 } from './agency-directory';
import type { ServiceConfig } from './config';
import type { ServiceDefinition } from './service-definition';

/**
 * The one list of the migrations a service gets from the libraries, by what its definition declares.
 * A service lists only its own migrations (`database.migrations`); TypeORM runs them all in the order
 * of their timestamps.
 */
export function platformMigrations<C extends ServiceConfig>(definition: ServiceDefinition<C>) {
  if (!definition.database) return [];
  return [
    // Every service with data: outbox and inbox, and the audit log beside them.
    ...MessagingMigrations,
    ...AuditMigrations,
    ...(definition.agencyDirectory ? [AgencyDirectory1764400000020] : []),
    ...(definition.personalData ? DataKeyMigrations : []),
    ...(definition.caseInvolvement ? CaseInvolvementMigrations : []),
  ];
}

/** Every migration of a service's schema: the platform's, then its own. */
export function serviceMigrations<C extends ServiceConfig>(definition: ServiceDefinition<C>) {
  return [...platformMigrations(definition), ...(definition.database?.migrations ?? [])];
}

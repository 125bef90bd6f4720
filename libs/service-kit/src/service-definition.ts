import type { Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import type { ServiceName, TopicName } from '@nrm/contracts';
import { ServiceSubscriptions, serviceRegistration } from '@nrm/contracts';
import type { Logger } from '@nrm/observability';
import type { KeyProvider } from '@nrm/security';
import { DomainServiceConfig } from './config';
import type { ServiceConfig } from './config';

export interface SeedContext {
  dataSource: DataSource;
  seedsDir: string;
  logger: Logger;
}

/**
 * What a service is (`apps/<service>/src/service.ts`): the command line (`runService`) and the
 * single-process host (`hostServices`) build it from this, with the platform's modules its flags ask for.
 */
export interface ServiceDefinition<C extends ServiceConfig> {
  name: ServiceName;
  configClass: new () => C;
  appModule: Type<unknown>;
  /** Present for services that own data (and so also talk over Kafka). */
  database?: {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    entities: Function[];
    /** The service's own migrations; those of the platform are added (`serviceMigrations`). */
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    migrations: Function[];
    seed?: (ctx: SeedContext) => Promise<string>;
  };
  /**
   * Present for services that keep personal data: it is sealed with a data key per case (or
   * suspect), wrapped by the master keys this provider holds. The service gets a `DataKeyring`, the
   * `data_key` table, the `rewrap-keys` command, and, when it reads intake's referrals, destroys its
   * key for a case whose personal data intake erased.
   */
  personalData?: { keyProvider: (config: C) => KeyProvider };
  /**
   * Set for services that decide access by which agencies are involved in a case: they get a
   * `CaseInvolvement` (`@nrm/case-involvement`) kept from protection's and prosecution's events (those
   * of the two topics they subscribe to).
   */
  caseInvolvement?: boolean;
  /**
   * Set for services that check who an agency is: they get the `agency_directory` table, loaded from
   * `seeds/agencies.json` after their own seeds, and read with `AgencyTypes`.
   */
  agencyDirectory?: boolean;
  /** Further one-off commands, `main.js <name> [args]`, run with the service's database open. */
  commands?: Record<string, (context: CommandContext<C>) => Promise<void>>;
  /** Extra work once the app is built, e.g. OpenAPI documents. */
  configure?: (app: NestFastifyApplication, config: C) => void | Promise<void>;
  /**
   * Set for the gateway: request bodies are relayed to the service that owns the command, which
   * validates them; the gateway checks paths and queries only.
   */
  relaysRequestBodies?: boolean;
}

export interface CommandContext<C extends ServiceConfig> {
  config: C;
  logger: Logger;
  dataSource: DataSource;
  /** The service's database schema, also the outbox relay's channel. */
  schema: string;
  args: string[];
}

/** The service's schema: `DB_SCHEMA`, else its schema in the service registry. */
export function serviceSchema(name: ServiceName, config: ServiceConfig): string {
  if (config instanceof DomainServiceConfig && config.DB_SCHEMA) return config.DB_SCHEMA;
  const { data } = serviceRegistration(name);
  if (!data) throw new Error(`${name} owns no database schema`);
  return data.schema;
}

/** Whether the service reads a topic (its subscriptions in the topic catalogue). */
export function subscribes<C extends ServiceConfig>(
  definition: ServiceDefinition<C>,
  topic: TopicName,
): boolean {
  return definition.name !== 'gateway' && ServiceSubscriptions[definition.name].includes(topic);
}

/** Where reference data is read from: `SEEDS_DIR`, else `seeds/` of the working directory. */
export function seedsDirectory(): string {
  return process.env['SEEDS_DIR'] ?? `${process.cwd()}/seeds`;
}

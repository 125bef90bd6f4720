import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { validateSync } from 'class-validator';
import { Transform, Type } from 'class-transformer';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

/**
 * The one config loader: a class whose properties are environment variable names, validated with
 * class-validator. A bad or missing value stops the service with a message naming the variable (never
 * its value, which may be a secret).
 */
export function loadConfig<T extends object>(cls: new () => T, env: NodeJS.ProcessEnv = process.env): T {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(cls, present, { exposeDefaultValues: true, excludeExtraneousValues: false });
  const errors = validateSync(config, { forbidUnknownValues: true, stopAtFirstError: true });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((e) => {
        const messages = Object.values(e.constraints ?? {}).map((m) =>
          m.startsWith(`${e.property} `) ? m.slice(e.property.length + 1) : m,
        );
        return `${e.property} ${e.property in present ? 'is invalid' : 'is missing'}: ${messages.join(', ')}`;
      }),
    );
  }
  return config;
}

export const HOST_PORT_LIST = /^[A-Za-z0-9.-]+:\d{1,5}(,[A-Za-z0-9.-]+:\d{1,5})*$/;

/** Settings every service shares. */
export class ServiceConfig {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT!: number;

  @IsString()
  HOST = '127.0.0.1';

  /** An OpenTelemetry collector (OTLP over HTTP), e.g. http://otel-collector:4318; no export without it. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL' })
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  /** Writes every finished span to the log as well (`span` lines with trace and span ids). */
  @Transform(({ value }: { value: unknown }) => value === true || value === 'true')
  @IsBoolean()
  TRACE_LOG_SPANS = false;

  /** The share of traces recorded and exported (0 to 1), decided where a trace starts. */
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(1)
  TRACE_SAMPLE_RATIO = 0.1;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  SHUTDOWN_GRACE_MS = 10_000;
}

/** Settings of a service that owns data and talks over Kafka. */
export class DomainServiceConfig extends ServiceConfig {
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// connection URL' })
  DATABASE_URL!: string;

  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'must be a lowercase PostgreSQL schema name' })
  @IsOptional()
  DB_SCHEMA?: string;

  @Matches(HOST_PORT_LIST, { message: 'must be a comma-separated list of host:port' })
  KAFKA_BROKERS!: string;

  @Matches(/^[A-Za-z0-9._-]{0,64}$/, { message: 'must be letters, digits, dot, dash or underscore' })
  KAFKA_TOPIC_PREFIX = '';

  /** The service's own Kafka principal (SASL/SCRAM); without it the client connects unauthenticated. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'must be a Kafka user name' })
  KAFKA_SASL_USERNAME?: string;

  @ValidateIf((c: DomainServiceConfig) => c.KAFKA_SASL_USERNAME !== undefined)
  @IsString({ message: 'is required with KAFKA_SASL_USERNAME' })
  @MinLength(8, { message: 'must be at least 8 characters' })
  KAFKA_SASL_PASSWORD?: string;

  @IsIn(['scram-sha-512', 'scram-sha-256'])
  KAFKA_SASL_MECHANISM: 'scram-sha-512' | 'scram-sha-256' = 'scram-sha-512';

  /** TLS to the brokers (production listeners are SASL_SSL). */
  @Transform(({ value }: { value: unknown }) => value === true || value === 'true')
  @IsBoolean()
  KAFKA_SSL = false;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  EVENT_MAX_ATTEMPTS = 5;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  EVENT_RETRY_BACKOFF_MS = 200;

  /** How long the group waits for a silent member before giving its partitions to the others. */
  @Type(() => Number)
  @IsInt()
  @Min(6000)
  @Max(300_000)
  KAFKA_SESSION_TIMEOUT_MS = 10_000;
}

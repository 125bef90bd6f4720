import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import type { ServiceName } from '@nrm/contracts';
import { PlatformMetrics } from '@nrm/observability';
import type { Logger } from '@nrm/observability';
import type { ServiceConfig } from './config';
import { OperationsController, READINESS_CHECKS } from './health';
import type { ReadinessCheck } from './health';
import { LOGGER, SERVICE_CONFIG } from './tokens';

export interface PlatformCoreOptions {
  name: ServiceName;
  /** The service's validated configuration (`SERVICE_CONFIG`). */
  config: ServiceConfig;
  /** The service's logger (`LOGGER`): its own file when several services share a process. */
  logger: Logger;
}

/**
 * What every service has: its configuration, logger and metrics registry, and the health and
 * metrics endpoints. The other platform modules add their readiness checks to `READINESS_CHECKS`.
 */
@Module({})
export class PlatformCoreModule {
  static forRoot({ name, config, logger }: PlatformCoreOptions): DynamicModule {
    const providers = [
      { provide: SERVICE_CONFIG, useValue: config },
      { provide: LOGGER, useValue: logger },
      { provide: PlatformMetrics, useFactory: () => new PlatformMetrics(name) },
      { provide: READINESS_CHECKS, useFactory: (): ReadinessCheck[] => [] },
    ];
    return {
      module: PlatformCoreModule,
      global: true,
      controllers: [OperationsController],
      providers,
      exports: providers.map((p) => p.provide),
    };
  }
}

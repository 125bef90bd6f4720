import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { DataSource } from 'typeorm';
import type { Logger } from '@nrm/observability';
import { AuditController, installAuditTrail } from './audit';
import { LOGGER } from './tokens';

/** Installed once the server exists: the hook that records every internal request made for a user. */
const AUDIT_TRAIL = Symbol('AUDIT_TRAIL');

/**
 * The audit log of a service with data (its tables: `AuditMigrations`, in `platformMigrations`): every
 * internal request made for a user is appended before the answer leaves, and `internal/audit` records
 * the gateway's refusals and shows a supervisor who accessed a case.
 */
@Module({})
export class AuditModule {
  static forRoot(): DynamicModule {
    return {
      module: AuditModule,
      controllers: [AuditController],
      providers: [
        {
          provide: AUDIT_TRAIL,
          useFactory: (host: HttpAdapterHost, dataSource: DataSource, logger: Logger) =>
            installAuditTrail(host.httpAdapter.getInstance<FastifyInstance>(), dataSource, logger),
          inject: [HttpAdapterHost, DataSource, LOGGER],
        },
      ],
    };
  }
}

import { Module } from '@nestjs/common';

/**
 * Protection: assistance plans, providers, shelter capacity, residence status, return and
 * reintegration. The service runs with its own schema, outbox, inbox and health; its domain arrives
 * with the protection work (docs/roadmap.md).
 */
@Module({})
export class ProtectionModule {}

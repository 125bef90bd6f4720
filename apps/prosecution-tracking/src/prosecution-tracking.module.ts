import { Module } from '@nestjs/common';

/**
 * Prosecution tracking: investigations, charges under Law 91/2013, hearings, verdicts and
 * victim-witness support. The service runs with its own schema, outbox, inbox and health; its domain
 * arrives with the prosecution work (docs/roadmap.md).
 */
@Module({})
export class ProsecutionTrackingModule {}

import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { CaseInvolvement } from './case-involvement';
import { InvestigationInvolvementEvents, ProtectionInvolvementEvents } from './involvement.events';

export interface CaseInvolvementOptions {
  /** The service reads protection's case topic: leads, providers and shelters. */
  protectionEvents: boolean;
  /** The service reads prosecution's proceedings topic: investigations' agencies. */
  investigationEvents: boolean;
}

/**
 * Gives a service `CaseInvolvement`, kept from the events of those of protection's and
 * prosecution's topics it reads (its tables: `CaseInvolvementMigrations`).
 */
@Module({})
export class CaseInvolvementModule {
  static forRoot(options: CaseInvolvementOptions): DynamicModule {
    return {
      module: CaseInvolvementModule,
      global: true,
      controllers: [
        ...(options.protectionEvents ? [ProtectionInvolvementEvents] : []),
        ...(options.investigationEvents ? [InvestigationInvolvementEvents] : []),
      ],
      providers: [CaseInvolvement],
      exports: [CaseInvolvement],
    };
  }
}

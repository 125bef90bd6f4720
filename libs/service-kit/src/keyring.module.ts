import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { DataKeyring } from '@nrm/security';
import type { KeyProvider } from '@nrm/security';
import { PersonalDataErasureEvents } from './personal-data';

export interface KeyringOptions {
  /** Holds the master keys that wrap the service's data keys. */
  keyProvider: KeyProvider;
  /** The service reads intake's referrals: an erasure there destroys its key for the case too. */
  shredOnErasure: boolean;
}

/**
 * The `DataKeyring` of a service that keeps personal data (its table: `DataKeyMigrations`, in
 * `platformMigrations`), and, where it hears of them, the erasures that destroy a case's key.
 */
@Module({})
export class KeyringModule {
  static forRoot({ keyProvider, shredOnErasure }: KeyringOptions): DynamicModule {
    return {
      module: KeyringModule,
      global: true,
      controllers: shredOnErasure ? [PersonalDataErasureEvents] : [],
      providers: [{ provide: DataKeyring, useFactory: () => new DataKeyring(keyProvider) }],
      exports: [DataKeyring],
    };
  }
}

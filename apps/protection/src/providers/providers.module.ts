import { Module } from '@nestjs/common';
import { ProviderRepository } from './provider.repository';

/** The service providers cases are referred to. */
@Module({ providers: [ProviderRepository], exports: [ProviderRepository] })
export class ProvidersModule {}

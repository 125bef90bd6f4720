import { Inject, Injectable } from '@nestjs/common';
import { SERVICE_CONFIG } from '@nrm/service-kit';
import type { ExchangeConfig } from '../exchange.config';
import { parseOwnKeyring, publicKeySet } from './exchange-keys';
import type { OwnKeyring } from './exchange-keys';

/** This deployment's signing and encryption keys, from its configuration; the first of each is current. */
@Injectable()
export class OwnKeys {
  readonly country: string;
  readonly signing: OwnKeyring;
  readonly encryption: OwnKeyring;

  constructor(@Inject(SERVICE_CONFIG) config: ExchangeConfig) {
    this.country = config.EXCHANGE_COUNTRY;
    this.signing = parseOwnKeyring(config.EXCHANGE_SIGNING_KEYS, `${config.EXCHANGE_COUNTRY}-sig`);
    this.encryption = parseOwnKeyring(config.EXCHANGE_ENCRYPTION_KEYS, `${config.EXCHANGE_COUNTRY}-enc`);
  }

  /** What partners fetch from our key set URL. */
  publicKeySet() {
    return publicKeySet(this.signing, this.encryption);
  }
}

import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { PersonalDataErased } from '@nrm/contracts';
import type { PersonalDataErasedV1 } from '@nrm/contracts';
import type { InboundEvent } from '@nrm/messaging';
import type { Logger } from '@nrm/observability';
import { DataKeyring } from '@nrm/security';
import { LOGGER } from './tokens';

/**
 * In every service that keeps personal data and hears of intake's referrals: an erasure decided in
 * intake destroys this service's data key for the case too, in the inbox transaction, so every field
 * it sealed for the case becomes unreadable and no new one can be written.
 */
@Controller()
export class PersonalDataErasureEvents {
  constructor(
    private readonly keyring: DataKeyring,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @EventPattern(PersonalDataErased.type)
  async onErased(@Payload() { payload, manager }: InboundEvent<PersonalDataErasedV1>): Promise<void> {
    const shredded = await this.keyring.shred(manager, payload.caseId);
    this.logger.info(
      { caseId: payload.caseId, legalBasis: payload.legalBasis, shredded },
      'personal data of a case erased: data key destroyed',
    );
  }
}

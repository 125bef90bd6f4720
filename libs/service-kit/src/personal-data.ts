import { Controller, Inject } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { EntityManager } from 'typeorm';
import { EventPattern, Payload } from '@nestjs/microservices';
import { PersonalDataErased } from '@nrm/contracts';
import type { PersonalDataErasedV1 } from '@nrm/contracts';
import type { InboundEvent } from '@nrm/messaging';
import type { Logger } from '@nrm/observability';
import { DataKeyring } from '@nrm/security';
import { LOGGER } from './tokens';

/**
 * A service's own work when intake erases a case's personal data (the exchange tells the partners that
 * received it), provided under this token: it runs in the same inbox transaction, before the key goes.
 */
export const ON_PERSONAL_DATA_ERASED = Symbol('ON_PERSONAL_DATA_ERASED');
export interface PersonalDataErasedHook {
  onPersonalDataErased(manager: EntityManager, erased: PersonalDataErasedV1): Promise<void>;
}

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
    private readonly moduleRef: ModuleRef,
  ) {}

  private hook(): PersonalDataErasedHook | undefined {
    try {
      return this.moduleRef.get<PersonalDataErasedHook>(ON_PERSONAL_DATA_ERASED, { strict: false });
    } catch {
      return undefined;
    }
  }

  @EventPattern(PersonalDataErased.type)
  async onErased(@Payload() { payload, manager }: InboundEvent<PersonalDataErasedV1>): Promise<void> {
    await this.hook()?.onPersonalDataErased(manager, payload);
    const shredded = await this.keyring.shred(manager, payload.caseId);
    this.logger.info(
      { caseId: payload.caseId, legalBasis: payload.legalBasis, shredded },
      'personal data of a case erased: data key destroyed',
    );
  }
}

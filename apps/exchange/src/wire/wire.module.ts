import { Module } from '@nestjs/common';
import { OwnKeys } from './own-keys';
import { PartnerKeySets } from './partner-key-sets';

/** Our keys and the partners' key sets. */
@Module({ providers: [OwnKeys, PartnerKeySets], exports: [OwnKeys, PartnerKeySets] })
export class WireModule {}

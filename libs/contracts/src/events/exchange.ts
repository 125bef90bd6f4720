import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { ExchangeMessageTypes, ExchangePurposes } from '../vocabulary';
import type { ExchangeMessageType, ExchangePurpose } from '../vocabulary';

/** Why a message was refused or quarantined: a code, never its content. */
export const ExchangeRefusalReasons = [
  'unknown_partner',
  'revoked_partner',
  'undecryptable',
  'bad_signature',
  'unknown_key',
  'malformed',
  'replayed',
  'outside_time_window',
  'no_agreement',
  'beyond_agreement',
  'not_addressed_here',
  'unprocessable',
] as const;
export type ExchangeRefusalReason = (typeof ExchangeRefusalReasons)[number];

/** What every exchange event says of its message: ids, partner, type and purpose, no content. */
export class ExchangeMessageV1 {
  @IsUUID()
  messageId!: string;

  /** The case here the message concerns, when there is one (not for a quarantined message). */
  @IsOptional()
  @IsUUID()
  caseId?: string;

  /** The partner state (ISO 3166-1 alpha-2, lower case). */
  @Matches(/^[a-z]{2}$/)
  partner!: string;

  @IsIn(ExchangeMessageTypes)
  type!: ExchangeMessageType;

  @IsIn(ExchangePurposes)
  purpose!: ExchangePurpose;
}

/** A message left for a partner and its signed receipt came back. */
export class ExchangeMessageDeliveredV1 extends ExchangeMessageV1 {
  @IsUUID()
  agreementId!: string;

  @IsInt()
  @Min(1)
  attempts!: number;
}

/** A partner refused a message with a signed refusal: it is not delivered and will not be sent again. */
export class ExchangeMessageRefusedV1 extends ExchangeMessageV1 {
  @IsString()
  @MaxLength(64)
  reason!: string;
}

/** A partner's message was accepted here and its receipt signed. */
export class ExchangeMessageReceivedV1 extends ExchangeMessageV1 {
  @IsUUID()
  agreementId!: string;
}

/** A message that claimed to come from a partner was refused here and kept for review. */
export class ExchangeMessageQuarantinedV1 {
  @IsUUID()
  quarantineId!: string;

  /** The partner it claimed to come from, when that could be read. */
  @IsOptional()
  @IsString()
  @MaxLength(8)
  claimedPartner?: string;

  @IsIn(ExchangeRefusalReasons)
  reason!: ExchangeRefusalReason;
}

export const ExchangeMessageDelivered = defineEvent({
  type: 'nrm.exchange.message-delivered',
  schemaVersion: 1,
  topic: Topics.exchangeMessage,
  source: 'exchange',
  payload: ExchangeMessageDeliveredV1,
});

export const ExchangeMessageRefused = defineEvent({
  type: 'nrm.exchange.message-refused',
  schemaVersion: 1,
  topic: Topics.exchangeMessage,
  source: 'exchange',
  payload: ExchangeMessageRefusedV1,
});

export const ExchangeMessageReceived = defineEvent({
  type: 'nrm.exchange.message-received',
  schemaVersion: 1,
  topic: Topics.exchangeMessage,
  source: 'exchange',
  payload: ExchangeMessageReceivedV1,
});

export const ExchangeMessageQuarantined = defineEvent({
  type: 'nrm.exchange.message-quarantined',
  schemaVersion: 1,
  topic: Topics.exchangeMessage,
  source: 'exchange',
  payload: ExchangeMessageQuarantinedV1,
});

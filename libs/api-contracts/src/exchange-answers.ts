import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ExchangeMessageTypes, ExchangePurposes, ExchangeRefusalReasons } from '@nrm/contracts';
import { PartnerAgencyDto } from './exchange';
import { StatisticsTables, SuppressibleCountResponse } from './statistics-answers';

export class PartnerResponse {
  @ApiProperty({ example: 'bh' }) country!: string;
  @ApiProperty() name!: string;
  @ApiProperty() endpoint!: string;
  @ApiProperty() keySetUrl!: string;
  @ApiProperty({ type: [PartnerAgencyDto] }) agencies!: PartnerAgencyDto[];
  @ApiProperty({ enum: ['active', 'revoked'] }) status!: string;
  @ApiProperty({ type: 'integer', description: 'Each change adds one' }) version!: number;
  @ApiProperty({ format: 'date-time' }) changedAt!: string;
  @ApiPropertyOptional({ description: 'The agreement in force, if any' })
  agreementReference?: string;
}

export class PartnerPage {
  @ApiProperty({ type: [PartnerResponse] }) items!: PartnerResponse[];
}

export class AgreementResponse {
  @ApiProperty({ format: 'uuid' }) agreementId!: string;
  @ApiProperty() partner!: string;
  @ApiProperty() reference!: string;
  @ApiProperty({ enum: ExchangeMessageTypes, isArray: true }) messageTypes!: string[];
  @ApiProperty({ enum: ExchangePurposes, isArray: true }) purposes!: string[];
  @ApiProperty({ type: [String] }) fields!: string[];
  @ApiProperty() legalBasis!: string;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) validUntil!: string | null;
}

/** One message about a case, sent or received: what, to or from whom, when, under which agreement. */
export class ExchangeMessageResponse {
  @ApiProperty({ format: 'uuid' }) messageId!: string;
  @ApiProperty({ enum: ['outgoing', 'incoming'] }) direction!: string;
  @ApiProperty({ example: 'bh' }) partner!: string;
  @ApiProperty({ enum: ExchangeMessageTypes }) type!: string;
  @ApiProperty({ enum: ExchangePurposes }) purpose!: string;
  @ApiProperty({ enum: ['queued', 'delivered', 'refused', 'accepted', 'forwarded'] }) status!: string;
  @ApiProperty() agreementReference!: string;
  @ApiProperty() legalBasis!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) settledAt!: string | null;
  @ApiProperty({ type: 'integer' }) attempts!: number;
  @ApiPropertyOptional({ enum: ExchangeRefusalReasons }) refusalReason?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The message this one answers' }) inReplyTo?: string;
  @ApiPropertyOptional({
    description: 'What a follow-up says of the case (a decision), without personal data',
  })
  decision?: string;
  @ApiPropertyOptional({ description: "The partner's signed receipt or refusal (a compact JWS)" })
  answer?: string;
}

export class ExchangeMessagePage {
  @ApiProperty({ type: [ExchangeMessageResponse] }) items!: ExchangeMessageResponse[];
}

export class ExchangeRequestAccepted {
  @ApiProperty({ format: 'uuid' }) messageId!: string;
  @ApiProperty({ enum: ['queued'] }) status!: string;
  @ApiProperty() agreementReference!: string;
  @ApiProperty({ type: [String], description: 'The fields that will leave, after minimisation' })
  fields!: string[];
}

export class QuarantinedMessageResponse {
  @ApiProperty({ format: 'uuid' }) quarantineId!: string;
  @ApiProperty({ nullable: true, type: String }) claimedPartner!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) messageId!: string | null;
  @ApiProperty({ enum: ExchangeRefusalReasons }) reason!: string;
  @ApiProperty() detail!: string;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
}

export class QuarantinePage {
  @ApiProperty({ type: [QuarantinedMessageResponse] }) items!: QuarantinedMessageResponse[];
}

export class EvidenceMessage {
  @ApiProperty({ enum: ['outgoing', 'incoming'] }) direction!: string;
  @ApiProperty({ format: 'uuid' }) messageId!: string;
  @ApiProperty() partner!: string;
  @ApiProperty({ enum: ExchangeMessageTypes }) type!: string;
  @ApiProperty({ enum: ExchangePurposes }) purpose!: string;
  @ApiProperty() agreementReference!: string;
  @ApiProperty() legalBasis!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      "The message as its sender signed it (a compact JWS); null once the person's data was erased",
  })
  signedMessage!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The signed receipt or refusal (a compact JWS)' })
  answer!: string | null;
}

/** A case's signed message log, signed as a whole by this deployment (`signature`, a compact JWS). */
export class ExchangeEvidenceResponse {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'kw' }) deployment!: string;
  @ApiProperty({ format: 'date-time' }) exportedAt!: string;
  @ApiProperty() exportedBy!: string;
  @ApiProperty({ type: [EvidenceMessage] }) messages!: EvidenceMessage[];
  @ApiProperty({ description: 'The log above signed by this deployment (compact JWS of the same fields)' })
  signature!: string;
}

export class StatisticsPublicationResponse {
  @ApiProperty({ enum: StatisticsTables }) table!: string;
  @ApiProperty() by!: string;
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ type: 'integer', description: 'k: counts from 1 to k - 1 were suppressed' }) k!: number;
  @ApiProperty({
    type: [String],
    description: 'The partners it is sent to (those whose agreement covers it)',
  })
  sentTo!: string[];
}

export class RegionalCellResponse extends SuppressibleCountResponse {
  @ApiProperty({ example: 'PH' }) value!: string;
}

export class PublishingStateResponse {
  @ApiProperty({ example: 'bh' }) state!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty({ type: SuppressibleCountResponse }) total!: SuppressibleCountResponse;
}

/** The states' published tables added up, suppressed again so that no state's count can be worked out. */
export class RegionalStatisticsResponse {
  @ApiProperty({ enum: StatisticsTables }) table!: string;
  @ApiProperty() by!: string;
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ type: 'integer' }) k!: number;
  @ApiProperty({ type: [PublishingStateResponse] }) states!: PublishingStateResponse[];
  @ApiProperty({ type: [RegionalCellResponse] }) cells!: RegionalCellResponse[];
  @ApiProperty({ type: SuppressibleCountResponse }) total!: SuppressibleCountResponse;
  @ApiProperty({ type: 'integer' }) suppressedCells!: number;
}

/** What one message of a case said, the person's fields the reader's view withholds left out. */
export class ExchangeMessageContentResponse {
  @ApiProperty({ format: 'uuid' }) messageId!: string;
  @ApiProperty({ enum: ['outgoing', 'incoming'] }) direction!: string;
  @ApiProperty() partner!: string;
  @ApiProperty({ enum: ExchangeMessageTypes }) type!: string;
  @ApiProperty({ enum: ExchangePurposes }) purpose!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "The message's body: the person's details it carried (within your view), a decision, a note",
  })
  body!: Record<string, unknown>;
  @ApiProperty({ type: [String], description: "The person's fields it carried that your view does not show" })
  withheld!: string[];
}

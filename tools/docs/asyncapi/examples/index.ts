/*
 * A summary and at least one example per event of the catalogue, for the AsyncAPI document
 * (docs/asyncapi.yaml), one file per producing service. Examples are invented, never taken from a real
 * case: tools/docs/asyncapi/asyncapi.spec.ts checks that each is a valid payload of its event (with the
 * JSON Schema and with parsePayload) and that its key fits the message's key schema.
 */
import { AnalyticsEvents } from './analytics';
import { ExchangeEvents } from './exchange';
import { IdentificationEvents } from './identification';
import { IntakeEvents } from './intake';
import { NotificationsEvents } from './notifications';
import { ProsecutionEvents } from './prosecution';
import { ProtectionEvents } from './protection';
import type { EventDocumentation as Documentation } from './shared';

/** By event type. */
export const EventDocumentation: Record<string, Documentation> = {
  ...IntakeEvents,
  ...IdentificationEvents,
  ...ProtectionEvents,
  ...ProsecutionEvents,
  ...NotificationsEvents,
  ...AnalyticsEvents,
  ...ExchangeEvents,
};

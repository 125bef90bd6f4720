/** The parts of an AsyncAPI 3.0.0 document the platform's document uses. */

export type JsonSchema = Record<string, unknown>;

interface Reference {
  $ref: string;
}

export interface AsyncApiMessage {
  name: string;
  title: string;
  summary: string;
  description?: string;
  contentType: string;
  correlationId?: { description: string; location: string };
  headers: JsonSchema;
  payload: JsonSchema;
  bindings: { kafka: { bindingVersion: string; key: JsonSchema } };
  examples: { name: string; summary: string; headers: Record<string, string>; payload: unknown }[];
}

export interface AsyncApiChannel {
  address: string;
  title: string;
  description: string;
  messages: Record<string, Reference>;
  bindings: { kafka: { bindingVersion: string } };
}

export interface AsyncApiOperation {
  action: 'send';
  channel: Reference;
  title: string;
  summary: string;
  description: string;
  messages: Reference[];
}

export interface AsyncApiDocument {
  asyncapi: '3.0.0';
  info: { title: string; version: string; description: string };
  defaultContentType: string;
  servers: Record<string, { host: string; protocol: string; description: string }>;
  channels: Record<string, AsyncApiChannel>;
  operations: Record<string, AsyncApiOperation>;
  components: { schemas: Record<string, JsonSchema>; messages: Record<string, AsyncApiMessage> };
}

export const KAFKA_BINDING_VERSION = '0.5.0';
export const SCHEMAS = '#/components/schemas/';

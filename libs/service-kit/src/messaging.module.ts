import { Module } from '@nestjs/common';
import type {
  DynamicModule,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  OnModuleDestroy,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DataServiceName } from '@nrm/contracts';
import { ServiceSubscriptions, deadLetterTopic } from '@nrm/contracts';
import {
  KafkaEventTransport,
  OutboxRelay,
  OutboxWriter,
  connectWithRetry,
  createIdempotentProducer,
  createKafka,
} from '@nrm/messaging';
import type { KafkaSettings, PlatformProducer } from '@nrm/messaging';
import { PlatformMetrics } from '@nrm/observability';
import type { Logger } from '@nrm/observability';
import { DomainServiceConfig } from './config';
import { READINESS_CHECKS } from './health';
import type { ReadinessCheck } from './health';
import { LOGGER, SERVICE_CONFIG } from './tokens';

/** How a service (or one of its commands) connects to Kafka: brokers, prefix and its own principal. */
export function kafkaSettingsOf(config: DomainServiceConfig, clientId: string): KafkaSettings {
  return {
    brokers: config.KAFKA_BROKERS.split(','),
    clientId,
    topicPrefix: config.KAFKA_TOPIC_PREFIX,
    ...(config.KAFKA_SASL_USERNAME
      ? {
          sasl: {
            mechanism: config.KAFKA_SASL_MECHANISM,
            username: config.KAFKA_SASL_USERNAME,
            password: config.KAFKA_SASL_PASSWORD as string,
          },
        }
      : {}),
    ssl: config.KAFKA_SSL,
  };
}

export interface MessagingOptions {
  /** The service: its client id, consumer group, subscriptions and dead-letter topic. */
  service: DataServiceName;
  /** The service's schema, whose outbox the relay publishes. */
  schema: string;
}

/**
 * A service's Kafka side: an idempotent producer (connecting in the background: a service whose
 * brokers are away serves what needs no Kafka, its writes wait in the outbox, and it reports not ready),
 * the outbox relay (publishing from application start) and the inbox consumer's Nest transport
 * (`transport`, which the application connects as its microservice). On shutdown, after the consumer
 * and HTTP have closed, the relay stops and the producer disconnects.
 */
export class MessagingRuntime implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  readonly producer: PlatformProducer;
  readonly relay: OutboxRelay;
  readonly transport: KafkaEventTransport;
  private stopping = false;

  constructor(
    { service, schema }: MessagingOptions,
    config: DomainServiceConfig,
    private readonly logger: Logger,
    metrics: PlatformMetrics,
    dataSource: DataSource,
  ) {
    const kafka = createKafka(kafkaSettingsOf(config, service), logger);
    const producer = createIdempotentProducer(kafka);
    this.producer = producer;
    this.relay = new OutboxRelay({ databaseUrl: config.DATABASE_URL, schema, producer, logger, metrics });
    this.transport = new KafkaEventTransport({
      kafka,
      producer,
      dataSource,
      groupId: `${config.KAFKA_TOPIC_PREFIX}nrm-${service}`,
      topicPrefix: config.KAFKA_TOPIC_PREFIX,
      deadLetterTopic: `${config.KAFKA_TOPIC_PREFIX}${deadLetterTopic(service)}`,
      logger,
      metrics,
      maxAttempts: config.EVENT_MAX_ATTEMPTS,
      backoffMs: config.EVENT_RETRY_BACKOFF_MS,
      sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
      subscriptions: ServiceSubscriptions[service],
      // The platform's own topics: payloads were validated by their producer (ADR 0017).
      validatePayloads: false,
    });
  }

  /** Connects the producer, retrying in the background until it succeeds or the service stops. */
  connect(): void {
    void connectWithRetry(
      () => this.producer.connect(),
      'producer',
      this.logger,
      () => this.stopping,
    );
  }

  /** Ready when the producer has its id and the consumer runs. */
  isReady(): boolean {
    return this.producer.isReady() && this.transport.isHealthy;
  }

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  onModuleDestroy(): void {
    this.stopping = true;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.producer.disconnect();
  }
}

/**
 * Kafka for a service with data: `OutboxWriter` for its handlers, and the `MessagingRuntime` above,
 * with a `kafka` readiness check.
 */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        {
          provide: MessagingRuntime,
          useFactory: (
            config: DomainServiceConfig,
            logger: Logger,
            metrics: PlatformMetrics,
            dataSource: DataSource,
            checks: ReadinessCheck[],
          ) => {
            const runtime = new MessagingRuntime(options, config, logger, metrics, dataSource);
            runtime.connect();
            checks.push({ name: 'kafka', check: async () => runtime.isReady() });
            return runtime;
          },
          inject: [SERVICE_CONFIG, LOGGER, PlatformMetrics, DataSource, READINESS_CHECKS],
        },
        {
          provide: OutboxWriter,
          useFactory: (config: DomainServiceConfig) => new OutboxWriter(config.KAFKA_TOPIC_PREFIX),
          inject: [SERVICE_CONFIG],
        },
      ],
      exports: [OutboxWriter],
    };
  }
}

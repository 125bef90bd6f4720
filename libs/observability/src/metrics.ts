import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One Prometheus registry per process, with the platform's common instruments. */
export class PlatformMetrics {
  readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram({
    name: 'nrm_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly messagesConsumed = new Counter({
    name: 'nrm_messages_consumed_total',
    help: 'Kafka messages consumed, by topic and outcome (processed, duplicate, dead_lettered)',
    labelNames: ['topic', 'outcome'],
    registers: [this.registry],
  });

  readonly messagesPublished = new Counter({
    name: 'nrm_outbox_published_total',
    help: 'Events published from the outbox',
    labelNames: ['topic'],
    registers: [this.registry],
  });

  readonly outboxBacklog = new Gauge({
    name: 'nrm_outbox_backlog',
    help: 'Events committed but not yet published',
    registers: [this.registry],
  });

  readonly deadLetters = new Counter({
    name: 'nrm_dead_letters_total',
    help: 'Messages sent to the dead-letter topic',
    labelNames: ['topic', 'reason'],
    registers: [this.registry],
  });

  readonly consumerLag = new Gauge({
    name: 'nrm_consumer_lag',
    help: 'Messages of a partition not yet consumed by the service, after its last batch',
    labelNames: ['topic', 'partition'],
    registers: [this.registry],
  });

  readonly deadlineAlerts = new Counter({
    name: 'nrm_deadline_alerts_total',
    help: 'Deadline alerts raised, by kind of deadline and alert (approaching, breached)',
    labelNames: ['deadline', 'alert'],
    registers: [this.registry],
  });

  readonly securityAlerts = new Counter({
    name: 'nrm_security_alerts_total',
    help: 'Bursts of refused requests (failed logins, denied access) from one user or client',
    labelNames: ['kind'],
    registers: [this.registry],
  });

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    // The event-loop monitor samples with a timer of this resolution: 10 ms (the default) would wake
    // an idle service a hundred times a second; lag under 100 ms is not what an operator acts on.
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 100 });
  }
}

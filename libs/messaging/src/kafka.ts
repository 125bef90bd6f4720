import { Kafka, logLevel } from 'kafkajs';
import type { Admin, IHeaders, KafkaMessage, LogEntry, SASLOptions } from 'kafkajs';
import type { Logger } from '@nrm/observability';

/**
 * The only place that builds a Kafka client. Every other module speaks through this library, so the
 * client can be replaced without touching the services.
 */
export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  /** Prepended to every topic name, so environments or test runs can share one cluster. */
  topicPrefix: string;
  /** The client's own principal; absent, it connects unauthenticated (the loopback operator listener). */
  sasl?: { mechanism: 'scram-sha-512' | 'scram-sha-256'; username: string; password: string };
  ssl?: boolean;
}

export function createKafka(settings: KafkaSettings, logger?: Logger): Kafka {
  return new Kafka({
    clientId: settings.clientId,
    brokers: settings.brokers,
    ...(settings.sasl ? { sasl: settings.sasl as SASLOptions } : {}),
    ...(settings.ssl ? { ssl: true } : {}),
    connectionTimeout: 3000,
    retry: { initialRetryTime: 200, retries: 8 },
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        if (!logger) return;
        const { message, ...extra } = log;
        const fields = {
          kafka: { broker: extra['broker'], groupId: extra['groupId'], error: extra['error'] },
        };
        if (level <= logLevel.ERROR) logger.error(fields, `kafka: ${message}`);
        else if (level === logLevel.WARN) logger.warn(fields, `kafka: ${message}`);
        else logger.debug(fields, `kafka: ${message}`);
      },
  });
}

/** Declares topics that do not exist yet and waits until each partition has a leader. */
export async function ensureTopics(
  admin: Admin,
  topics: string[],
  numPartitions = 3,
  timeoutMs = 30_000,
): Promise<string[]> {
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter((t) => !existing.has(t));
  if (missing.length === 0) return [];
  try {
    await admin.createTopics({
      waitForLeaders: false,
      topics: missing.map((topic) => ({ topic, numPartitions, replicationFactor: -1 })),
    });
  } catch (error) {
    // Another process may have declared the same topics a moment earlier.
    if (!(error instanceof Error) || !/already exists/i.test(error.message)) throw error;
  }
  // Metadata reaches the broker's cache a moment after creation: poll rather than trust one answer.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const { topics: described } = await admin.fetchTopicMetadata({ topics: missing });
      if (described.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0)))
        return missing;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline)
      throw new Error(`topics have no leaders after ${timeoutMs} ms: ${missing.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function headersToStrings(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    const first = Array.isArray(value) ? value[0] : value;
    out[key] = Buffer.isBuffer(first) ? first.toString('utf8') : String(first);
  }
  return out;
}

export type { Kafka, KafkaMessage };

/**
 * Calls `connect` until it succeeds or `stopped()` says to give up, backing off up to 10 s between
 * tries, so a service starts (and serves what needs no Kafka) while the brokers are away, and joins
 * them when they come back. Resolves true once connected.
 */
export async function connectWithRetry(
  connect: () => Promise<void>,
  what: string,
  logger: Logger,
  stopped: () => boolean,
): Promise<boolean> {
  for (let failures = 0; !stopped(); failures += 1) {
    try {
      await connect();
      if (failures > 0) logger.info({ what, failures }, 'kafka: connected after retrying');
      return true;
    } catch (error) {
      logger.warn(
        { what, failures: failures + 1, errorName: (error as Error).name },
        'kafka: not reachable, will retry',
      );
      await new Promise((r) => setTimeout(r, Math.min(10_000, 500 * 2 ** Math.min(failures, 5))));
    }
  }
  return false;
}

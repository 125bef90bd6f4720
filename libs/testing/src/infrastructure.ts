import { randomBytes } from 'node:crypto';

export interface TestInfrastructure {
  databaseUrl: string;
  /** The broker's operator listener (no authentication, every right). */
  brokers: string;
  run: string;
  /** The broker's SASL listener and principals, when the run started (or found) a broker of ours. */
  kafkaAccess?: { saslBrokers: string; mechanism: 'scram-sha-512'; credentials: Record<string, string> };
}

/** The PostgreSQL and Kafka endpoints the global setup found or started. */
export function testInfrastructure(): TestInfrastructure {
  const databaseUrl = process.env['NRM_TEST_DATABASE_URL'];
  const brokers = process.env['NRM_TEST_KAFKA_BROKERS'];
  const run = process.env['NRM_TEST_RUN'];
  if (!databaseUrl || !brokers || !run) {
    throw new Error('test infrastructure is not set up: run these tests through jest (npm test)');
  }
  const access = process.env['NRM_TEST_KAFKA_ACCESS'];
  return {
    databaseUrl,
    brokers,
    run,
    ...(access ? { kafkaAccess: JSON.parse(access) as TestInfrastructure['kafkaAccess'] } : {}),
  };
}

/**
 * A name unique to this test run and file, usable as a schema name, topic prefix and group id, so
 * test files share one broker and one database without seeing each other's data.
 */
export function uniqueTestName(label: string): string {
  const { run } = testInfrastructure();
  return `t${run}_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(2).toString('hex')}`;
}

/**
 * A port for a test's own listeners: `base` moved by NRM_TEST_PORT_OFFSET, so that test runs of
 * several checkouts can share a machine.
 */
export function testPort(base: number): number {
  return base + Number(process.env['NRM_TEST_PORT_OFFSET'] ?? 0);
}

/** Retries an assertion until it passes or the time is up; the last failure is rethrown. */
export async function eventually<T>(
  assertion: () => Promise<T> | T,
  timeoutMs = 20_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }
}

import { randomBytes } from 'node:crypto';
import net from 'node:net';
import type { StartedTestContainer } from 'testcontainers';
import { platformKafkaAccess } from '@nrm/contracts';
import {
  OWNER_LABEL,
  READY_TIMEOUT_MS,
  TEST_IMAGES,
  currentOwner,
  dockerode,
  removeById,
  testcontainers,
} from './container-engine';
import type { TestInfrastructure } from './infrastructure';

/**
 * PostgreSQL and Kafka containers for the containers test tier (ADR 0023), on free ports of the
 * host's network, from the images built on this machine; `container-engine.ts` finds the engine and
 * removes what a run leaves behind.
 */

/** A TCP port nothing listens on at the moment (the container binds it a moment later). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function freePorts(n: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < n) ports.add(await freePort());
  return [...ports];
}

/** Starts a container of ours: host network, labelled with its owner. */
async function startContainer(
  image: string,
  configure: (
    container: InstanceType<(typeof import('testcontainers'))['GenericContainer']>,
    wait: (typeof import('testcontainers'))['Wait'],
  ) => void,
): Promise<StartedTestContainer> {
  const { GenericContainer, ImageName, Wait, getContainerRuntimeClient } = await testcontainers();
  // Never pulled: a missing image is one to build here.
  if (!(await (await getContainerRuntimeClient()).image.exists(ImageName.fromString(image))))
    throw new Error(
      `the image ${image} is not on this machine: npm run containers:build (README, "Containers")`,
    );
  const container = new GenericContainer(image)
    .withNetworkMode('host')
    .withLabels({ [OWNER_LABEL]: currentOwner() })
    .withStartupTimeout(READY_TIMEOUT_MS);
  configure(container, Wait);
  return container.start();
}

// ---- PostgreSQL ---------------------------------------------------------------------------------

export interface PostgresContainer {
  /** postgres://... of a database of the container's own. */
  url: string;
  port: number;
  remove(): Promise<void>;
}

/**
 * A PostgreSQL server of the test run's own (nrm/postgres: deploy/docker/postgres), on a free port of
 * loopback, trusting loopback connections, its data on tmpfs and without fsync: it lives for one run.
 */
export async function startPostgresContainer(): Promise<PostgresContainer> {
  const port = await freePort();
  const container = await startContainer(TEST_IMAGES.postgres, (c, Wait) =>
    c
      .withEnvironment({ PGPORT: String(port), POSTGRES_LISTEN_ADDRESSES: '127.0.0.1' })
      .withCommand(['-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200'])
      .withTmpFs({ '/var/lib/postgresql/data': 'rw,uid=999,gid=999,mode=0700' })
      .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/)),
  );
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    remove: () => removeById(container.getId()),
  };
}

// ---- Kafka --------------------------------------------------------------------------------------

export type KafkaAccessInfo = NonNullable<TestInfrastructure['kafkaAccess']>;

/**
 * A single-node KRaft broker of the run's (or of a test's) own, like tools/kafka/kafka-broker.mjs
 * starts: an operator listener without authentication (`brokers`) and a SASL/SCRAM listener whose
 * principals are the platform's services and analysts (`access`), each held to the ACLs declared
 * for it. `stop()` and `start()` take the broker away and bring it back on the same data.
 */
export interface KafkaContainer {
  brokers: string;
  access: KafkaAccessInfo;
  /** `graceful`: SIGTERM and the broker's clean shutdown (docker stop); `kill`: SIGKILL, as in a crash. */
  stop(mode: 'graceful' | 'kill'): Promise<void>;
  /** Starts the stopped broker again and resolves once it serves. */
  start(): Promise<void>;
  remove(): Promise<void>;
}

const KAFKA_READY = /Kafka Server started/;

/**
 * A broker of nrm/kafka (deploy/docker/kafka) on three free ports of loopback, with a SCRAM user and
 * a fresh password for each principal of the platform. Its data lives on the image's volume, so it
 * outlives `stop()`; `remove()` deletes both.
 */
export async function startKafkaContainer(): Promise<KafkaContainer> {
  const [port, controllerPort, saslPort] = (await freePorts(3)) as [number, number, number];
  const credentials = Object.fromEntries(
    platformKafkaAccess().map((a) => [a.principal, randomBytes(18).toString('base64url')]),
  );
  const container = await startContainer(TEST_IMAGES.kafka, (c, Wait) =>
    c
      .withEnvironment({
        KAFKA_PORT: String(port),
        KAFKA_CONTROLLER_PORT: String(controllerPort),
        KAFKA_SASL_PORT: String(saslPort),
        // On the host's network every listener stays on loopback, and is advertised there.
        KAFKA_OPERATOR_HOST: '127.0.0.1',
        KAFKA_SASL_HOST: '127.0.0.1',
        KAFKA_ADVERTISED_HOST: '127.0.0.1',
        KAFKA_SCRAM_USERS: Object.entries(credentials)
          .map(([name, password]) => `${name}:${password}`)
          .join(','),
      })
      .withWaitStrategy(Wait.forLogMessage(KAFKA_READY)),
  );
  const brokers = `127.0.0.1:${port}`;
  try {
    await warmUp(brokers);
  } catch (error) {
    await removeById(container.getId());
    throw error;
  }
  return {
    brokers,
    access: { saslBrokers: `127.0.0.1:${saslPort}`, mechanism: 'scram-sha-512', credentials },
    stop: async (mode) => {
      const { getContainerRuntimeClient } = await testcontainers();
      const client = await getContainerRuntimeClient();
      const dockerContainer = client.container.getById(container.getId());
      if (mode === 'graceful') {
        await client.container.stop(dockerContainer, { timeout: 60_000 });
        return;
      }
      await dockerode(client).getContainer(container.getId()).kill({ signal: 'SIGKILL' });
      while ((await client.container.inspect(dockerContainer)).State.Running)
        await new Promise((resolve) => setTimeout(resolve, 50));
    },
    start: async () => {
      const { BoundPorts, Wait, getContainerRuntimeClient, waitForContainer } = await testcontainers();
      const client = await getContainerRuntimeClient();
      const dockerContainer = client.container.getById(container.getId());
      await client.container.start(dockerContainer);
      const { State } = await client.container.inspect(dockerContainer);
      const wait = Wait.forLogMessage(KAFKA_READY).withStartupTimeout(READY_TIMEOUT_MS);
      await waitForContainer(client, dockerContainer, wait, new BoundPorts(), new Date(State.StartedAt));
      await warmUp(brokers);
    },
    remove: () => removeById(container.getId()),
  };
}

/**
 * Waits until the broker answers for consumer groups: on a fresh broker the first such question
 * creates __consumer_offsets, which spares the first test's consumer a failed join.
 */
async function warmUp(brokers: string): Promise<void> {
  const { Kafka, logLevel } = await import('kafkajs');
  const admin = new Kafka({
    brokers: [brokers],
    clientId: 'nrm-test-warmup',
    logLevel: logLevel.NOTHING,
  }).admin();
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    try {
      await admin.connect();
      await admin.fetchOffsets({ groupId: 'nrm-test-warmup' });
      await admin.disconnect();
      return;
    } catch (error) {
      await admin.disconnect().catch(() => undefined);
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import os from 'node:os';
import type { StartedTestContainer } from 'testcontainers';
import { platformKafkaAccess } from '@nrm/contracts';
import type { TestInfrastructure } from './infrastructure';

/**
 * PostgreSQL and Kafka in containers for the containers test tier (`npm run test:containers`, ADR
 * 0023), from the images built on this machine (`npm run containers:build`): nothing is pulled.
 * Containers share the host's network (no bridge here) on free ports of loopback. testcontainers'
 * reaper (ryuk) is off, being an image to pull; instead every container carries its owner, the jest
 * process of the run, which removes them all in its teardown or when interrupted, and a later run
 * removes those of an owner that was killed outright.
 *
 * testcontainers is loaded only when a container is wanted, so @nrm/testing stays light for the
 * other tiers.
 */

export const TEST_IMAGES = {
  postgres: process.env['NRM_TEST_POSTGRES_IMAGE'] ?? 'nrm/postgres:15',
  kafka: process.env['NRM_TEST_KAFKA_IMAGE'] ?? 'nrm/kafka:4.1.2',
};

/** The label on every container this module starts: `<hostname>:<pid>` of the process that owns it. */
const OWNER_LABEL = 'org.nrm.test-container.owner';
const READY_TIMEOUT_MS = 120_000;

export type ContainerEngine = { available: true; description: string } | { available: false; reason: string };

/** True in a run of the containers tier whose global setup started containers (not its fallback). */
export function containerEngineInUse(): boolean {
  return process.env['NRM_TEST_CONTAINERS'] === 'engine';
}

function configureTestcontainers(): void {
  // ryuk, the reaper, is an image to pull: this module reaps instead.
  process.env['TESTCONTAINERS_RYUK_DISABLED'] = 'true';
  // Containers use the host's network, so they are on loopback; this also spares testcontainers its
  // look for a `bridge` network's gateway when it runs inside a container, which fails without one.
  process.env['TESTCONTAINERS_HOST_OVERRIDE'] ??= '127.0.0.1';
}

async function testcontainers(): Promise<typeof import('testcontainers')> {
  configureTestcontainers();
  return import('testcontainers');
}

/** Where a Docker client reaches its engine: a socket path or host:port. */
function endpointOf(dockerHost: string): string {
  const url = new URL(dockerHost);
  return url.protocol === 'unix:' || url.protocol === 'npipe:' ? url.pathname : `${url.hostname}:${url.port}`;
}

/**
 * Whether a container engine answers, asked through testcontainers under a time limit. When
 * DOCKER_HOST names an engine, that engine must answer: testcontainers would otherwise fall back to
 * the default socket, unlike the docker CLI.
 */
export async function probeContainerEngine(timeoutMs = 5000): Promise<ContainerEngine> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const { getContainerRuntimeClient } = await testcontainers();
    const timeUp = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    const asking = getContainerRuntimeClient();
    asking.catch(() => undefined); // an answer after the time limit is no one's concern
    const client = await Promise.race([asking, timeUp]);
    const named = process.env['DOCKER_HOST'];
    const { modem } = dockerode(client);
    if (named && modem) {
      const answered = modem.socketPath ?? `${modem.host}:${modem.port}`;
      if (answered !== endpointOf(named))
        return { available: false, reason: `DOCKER_HOST=${named} does not answer` };
    }
    const runtime = client.info.containerRuntime;
    return { available: true, description: `engine ${runtime.serverVersion} (${runtime.operatingSystem})` };
  } catch (error) {
    return { available: false, reason: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

// ---- Stopping what was started ------------------------------------------------------------------

/**
 * Who owns a container: `<hostname>:<pid>` of the jest process whose global setup guards the run
 * (jest workers inherit it), else of this process.
 */
function currentOwner(): string {
  return process.env['NRM_TEST_CONTAINER_OWNER'] ?? `${os.hostname()}:${process.pid}`;
}

type Client = Awaited<ReturnType<(typeof import('testcontainers'))['getContainerRuntimeClient']>>;

/** The part of dockerode (testcontainers' Docker client) used here, beyond testcontainers' own API. */
interface Dockerode {
  modem: { socketPath?: string; host?: string; port?: string | number };
  listContainers(options: {
    all: boolean;
    filters: Record<string, string[]>;
  }): Promise<{ Id: string; Labels: Record<string, string> }[]>;
  getContainer(id: string): { kill(options: { signal: string }): Promise<unknown> };
}

/** testcontainers' Docker client underneath (its own `list()` leaves out stopped containers). */
function dockerode(client: Client): Dockerode {
  return (client.container as unknown as { dockerode: Dockerode }).dockerode;
}

/** Our containers, running or stopped, with their owners. */
async function ourContainers(): Promise<{ id: string; owner: string }[]> {
  const { getContainerRuntimeClient } = await testcontainers();
  const client = await getContainerRuntimeClient();
  const found = await dockerode(client).listContainers({ all: true, filters: { label: [OWNER_LABEL] } });
  return found.map((info) => ({ id: info.Id, owner: info.Labels[OWNER_LABEL] ?? '' }));
}

async function removeById(id: string): Promise<void> {
  const { getContainerRuntimeClient } = await testcontainers();
  const client = await getContainerRuntimeClient();
  const container = client.container.getById(id);
  await client.container.stop(container, { timeout: 0 }).catch(() => undefined);
  await client.container.remove(container, { removeVolumes: true }).catch(() => undefined);
}

/** Stops and removes every container of this run, whichever process (a jest worker) started it. */
export async function removeRunContainers(): Promise<number> {
  const owner = currentOwner();
  const ids = (await ourContainers()).filter((c) => c.owner === owner).map((c) => c.id);
  await Promise.all(ids.map((id) => removeById(id)));
  return ids.length;
}

/**
 * Makes this process (jest's, in its global setup) the owner of every container the run starts,
 * here or in its workers, and removes them all if it is interrupted (SIGINT, SIGTERM, SIGHUP) or
 * exits before its teardown did. A jest worker cannot hook signals itself: its `process` is a copy.
 */
export function guardRunContainers(): void {
  const owner = `${os.hostname()}:${process.pid}`;
  process.env['NRM_TEST_CONTAINER_OWNER'] = owner;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      // Remove the run's containers, then let the signal do what it would have done.
      const force = setTimeout(() => process.exit(130), 20_000);
      void removeRunContainers()
        .catch(() => undefined)
        .finally(() => {
          clearTimeout(force);
          process.kill(process.pid, signal);
        });
    });
  }
  // Last resort, synchronous (an exit cannot wait): through the docker CLI, if there is one.
  process.once('exit', () => {
    const listed = spawnSync(
      'docker',
      ['ps', '--all', '--quiet', '--filter', `label=${OWNER_LABEL}=${owner}`],
      {
        encoding: 'utf8',
        timeout: 10_000,
      },
    );
    const ids = (listed.stdout ?? '').split(/\s+/).filter(Boolean);
    if (ids.length > 0)
      spawnSync('docker', ['rm', '--force', '--volumes', ...ids], { stdio: 'ignore', timeout: 20_000 });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes containers left by test runs of this machine whose owner is gone (killed before it could
 * clean up: kill -9); returns how many.
 */
export async function reapLeftContainers(): Promise<number> {
  const left = (await ourContainers()).filter(({ owner }) => {
    const [host, pid] = owner.split(':');
    return host === os.hostname() && Number(pid) > 0 && !isAlive(Number(pid));
  });
  await Promise.all(left.map(({ id }) => removeById(id)));
  return left.length;
}

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

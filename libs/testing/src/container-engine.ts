import { spawnSync } from 'node:child_process';
import os from 'node:os';

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
export const OWNER_LABEL = 'org.nrm.test-container.owner';
export const READY_TIMEOUT_MS = 120_000;

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

export async function testcontainers(): Promise<typeof import('testcontainers')> {
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
export function currentOwner(): string {
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
export function dockerode(client: Client): Dockerode {
  return (client.container as unknown as { dockerode: Dockerode }).dockerode;
}

/** Our containers, running or stopped, with their owners. */
async function ourContainers(): Promise<{ id: string; owner: string }[]> {
  const { getContainerRuntimeClient } = await testcontainers();
  const client = await getContainerRuntimeClient();
  const found = await dockerode(client).listContainers({ all: true, filters: { label: [OWNER_LABEL] } });
  return found.map((info) => ({ id: info.Id, owner: info.Labels[OWNER_LABEL] ?? '' }));
}

export async function removeById(id: string): Promise<void> {
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

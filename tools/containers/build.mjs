// `npm run containers:build [-- --only kafka,postgres,intake] [--bases auto|public|local]` builds the
// platform's images: nrm/kafka and nrm/postgres first (the container tests need them), then
// nrm/platform (every service: the deployment step) and nrm/<service> for each service, tagged with the
// version of package.json and latest. Each Dockerfile takes its base image as a build argument: the public
// one (node:24-bookworm-slim, eclipse-temurin:17-jre, postgres:15) when it is here or can be pulled, else
// the local one made from Debian's packages by tools/containers/make-bases.sh (--bases local forces
// those). Prints a table of the images and their sizes at the end; build logs go to .local/containers/.
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { kafkaVersion, resolveKafkaClasspath } from '../kafka/kafka-broker.mjs';
import { PACKAGE, ROOT, SERVICES, imageExists, imageSize, megabytes, requireEngine, run } from './engine.mjs';

const LOG_DIR = path.join(ROOT, '.local', 'containers');

/** Each base: the public image, the local one of make-bases.sh, and the recipe's name for it. */
export const BASES = {
  node: { arg: 'NODE_IMAGE', public: 'node:24-bookworm-slim', local: 'nrm-base/node:24-bookworm-slim' },
  jre: { arg: 'JRE_IMAGE', public: 'eclipse-temurin:17-jre', local: 'nrm-base/jre:17-bookworm' },
  postgres: { arg: 'POSTGRES_IMAGE', public: 'postgres:15', local: 'nrm-base/postgres:15-bookworm' },
};

/** Every image this script builds, in build order. */
export function imageTargets() {
  const version = PACKAGE.version;
  const node = (service) => ({
    key: service ?? 'platform',
    base: 'node',
    dockerfile: 'deploy/docker/Dockerfile',
    tags: [`nrm/${service ?? 'platform'}:${version}`, `nrm/${service ?? 'platform'}:latest`],
    args: { ...(service ? { SERVICE: service } : {}), VERSION: version },
    labels: {
      'org.opencontainers.image.title': `nrm/${service ?? 'platform'}`,
      'org.opencontainers.image.description': service
        ? `National referral platform for victims of human trafficking: the ${service} service`
        : 'National referral platform for victims of human trafficking: every service, for the deployment step',
    },
  });
  return [
    {
      key: 'kafka',
      base: 'jre',
      dockerfile: 'deploy/docker/kafka/Dockerfile',
      tags: [`nrm/kafka:${kafkaVersion()}`],
      args: { KAFKA_VERSION: kafkaVersion() },
    },
    {
      key: 'postgres',
      base: 'postgres',
      dockerfile: 'deploy/docker/postgres/Dockerfile',
      tags: ['nrm/postgres:15'],
    },
    node(undefined),
    ...SERVICES.map(node),
  ];
}

function parseArgs(argv) {
  const opts = { only: undefined, bases: process.env.NRM_BASES ?? 'auto', quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--only') opts.only = value().split(',').filter(Boolean);
    else if (flag === '--bases') opts.bases = value();
    else
      throw new Error(
        `unknown argument ${argv[i]}; usage: build.mjs [--only a,b] [--bases auto|public|local]`,
      );
  }
  if (!['auto', 'public', 'local'].includes(opts.bases)) throw new Error('--bases is auto, public or local');
  return opts;
}

async function git(...args) {
  const { code, stdout } = await run('git', args);
  return code === 0 ? stdout.trim() : '';
}

/** The OCI labels' arguments: the commit (marked -dirty with uncommitted changes) and its time. */
async function labelArgs() {
  const head = await git('rev-parse', 'HEAD');
  const dirty = (await git('status', '--porcelain', '--untracked-files=no')) !== '';
  const repository = typeof PACKAGE.repository === 'string' ? PACKAGE.repository : PACKAGE.repository?.url;
  return {
    REVISION: head ? `${head}${dirty ? '-dirty' : ''}` : 'unknown',
    CREATED: (await git('log', '-1', '--format=%cI')) || new Date().toISOString(),
    SOURCE: process.env.NRM_IMAGE_SOURCE ?? repository ?? (await git('config', '--get', 'remote.origin.url')),
    LICENSES: PACKAGE.license ?? 'NOASSERTION',
  };
}

/** Picks each needed base: public when present or pullable (unless --bases local), else local. */
async function chooseBases(needed, mode) {
  const chosen = {};
  const missing = [];
  for (const name of needed) {
    const base = BASES[name];
    if (mode === 'local') chosen[name] = base.local;
    else if (await imageExists(base.public)) chosen[name] = base.public;
    else {
      const pulled = await run('docker', ['pull', '-q', base.public], { timeoutMs: 120_000 });
      if (pulled.code === 0) chosen[name] = base.public;
      else if (mode === 'public') throw new Error(`cannot pull ${base.public}:\n${pulled.stderr.trim()}`);
      else {
        chosen[name] = base.local;
        missing.push(name);
      }
    }
  }
  if (missing.length) {
    console.log(
      `Base images ${missing.map((n) => BASES[n].public).join(', ')} are not here and cannot be pulled (no registry): ` +
        `building on ${missing.map((n) => BASES[n].local).join(', ')}, made from Debian packages by tools/containers/make-bases.sh.`,
    );
  }
  const local = needed.filter((n) => chosen[n] === BASES[n].local);
  const absent = [];
  for (const n of local) if (!(await imageExists(BASES[n].local))) absent.push(n);
  if (absent.length) {
    const started = Date.now();
    const recipe = path.join(ROOT, 'tools', 'containers', 'make-bases.sh');
    const made = await run(recipe, absent, { onOutput: (d) => process.stdout.write(d) });
    if (made.code !== 0) throw new Error(`tools/containers/make-bases.sh ${absent.join(' ')} failed`);
    console.log(`local bases made in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return chosen;
}

async function buildImage(target, baseImage, labels) {
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `build-${target.key}.log`);
  const log = createWriteStream(logFile);
  const args = { [BASES[target.base].arg]: baseImage, ...labels, ...target.args };
  const started = Date.now();
  const { code } = await run(
    'docker',
    [
      'build',
      '--network',
      'host',
      '-f',
      target.dockerfile,
      ...target.tags.flatMap((t) => ['-t', t]),
      ...Object.entries(args).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
      ...Object.entries(target.labels ?? {}).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
      '.',
    ],
    { onOutput: (d) => log.write(d) },
  );
  await new Promise((resolve) => log.end(resolve));
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (code !== 0) {
    const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-25).join('\n');
    throw new Error(
      `docker build of ${target.tags[0]} failed (${seconds} s); the end of ${logFile}:\n${tail}`,
    );
  }
  console.log(`built ${target.tags.join(', ')} on ${baseImage} in ${seconds} s`);
}

/**
 * The build stage trusts the CA certificates of NRM_BUILD_CA_FILE, else NODE_EXTRA_CA_CERTS (as npm on this
 * machine does), for the npm registry: copied to .local/containers/build-ca.pem, which the context admits.
 */
function stageBuildCa() {
  const file = path.join(LOG_DIR, 'build-ca.pem');
  const source = process.env.NRM_BUILD_CA_FILE ?? process.env.NODE_EXTRA_CA_CERTS;
  mkdirSync(LOG_DIR, { recursive: true });
  if (source && existsSync(source)) {
    copyFileSync(source, file);
    console.log(`the build stage trusts the CA certificates of ${source} for the npm registry`);
  } else rmSync(file, { force: true });
}

export async function buildImages({ only, bases = 'auto' } = {}) {
  const engine = await requireEngine();
  const known = imageTargets();
  const unknown = (only ?? []).filter((k) => !known.some((t) => t.key === k));
  if (unknown.length)
    throw new Error(`no image ${unknown.join(', ')}; images: ${known.map((t) => t.key).join(', ')}`);
  const targets = only ? known.filter((t) => only.includes(t.key)) : known;
  console.log(`Docker engine ${engine}; building ${targets.map((t) => t.key).join(', ')}`);
  const chosen = await chooseBases([...new Set(targets.map((t) => t.base))], bases);
  if (targets.some((t) => t.key === 'kafka')) {
    await resolveKafkaClasspath({ log: console.log });
  }
  const labels = await labelArgs();
  if (targets.some((t) => t.base === 'node')) stageBuildCa();
  const infra = targets.filter((t) => t.base !== 'node');
  for (const target of infra) await buildImage(target, chosen[target.base], labels);
  if (infra.length) console.log(`${infra.map((t) => t.tags[0]).join(' and ')} ready`);
  // The first service image builds the shared stage and layers; the others then differ in their last
  // steps only, which run NRM_BUILD_PARALLEL (2) at a time: on vfs each step is a copy the engine makes
  // on one core.
  const [first, ...rest] = targets.filter((t) => t.base === 'node');
  if (first) await buildImage(first, chosen.node, labels);
  const parallel = Math.max(1, Number(process.env.NRM_BUILD_PARALLEL ?? 2));
  const queue = [...rest];
  await Promise.all(
    Array.from({ length: Math.min(parallel, queue.length) }, async () => {
      while (queue.length) await buildImage(queue.shift(), chosen.node, labels);
    }),
  );
  // Rebuilding leaves the previous images untagged.
  await run('docker', ['image', 'prune', '-f']);
  const rows = [];
  for (const image of [...new Set([...targets.map((t) => t.tags[0]), ...Object.values(chosen)])]) {
    rows.push([image, megabytes(await imageSize(image))]);
  }
  const width = Math.max(...rows.map(([name]) => name.length), 'image'.length);
  console.log(`\n${'image'.padEnd(width)}  size`);
  for (const [name, size] of rows) console.log(`${name.padEnd(width)}  ${size.padStart(6)}`);
  return { chosen, targets };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildImages(parseArgs(process.argv.slice(2)));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

/**
 * The services' part of the compose files, from the service registry: docker-compose.yml (a container per
 * service from its image, with its port, schema, Kafka user and env files), docker-compose.override.yml
 * (the gateway published) and deploy/docker/compose.host.yml (host networking, each on its port + 50000).
 */
import { ServiceRegistry, calledServices, serviceVariablePart } from '@nrm/contracts';
import type { ServiceName } from '@nrm/contracts';
import type { ServiceRegistration } from '@nrm/contracts';

const gateway = ServiceRegistry.find((s) => s.name === 'gateway') as ServiceRegistration;
const services = ServiceRegistry.filter((s) => s.name !== 'gateway');
const upstreams = ServiceRegistry.filter((s) => s.upstreamUrlVariable);
/** With host networking each service listens on its own port plus 50000, NRM_<SERVICE>_PORT to change it. */
const hostPort = (s: ServiceRegistration) => `\${NRM_${serviceVariablePart(s.name)}_PORT:-${50000 + s.port}}`;

function image(s: ServiceRegistration): string[] {
  return [
    `  ${s.name}:`,
    `    image: nrm/${s.name}:\${NRM_VERSION:-latest}`,
    '    build:',
    '      <<: *node-build',
    `      args: { <<: *node-build-args, SERVICE: ${s.name} }`,
    '    <<: *service',
  ];
}

function container(s: ServiceRegistration): string[] {
  if (!s.data)
    return [
      ...image(s),
      '    env_file: [deploy/docker/dev.env]',
      '    environment:',
      `      PORT: ${s.port}`,
    ];
  return [
    ...image(s),
    '    depends_on: *data-service-deps',
    `    env_file: [deploy/docker/dev.env, deploy/docker/dev-${s.data.kafkaPrincipal}.env]`,
    '    environment:',
    '      <<: *data-service-env',
    `      PORT: ${s.port}`,
    `      DB_SCHEMA: ${s.data.schema}`,
    `      KAFKA_SASL_USERNAME: ${s.data.kafkaPrincipal}`,
    ...calledServices(s.name as ServiceName).map(
      (u) => `      ${u.upstreamUrlVariable}: http://${u.name}:${u.port}`,
    ),
  ];
}

/** docker-compose.yml: every service, the gateway last, after the services it calls are healthy. */
export function renderComposeServices(): string {
  const blocks = services.map((s) => container(s).join('\n'));
  blocks.push(
    [
      ...image(gateway),
      '    depends_on:',
      ...upstreams.map((s) => `      ${s.name}: { condition: service_healthy }`),
      '    env_file: [deploy/docker/dev.env]',
      '    environment:',
      `      PORT: ${gateway.port}`,
      ...upstreams.map((s) => `      ${s.upstreamUrlVariable}: http://${s.name}:${s.port}`),
    ].join('\n'),
  );
  return blocks.join('\n\n');
}

/** docker-compose.override.yml: the gateway's port published on the host. */
export function renderComposeOverride(): string {
  return ['  gateway:', `    ports: ['\${NRM_GATEWAY_PUBLISH:-${gateway.port}}:${gateway.port}']`].join('\n');
}

/** deploy/docker/compose.host.yml: every container on the host's network, on loopback, on its own port. */
export function renderComposeHostServices(): string {
  const lines = services.flatMap((s) => {
    const calls = calledServices(s.name as ServiceName).map(
      (u) => `${u.upstreamUrlVariable}: 'http://127.0.0.1:${hostPort(u)}'`,
    );
    const base = `${s.data ? '<<: *host-service-env' : 'HOST: 127.0.0.1'}, PORT: '${hostPort(s)}'`;
    return [`  ${s.name}:`, '    network_mode: host', `    environment: { ${[base, ...calls].join(', ')} }`];
  });
  return [
    ...lines,
    '',
    '  gateway:',
    '    network_mode: host',
    '    environment:',
    '      HOST: 127.0.0.1',
    `      PORT: ${hostPort(gateway)}`,
    ...upstreams.map((s) => `      ${s.upstreamUrlVariable}: http://127.0.0.1:${hostPort(s)}`),
  ].join('\n');
}

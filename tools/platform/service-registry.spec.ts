import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ServiceRegistry } from '@nrm/contracts';
import { SERVICES, serviceEnvironment } from './launcher';
import type { DevSecrets } from './launcher';

const ROOT = path.resolve(__dirname, '..', '..');

describe('the service registry as the tools and the workspace read it', () => {
  it('has an app for each service, tagged with its scope, and no app it lacks', () => {
    // The console is the one app that is not a service: the gateway serves its files.
    const apps = readdirSync(path.join(ROOT, 'apps'))
      .filter((app) => app !== 'console')
      .sort();
    expect(apps).toEqual(ServiceRegistry.map((s) => s.name).sort());
    for (const { name } of ServiceRegistry) {
      const project = JSON.parse(readFileSync(path.join(ROOT, 'apps', name, 'project.json'), 'utf8'));
      expect({ name, tags: project.tags }).toEqual({ name, tags: ['type:app', `scope:${name}`] });
    }
  });

  it('gives each service its port, keys, schema and principal, and the gateway every upstream', () => {
    const secrets: DevSecrets = {
      jwtPrivateKey: 'private',
      jwtPublicKey: 'public',
      jwtIssuer: 'issuer',
      jwtAudience: 'audience',
      serviceKeys: Object.fromEntries(
        ServiceRegistry.flatMap((s) => s.keys.map((k) => [k.variable, `${k.variable}-value`])),
      ),
    };
    const credentials = Object.fromEntries(ServiceRegistry.map((s) => [s.data?.kafkaPrincipal, 'password']));
    const options = {
      databaseUrl: 'postgres://db/nrm',
      brokers: '127.0.0.1:9092',
      basePort: 4000,
      logDir: '/tmp',
      secrets,
      kafkaAccess: { saslBrokers: '127.0.0.1:9094', mechanism: 'scram-sha-512' as const, credentials },
    };
    expect(SERVICES.map((s) => s.name)).toEqual([
      ...ServiceRegistry.filter((s) => s.name !== 'gateway').map((s) => s.name),
      'gateway',
    ]);
    for (const s of ServiceRegistry) {
      const env = serviceEnvironment(s.name, options);
      expect(env['PORT']).toBe(String(s.port + 1000));
      for (const k of s.keys) expect(env[k.variable]).toBe(`${k.variable}-value`);
      expect(env['DB_SCHEMA']).toBe(s.data?.schema);
      expect(env['KAFKA_SASL_USERNAME']).toBe(s.data?.kafkaPrincipal);
    }
    const gateway = serviceEnvironment('gateway', options);
    for (const s of ServiceRegistry.filter((s) => s.upstreamUrlVariable)) {
      expect(gateway[s.upstreamUrlVariable ?? '']).toBe(`http://127.0.0.1:${s.port + 1000}`);
    }
  });
});

import { ServiceRegistry, UpstreamServiceNames } from '@nrm/contracts';
import { ConfigError, loadConfig } from '@nrm/service-kit';
import { GatewayConfig } from './gateway.config';

const JWT_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----\n${'A'.repeat(120)}\n-----END PUBLIC KEY-----`;
const urls = Object.fromEntries(
  ServiceRegistry.flatMap((s) =>
    s.upstreamUrlVariable ? [[s.upstreamUrlVariable, `http://${s.name}:${s.port}`]] : [],
  ),
);

describe("the gateway's configuration", () => {
  it("reads each upstream's base URL from its variable in the service registry", () => {
    const config = loadConfig(GatewayConfig, { JWT_PUBLIC_KEY, ...urls });
    expect(config.PORT).toBe(3000);
    for (const service of UpstreamServiceNames) {
      expect(config.upstreamUrl(service)).toBe(urls[`${service.toUpperCase().replace(/-/g, '_')}_URL`]);
    }
  });

  it('names each missing or malformed upstream URL', () => {
    const error = (() => {
      try {
        loadConfig(GatewayConfig, { JWT_PUBLIC_KEY, ...urls, INTAKE_URL: 'intake:3001', ANALYTICS_URL: '' });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'INTAKE_URL is invalid: must be a base URL such as http://127.0.0.1:3001',
      'ANALYTICS_URL is missing: must be a base URL such as http://127.0.0.1:3001',
    ]);
  });
});

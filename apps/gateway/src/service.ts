import { SwaggerModule } from '@nestjs/swagger';
import type { Actor } from '@nrm/security';
import type { ServiceDefinition } from '@nrm/service-kit';
import { GatewayConfig } from './gateway.config';
import { GatewayModule } from './gateway.module';
import { SecurityAlerts } from './auth/security-alerts';
import { installSecurityHeaders } from './security-headers';
import { openApiDocument } from './openapi/openapi-document';
import { consoleSecurityPolicy, installConsole } from './console/console-host';
import { LOGGER } from '@nrm/service-kit';
import type { Logger } from '@nrm/observability';

/** The gateway service: what `main.js` runs alone and the single-process platform runs beside the others. */
export const service: ServiceDefinition<GatewayConfig> = {
  name: 'gateway',
  configClass: GatewayConfig,
  appModule: GatewayModule,
  relaysRequestBodies: true,
  configure: async (app, config) => {
    installSecurityHeaders(app, consoleSecurityPolicy(config));
    // Every refused request counts towards a security alert for its user or client address.
    const alerts = app.get(SecurityAlerts);
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onResponse', (request, reply, done) => {
        if (reply.statusCode === 401 || reply.statusCode === 403) {
          void alerts.refused(reply.statusCode, (request as { actor?: Actor }).actor, request.ip);
        }
        done();
      });
    const document = openApiDocument(app);
    SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json' });
    await installConsole(app, config, app.get<Logger>(LOGGER));
  },
};

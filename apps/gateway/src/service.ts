import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AccessPurposes } from '@nrm/contracts';
import type { Actor } from '@nrm/security';
import type { ServiceDefinition } from '@nrm/service-kit';
import { GatewayConfig } from './gateway.config';
import { GatewayModule } from './gateway.module';
import { addAllowedRoles } from './auth/authorization-table';
import { SecurityAlerts } from './auth/security-alerts';
import { installSecurityHeaders } from './security-headers';

/** The gateway service: what `main.js` runs alone and the single-process platform runs beside the others. */
export const service: ServiceDefinition<GatewayConfig> = {
  name: 'gateway',
  configClass: GatewayConfig,
  appModule: GatewayModule,
  relaysRequestBodies: true,
  configure: (app) => {
    installSecurityHeaders(app);
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
    const document = SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('National Referral Mechanism API')
        .setDescription(
          'Refer presumed victims of trafficking, follow their cases and read agency notifications. ' +
            'Every error is RFC 9457 problem+json.',
        )
        .setVersion('1')
        .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
        .addGlobalParameters({
          name: 'X-Access-Purpose',
          in: 'header',
          required: false,
          description:
            "Why the user reads or changes case data, recorded in every service's audit log; without it, " +
            "the purpose of the user's role",
          schema: { type: 'string', enum: [...AccessPurposes] },
        })
        .build(),
    );
    addAllowedRoles(document);
    SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json' });
  },
};

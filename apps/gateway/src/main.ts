import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { runService } from '@nrm/service-kit';
import { GatewayConfig } from './gateway.config';
import { GatewayModule } from './gateway.module';
import { addAllowedRoles } from './auth/authorization-table';
import { installSecurityHeaders } from './security-headers';

void runService({
  name: 'gateway',
  configClass: GatewayConfig,
  appModule: GatewayModule,
  configure: (app) => {
    installSecurityHeaders(app);
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
        .build(),
    );
    addAllowedRoles(document);
    SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json' });
  },
});

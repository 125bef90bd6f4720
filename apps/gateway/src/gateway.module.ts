import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessTokenVerifier } from '@nrm/security';
import type { AllowedAlgorithm } from '@nrm/security';
import { SERVICE_CONFIG } from '@nrm/service-kit';
import { AccessTokenGuard } from './auth/access-token.guard';
import { RequestQuota } from './auth/request-quota';
import { RefusalAudit } from './auth/refusal-audit';
import { SecurityAlerts } from './auth/security-alerts';
import type { GatewayConfig } from './gateway.config';
import { gatewayControllers } from './routes/gateway-controllers';
import { ServiceClient } from './upstream/service-client';

@Module({
  // The routes the gateway relays as they are, from the route table; then those it answers itself.
  controllers: gatewayControllers,
  providers: [
    ServiceClient,
    RequestQuota,
    SecurityAlerts,
    RefusalAudit,
    {
      provide: AccessTokenVerifier,
      inject: [SERVICE_CONFIG],
      useFactory: (config: GatewayConfig) => {
        const settings = {
          issuer: config.JWT_ISSUER,
          audience: config.JWT_AUDIENCE,
          clockToleranceSeconds: config.JWT_CLOCK_TOLERANCE_S,
        };
        const algorithms = config.JWT_ALGORITHMS.split(',') as AllowedAlgorithm[];
        return config.JWT_JWKS_URL
          ? AccessTokenVerifier.fromJwksUrl(config.JWT_JWKS_URL, settings, { algorithms })
          : AccessTokenVerifier.fromPublicKeyPem(
              config.JWT_PUBLIC_KEY!.replace(/\\n/g, '\n'),
              settings,
              algorithms[0],
            );
      },
    },
    { provide: APP_GUARD, useClass: AccessTokenGuard },
  ],
})
export class GatewayModule {}

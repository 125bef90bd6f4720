import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Headers on every API answer: nothing cached, sniffed, framed or referred (OWASP secure headers). */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'cross-origin-resource-policy': 'same-origin',
};

export function installSecurityHeaders(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply, payload) => {
      // The API documentation page runs its own scripts; everything else is data.
      if (!request.url.startsWith('/api/docs')) {
        for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) void reply.header(name, value);
      }
      return payload;
    });
}

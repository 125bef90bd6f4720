import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { isConsolePath } from './console/console-host';

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

/**
 * The API's headers on every answer. The API documentation page runs its own scripts; the console's
 * pages and files get `consolePolicy` (its own scripts, styles and API) in place of the API's.
 */
export function installSecurityHeaders(app: NestFastifyApplication, consolePolicy: string): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply, payload) => {
      if (request.url.startsWith('/api/docs')) return payload;
      for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) void reply.header(name, value);
      if (isConsolePath(request.url)) void reply.header('content-security-policy', consolePolicy);
      return payload;
    });
}

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mintAccessToken } from '@nrm/security';
import type { Actor } from '@nrm/security';
import type { Logger } from '@nrm/observability';
import { MAX_PATH_SEGMENT_LENGTH, PROBLEM_CONTENT_TYPE, unreadableUrlProblem } from '@nrm/service-kit';
import type { GatewayConfig } from '../gateway.config';

/** Paths of the API and the platform; everything else that is a page of the console gets its index.html. */
const NOT_CONSOLE = /^\/(api|internal|health|metrics|dev|console-config)(\/|$|\?)/;

/** How the console signs users in, as `/console-config.json` tells it. */
export type ConsoleSignIn =
  { signIn: 'development' } | { signIn: 'oidc'; authority: string; clientId: string } | { signIn: 'none' };

export function consoleSignIn(config: GatewayConfig): ConsoleSignIn {
  if (config.CONSOLE_OIDC_AUTHORITY && config.CONSOLE_OIDC_CLIENT_ID) {
    return {
      signIn: 'oidc',
      authority: config.CONSOLE_OIDC_AUTHORITY,
      clientId: config.CONSOLE_OIDC_CLIENT_ID,
    };
  }
  return config.DEV_SIGN_IN_KEY ? { signIn: 'development' } : { signIn: 'none' };
}

/** The console's own policy: its scripts and styles only, the API of this origin and the issuer's. */
export function consoleSecurityPolicy(config: GatewayConfig): string {
  const issuer = config.CONSOLE_OIDC_AUTHORITY ? ` ${new URL(config.CONSOLE_OIDC_AUTHORITY).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' blob: data:",
    `connect-src 'self'${issuer}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

export function isConsolePath(url: string): boolean {
  return !NOT_CONSOLE.test(url) && !url.startsWith('/api/docs');
}

/** A seeded user as seeds/users.json lists it. */
interface SeededUser {
  id: string;
  agencyId: Actor['agencyId'];
  role: Actor['role'];
  displayName: string;
}

/**
 * Serves the console (`CONSOLE_DIR`) at `/`, its sign-in settings at `/console-config.json` and, in
 * development only (`DEV_SIGN_IN_KEY`), the development issuer's users and tokens under `/dev/sign-in`.
 */
export async function installConsole(
  app: NestFastifyApplication,
  config: GatewayConfig,
  logger: Pick<Logger, 'warn' | 'info'>,
): Promise<void> {
  const server = app.getHttpAdapter().getInstance();
  server.get('/console-config.json', async (_request, reply) => reply.send(consoleSignIn(config)));
  if (config.DEV_SIGN_IN_KEY && config.DEV_SIGN_IN_USERS_FILE) installDevelopmentSignIn(app, config, logger);
  const root = config.CONSOLE_DIR && path.resolve(config.CONSOLE_DIR);
  if (!root || !existsSync(path.join(root, 'index.html'))) {
    if (root) logger.warn({ dir: root }, 'no console at CONSOLE_DIR: run npm run build first');
    return;
  }
  await app.register(fastifyStatic as never, { root, prefix: '/', wildcard: false, index: ['index.html'] });
  const index = readFileSync(path.join(root, 'index.html'));
  // A page of the console opened by its address (`/screenings/...`) is the app, which routes itself.
  // Any other path this catch-all receives gets what it would without it: an API route's segment too
  // long to route is a 414 (the router would have refused it), anything else the API's 404 problem.
  server.get('/*', (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    if (isConsolePath(pathname) && !path.extname(pathname)) {
      return reply.type('text/html; charset=utf-8').send(index);
    }
    if (pathname.split('/').some((segment) => segment.length > MAX_PATH_SEGMENT_LENGTH)) {
      const problem = unreadableUrlProblem(true);
      return reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
    }
    return reply.callNotFound();
  });
}

function installDevelopmentSignIn(
  app: NestFastifyApplication,
  config: GatewayConfig,
  logger: Pick<Logger, 'warn'>,
): void {
  const users = JSON.parse(readFileSync(config.DEV_SIGN_IN_USERS_FILE!, 'utf8')) as SeededUser[];
  const key = config.DEV_SIGN_IN_KEY!.replace(/\\n/g, '\n');
  logger.warn(
    { users: users.length },
    'development sign-in is on: anyone who reaches this gateway can sign in as any seeded user',
  );
  const server = app.getHttpAdapter().getInstance();
  server.get('/dev/sign-in/users', async (_request, reply) =>
    reply.send(
      users.map(({ id, agencyId, role, displayName }) => ({ userId: id, agencyId, role, displayName })),
    ),
  );
  server.post('/dev/sign-in/token', async (request, reply) => {
    const { userId } = (request.body ?? {}) as { userId?: unknown };
    const user = users.find((u) => u.id === userId);
    if (!user) {
      return reply
        .status(400)
        .type('application/problem+json')
        .send({
          type: '/problems/validation-error',
          title: 'The request is not valid',
          status: 400,
          errors: [{ field: 'userId', message: 'userId must be one of the seeded users' }],
        });
    }
    const accessToken = await mintAccessToken(
      key,
      { userId: user.id, agencyId: user.agencyId, role: user.role },
      { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE },
      '1h',
    );
    return reply.send({ accessToken, expiresIn: 3600 });
  });
}

import { createParamDecorator } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import type { Actor } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import type { AuthenticatedRequest } from './access-token.guard';

/** The authenticated caller, set by AccessTokenGuard. */
export const AuthenticatedActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new ProblemException('unauthenticated');
  return actor;
});

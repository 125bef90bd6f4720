import { IsObject, IsOptional, IsUUID, Matches } from 'class-validator';

/**
 * Internal: a request the gateway refused for its role before relaying it, reported to the service
 * that owns the route so that its tamper-evident audit log holds every denied access. The actor is
 * the refused user.
 */
export class GatewayRefusalReport {
  /** The route as the gateway matched it, e.g. `GET /api/v1/protection/cases/:caseId`. */
  @Matches(/^(GET|POST|PUT|PATCH|DELETE) \/api\/v1\/[A-Za-z0-9/:._-]{0,200}$/)
  route!: string;

  @IsOptional()
  @IsUUID()
  caseId?: string;

  /** The other ids in the path (`investigationId`, `hearingId`...), never a body. */
  @IsOptional()
  @IsObject()
  ids?: Record<string, string>;
}

import { Inject, Injectable } from '@nestjs/common';
import { currentCorrelation, inSpan, traceHeaders } from '@nrm/observability';
import type { Logger } from '@nrm/observability';
import type { Actor } from '@nrm/security';
import { UpstreamServiceNames } from '@nrm/contracts';
import type { UpstreamServiceName } from '@nrm/contracts';
import {
  ActorHeaders,
  PROBLEM_CONTENT_TYPE,
  ProblemException,
  RelayedProblemException,
  LOGGER,
  SERVICE_CONFIG,
  actorHeaders,
} from '@nrm/service-kit';
import type { ProblemDocument } from '@nrm/service-kit';
import type { GatewayConfig } from '../gateway.config';

/** A service the gateway calls (the service registry's upstreams). */
export type UpstreamService = UpstreamServiceName;

export interface UpstreamResponse<T> {
  status: number;
  body: T | undefined;
  /** The body as sent, for answers that are not JSON (CSV, SVG). */
  text: string;
  contentType: string;
}

/**
 * The gateway's only way to reach a service: internal HTTP with the authenticated actor and the
 * correlation id. A service's 4xx problem is passed through; anything else becomes a 503 problem.
 */
@Injectable()
export class ServiceClient {
  private readonly baseUrls: Record<UpstreamService, string>;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: GatewayConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.baseUrls = Object.fromEntries(
      UpstreamServiceNames.map((service) => [service, config.upstreamUrl(service)]),
    ) as Record<UpstreamService, string>;
  }

  /** Calls a service; 404 comes back as `{ status: 404 }` when `allowNotFound`, other 4xx are relayed. */
  async call<T>(
    service: UpstreamService,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    actor: Actor,
    options: { body?: unknown; allowNotFound?: boolean } = {},
  ): Promise<UpstreamResponse<T>> {
    let response: Response;
    try {
      response = await inSpan(`${method} ${service}`, 'client', { 'server.service': service }, () =>
        fetch(`${this.baseUrls[service]}${path}`, {
          method,
          headers: {
            ...actorHeaders(actor),
            ...traceHeaders(),
            [ActorHeaders.correlationId]: currentCorrelation()?.correlationId ?? '',
            ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: options.body === undefined ? undefined : JSON.stringify(options.body),
          signal: AbortSignal.timeout(this.config.UPSTREAM_TIMEOUT_MS),
        }),
      );
    } catch {
      this.logger.warn({ upstream: service }, 'upstream service unreachable');
      throw new ProblemException('upstreamUnavailable', `the ${service} service is not reachable`);
    }
    const text = await response.text();
    const isJson = /json/.test(response.headers.get('content-type') ?? '');
    const body = isJson && text ? (JSON.parse(text) as T) : undefined;
    const contentType = response.headers.get('content-type') ?? '';
    if (response.status === 404 && options.allowNotFound)
      return { status: 404, body: undefined, text, contentType };
    if (response.status >= 400 && response.status < 500) {
      if (contentType.startsWith(PROBLEM_CONTENT_TYPE) && body) {
        const { correlationId: _c, instance: _i, ...problem } = body as unknown as ProblemDocument;
        throw new RelayedProblemException(problem as ProblemDocument);
      }
      throw new ProblemException('badRequest', `the ${service} service refused the request`);
    }
    if (response.status >= 500) {
      this.logger.warn({ upstream: service, status: response.status }, 'upstream service failed');
      throw new ProblemException(
        'upstreamUnavailable',
        `the ${service} service could not complete the request`,
      );
    }
    return { status: response.status, body, text, contentType };
  }
}

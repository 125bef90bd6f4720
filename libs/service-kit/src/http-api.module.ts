import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE, HttpAdapterHost } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import {
  PlatformMetrics,
  beginSpan,
  enterCorrelation,
  extractTraceContext,
  markSpanFailed,
  withTraceContext,
} from '@nrm/observability';
import type { Logger, Span } from '@nrm/observability';
import { ActorHeaders } from './actor';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { ProblemFilter } from './problem.filter';
import { LOGGER } from './tokens';
import { createValidationPipe } from './validation';

/** Body size limit for every HTTP API: a referral is text, never a file. */
export const BODY_LIMIT_BYTES = 256 * 1024;

/** The longest path segment Fastify routes as a parameter (its `maxParamLength`). */
export const MAX_PATH_SEGMENT_LENGTH = 100;

/** The problem for a URL the router cannot read: a path segment too long (414), or malformed (400). */
export function unreadableUrlProblem(tooLong: boolean) {
  return {
    type: '/problems/bad-request',
    title: 'The request could not be read',
    status: tooLong ? 414 : 400,
    detail: tooLong ? 'a part of the path is too long' : 'the URL is not valid',
  };
}

/** The Fastify server of a service: JSON bodies up to the limit, and problems for unreadable URLs. */
export function createHttpAdapter(): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    // Errors Fastify finds before routing (a path segment too long, a malformed URL) are problems too.
    // The adapter's options carry their own copy of Fastify's generic reply type; only status, header
    // and send are used here.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    frameworkErrors: (error: { code?: string }, _request: unknown, reply: any) => {
      const problem = unreadableUrlProblem(error.code === 'FST_ERR_MAX_PARAM_LENGTH');
      void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
    },
    logger: false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PATH_SEGMENT_LENGTH },
  });
}

export interface HttpApiOptions {
  /** False for the gateway, which relays bodies to the service that validates them. */
  validateBodies: boolean;
}

/** Installed once the server exists: every request's correlation id, server span and duration metric. */
const HTTP_HOOKS = Symbol('HTTP_HOOKS');

/**
 * The HTTP conventions of every service: JSON only, a correlation id and a server span per request,
 * request durations in the metrics, every error as problem+json, and DTO validation.
 */
@Module({})
export class HttpApiModule {
  static forRoot({ validateBodies }: HttpApiOptions): DynamicModule {
    return {
      module: HttpApiModule,
      providers: [
        { provide: APP_FILTER, useFactory: (logger: Logger) => new ProblemFilter(logger), inject: [LOGGER] },
        { provide: APP_PIPE, useFactory: () => createValidationPipe({ bodies: validateBodies }) },
        {
          provide: HTTP_HOOKS,
          useFactory: (host: HttpAdapterHost, metrics: PlatformMetrics) =>
            installHttpHooks(host.httpAdapter.getInstance<FastifyInstance>(), metrics),
          inject: [HttpAdapterHost, PlatformMetrics],
        },
      ],
    };
  }
}

function installHttpHooks(fastify: FastifyInstance, metrics: PlatformMetrics): void {
  // Every API takes JSON only; other bodies get a 415 problem instead of reaching validation as text.
  fastify.removeContentTypeParser(['text/plain']);
  const spans = new WeakMap<object, Span>();
  fastify.addHook('onRequest', (request, reply, done) => {
    const given = request.headers[ActorHeaders.correlationId];
    const correlationId =
      typeof given === 'string' && /^[A-Za-z0-9._-]{8,100}$/.test(given) ? given : randomUUID();
    enterCorrelation({ correlationId });
    void reply.header(ActorHeaders.correlationId, correlationId);
    // A server span under the caller's trace context; the rest of the request runs inside it.
    const route = request.routeOptions.url ?? 'unmatched';
    const { span, context } = beginSpan(
      `${request.method} ${route}`,
      'server',
      { 'http.request.method': request.method, 'http.route': route },
      extractTraceContext(request.headers),
    );
    spans.set(request, span);
    // W3C Trace Context level 2: the caller learns the trace id to quote (support, logs, traces).
    const ids = span.spanContext();
    void reply.header('traceresponse', `00-${ids.traceId}-${ids.spanId}-0${ids.traceFlags & 1}`);
    withTraceContext(context, () => done());
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const span = spans.get(request);
    if (span) {
      span.setAttribute('http.response.status_code', reply.statusCode);
      markSpanFailed(span, reply.statusCode);
      span.end();
    }
    metrics.httpRequestDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
    done();
  });
}

import { Catch, HttpException } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { currentCorrelation, describeError } from '@nrm/observability';
import type { Logger } from '@nrm/observability';
import { PersonalDataErasedError } from '@nrm/security';
import {
  PROBLEM_CONTENT_TYPE,
  ProblemException,
  ProblemTypes,
  RelayedProblemException,
  problemForStatus,
} from './problem';
import type { ProblemDocument } from './problem';

/** Fastify's own client errors, by code, mapped to problems a client can act on. */
const FASTIFY_CLIENT_ERRORS: Record<string, ProblemDocument> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { ...ProblemTypes.unsupportedMediaType },
  FST_ERR_CTP_BODY_TOO_LARGE: { ...ProblemTypes.payloadTooLarge },
  FST_ERR_CTP_EMPTY_JSON_BODY: { ...ProblemTypes.badRequest, detail: 'the JSON body is empty' },
  FST_ERR_CTP_INVALID_JSON_BODY: { ...ProblemTypes.badRequest, detail: 'the body is not valid JSON' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { ...ProblemTypes.badRequest, detail: 'the content length is wrong' },
};

/** Turns every error into RFC 9457 problem+json; a 5xx never tells the client why. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const problem = toProblem(exception);
    // The route, not the URL: a path can carry what a client should not have sent, and errors never
    // repeat input.
    const route = request.routeOptions?.url;
    if (route) problem.instance = route;
    else delete problem.instance;
    const correlationId = currentCorrelation()?.correlationId;
    if (correlationId) problem.correlationId = correlationId;
    if (problem.status >= 500) {
      this.logger.error({ ...describeError(exception), status: problem.status }, 'request failed');
    }
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }
}

export function toProblem(exception: unknown): ProblemDocument {
  if (exception instanceof ProblemException || exception instanceof RelayedProblemException) {
    return { ...exception.problem };
  }
  if (exception instanceof PersonalDataErasedError) {
    return { ...ProblemTypes.gone, detail: 'its personal data can no longer be read or written' };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const base = problemForStatus(status);
    const response = exception.getResponse();
    const message =
      typeof response === 'object' && response && 'message' in response ? response.message : response;
    return { ...base, detail: status < 500 && typeof message === 'string' ? message : undefined };
  }
  const fastifyCode = (exception as { code?: unknown })?.code;
  if (typeof fastifyCode === 'string' && FASTIFY_CLIENT_ERRORS[fastifyCode]) {
    return { ...FASTIFY_CLIENT_ERRORS[fastifyCode] };
  }
  const statusCode = (exception as { statusCode?: unknown })?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    return { ...problemForStatus(statusCode) };
  }
  return { ...ProblemTypes.internal };
}

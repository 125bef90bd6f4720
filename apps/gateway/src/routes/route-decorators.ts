import { applyDecorators, Delete, Get, HttpCode, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import type { PipeTransform } from '@nestjs/common';
import {
  ApiBody,
  ApiExtraModels,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { Routes } from '@nrm/api-contracts';
import type { OperationId, PathParameter, RouteDefinition, RouteResponse } from '@nrm/api-contracts';

const METHODS = { GET: Get, POST: Post, PUT: Put, PATCH: Patch, DELETE: Delete } as const;

/** The pipe that reads a path parameter as its route declares it (text needs none). */
export function parameterPipe(kind: PathParameter | undefined): PipeTransform | undefined {
  if (kind === 'uuid4') return new ParseUUIDPipe({ version: '4' });
  if (kind === 'uuid') return new ParseUUIDPipe();
  return undefined;
}

/** The names of a path's parameters, in order: `/a/:caseId/b/:id` -> caseId, id. */
export function pathParameters(path: string): string[] {
  return [...path.matchAll(/:(\w+)/g)].map((m) => m[1] as string);
}

/** The Nest route and its OpenAPI operation, as the route table declares them. */
export function routeDecorators(operationId: string, route: RouteDefinition): MethodDecorator {
  const decorators: MethodDecorator[] = [
    METHODS[route.method](route.path),
    HttpCode(route.status),
    ApiOperation({ operationId, summary: route.summary, description: route.description }),
  ];
  for (const [name, kind] of Object.entries(route.params ?? {})) {
    if (typeof kind === 'object') decorators.push(ApiParam({ name, enum: [...kind.enum] }));
  }
  for (const { enum: values, ...query } of route.query ?? []) {
    // A number's example makes it an integer parameter (`year`); the rest are text.
    const type = typeof query.example === 'number' ? { type: Number } : {};
    decorators.push(ApiQuery(values ? { ...query, enum: [...values] } : { ...query, ...type }));
  }
  if (typeof route.body === 'function') {
    const examples = Object.entries(route.bodyExamples ?? {}).map(([name, value]) => [name, { value }]);
    decorators.push(
      ApiBody({ type: route.body, ...(examples.length ? { examples: Object.fromEntries(examples) } : {}) }),
    );
  } else if (route.body) {
    decorators.push(ApiBody({ schema: route.body.schema }));
  }
  for (const response of documentedResponses(route)) {
    if (response.mediaTypes?.length) {
      const { mediaTypes, type, isArray, ...rest } = response;
      // A JSON media type carries the answer's class; any other (CSV, SVG) is text.
      if (type) decorators.push(ApiExtraModels(type));
      const classSchema = type && (isArray ? { type: 'array', items: schemaOf(type) } : schemaOf(type));
      const content = Object.fromEntries(
        mediaTypes.map((media) => [
          media,
          { schema: classSchema && /[/+]json$/.test(media) ? classSchema : { type: 'string' } },
        ]),
      );
      decorators.push(ApiResponse({ ...rest, content }));
    } else {
      decorators.push(ApiResponse(response));
    }
  }
  return applyDecorators(...decorators);
}

function schemaOf(type: NonNullable<RouteResponse['type']>): { $ref: string } {
  return { $ref: getSchemaPath(type) };
}

const SUCCESS: Record<RouteDefinition['status'], string> = {
  200: 'OK',
  201: 'Created',
  204: 'Done; the answer has no body',
};

/**
 * The answers of a route: its success, what the route declares, then the problems the platform gives
 * on any route that takes such input (a malformed body or parameter, no token, a refused role, an
 * unknown or hidden object, a quota, a service not reachable). Problems are typed in the document by
 * `openApiDocument`.
 */
export function documentedResponses(route: RouteDefinition): RouteResponse[] {
  const declared = route.responses ?? [];
  const success = declared.find((r) => r.status === route.status) ?? { status: route.status };
  const takesInput =
    route.body !== undefined || (route.query ?? []).length > 0 || pathParameters(route.path).length > 0;
  const problems: RouteResponse[] = [
    ...(takesInput
      ? [{ status: 400, description: 'problem+json naming each invalid field or parameter' }]
      : []),
    { status: 401, description: 'no access token, or one that is invalid or expired' },
    { status: 403, description: 'the role or agency may not do this' },
    ...(pathParameters(route.path).length > 0
      ? [{ status: 404, description: 'no such object, or not one your agency is involved in' }]
      : []),
    { status: 429, description: 'too many requests from this user or agency; retry after `retry-after`' },
    { status: 503, description: 'a service needed for this request is not reachable; retry later' },
  ];
  const answers = new Map<number, RouteResponse>([
    [success.status, { description: SUCCESS[route.status], ...success }],
  ]);
  for (const answer of [...declared, ...problems]) {
    if (!answers.has(answer.status)) answers.set(answer.status, answer);
  }
  return [...answers.values()].sort((a, b) => a.status - b.status);
}

/** Binds a hand-written gateway handler to its entry in the route table. */
export function RouteOf(operationId: OperationId): MethodDecorator {
  return routeDecorators(operationId, Routes[operationId]);
}

import { applyDecorators, Delete, Get, HttpCode, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import type { PipeTransform } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { Routes } from '@nrm/api-contracts';
import type { OperationId, PathParameter, RouteDefinition } from '@nrm/api-contracts';

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
    decorators.push(ApiQuery(values ? { ...query, enum: [...values] } : query));
  }
  if (typeof route.body === 'function') {
    const examples = Object.entries(route.bodyExamples ?? {}).map(([name, value]) => [name, { value }]);
    decorators.push(
      ApiBody({ type: route.body, ...(examples.length ? { examples: Object.fromEntries(examples) } : {}) }),
    );
  } else if (route.body) {
    decorators.push(ApiBody({ schema: route.body.schema }));
  }
  for (const response of route.responses ?? []) decorators.push(ApiResponse(response));
  return applyDecorators(...decorators);
}

/** Binds a hand-written gateway handler to its entry in the route table. */
export function RouteOf(operationId: OperationId): MethodDecorator {
  return routeDecorators(operationId, Routes[operationId]);
}

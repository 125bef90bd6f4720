import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AccessPurposes } from '@nrm/contracts';
import { addAllowedRoles } from '../auth/authorization-table';
import { gatewayControllers } from '../routes/gateway-controllers';
import { ServiceClient } from '../upstream/service-client';

/** The public API's OpenAPI document, read from the gateway's controllers and the route table. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('National Referral Mechanism API')
      .setDescription(
        'Refer presumed victims of trafficking, follow their cases and read agency notifications. ' +
          'Every error is RFC 9457 problem+json.',
      )
      .setVersion('1')
      .setLicense('Proprietary: for the agencies of the referral mechanism', '/api/docs')
      .addServer('/', 'the gateway that serves this document')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .addGlobalParameters({
        name: 'X-Access-Purpose',
        in: 'header',
        required: false,
        description:
          "Why the user reads or changes case data, recorded in every service's audit log; without it, " +
          "the purpose of the user's role",
        schema: { type: 'string', enum: [...AccessPurposes] },
      })
      .build(),
  );
  addAllowedRoles(document);
  typeProblems(document);
  return document;
}

/** RFC 9457, as every service answers an error (docs/problems.md). */
const ProblemSchema = {
  type: 'object',
  description: 'An RFC 9457 problem: what is wrong, never a submitted value',
  required: ['type', 'title', 'status'],
  properties: {
    type: {
      type: 'string',
      description: 'the problem type, documented in docs/problems.md',
      example: '/problems/validation-error',
    },
    title: { type: 'string' },
    status: { type: 'integer', format: 'int32' },
    detail: { type: 'string' },
    instance: { type: 'string', description: 'the request path' },
    correlationId: { type: 'string', description: 'where the logs tell more' },
    errors: {
      type: 'array',
      description: 'one per invalid field of a validation problem',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: {
          field: { type: 'string', description: 'dotted path in the body: `person.dateOfBirth`' },
          message: { type: 'string' },
        },
      },
    },
  },
} as const;

/** Each error answer of each operation as `application/problem+json` of the `Problem` schema. */
function typeProblems(document: OpenAPIObject): void {
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Problem: ProblemSchema as never },
  };
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      for (const [status, response] of Object.entries(item[method]?.responses ?? {})) {
        if (Number(status) < 400 || !response || '$ref' in response) continue;
        response.content = {
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        };
      }
    }
  }
}

// The controllers' one dependency, never called: the document needs their metadata only.
@Module({ controllers: gatewayControllers, providers: [{ provide: ServiceClient, useValue: {} }] })
class GatewayRoutesModule {}

/**
 * The document as `docs/openapi.json` holds it, built without starting the gateway: Nest's preview
 * mode reads the controllers' metadata and instantiates nothing.
 */
export async function renderOpenApiJson(): Promise<string> {
  const app = await NestFactory.create(GatewayRoutesModule, new FastifyAdapter(), {
    preview: true,
    abortOnError: false,
    logger: false,
  });
  try {
    return `${JSON.stringify(openApiDocument(app), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

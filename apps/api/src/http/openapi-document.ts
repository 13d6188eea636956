import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, type OpenAPIObject, type OperationObject, type ReferenceObject, type ResponseObject, type SchemaObject, SwaggerModule } from '@nestjs/swagger';
import { EARLIEST_BUSINESS_DATE, FUTURE_HORIZON_YEARS } from '@xinfang/petition';
import { PUBLIC_KEY } from '../auth/roles.decorator.js';
import { sessionCookieName } from '../auth/session-cookie.js';
import { FIELD_ERROR_CODES, PROBLEM_CONTENT_TYPE } from './problem.js';

const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'An RFC 9457 problem document; some problems add members beside the standard ones (e.g. `stage` and `allowedNext`).',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', description: 'A URI reference naming the kind of problem, e.g. /problems/validation-failed' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string', description: 'The request path' },
    errors: { type: 'array', items: { $ref: '#/components/schemas/FieldError' }, description: 'What is wrong, field by field (400, 422)' },
  },
  additionalProperties: true,
};

const FIELD_ERROR_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['field', 'code', 'message'],
  properties: {
    field: { type: 'string', description: 'The field’s path in the request, e.g. petitioners[0].idNumber, or a query or path parameter' },
    code: { type: 'string', enum: [...FIELD_ERROR_CODES], description: 'Stable across releases, for clients and message catalogues' },
    message: { type: 'string', description: 'The problem in English, for people' },
  },
};

/** What any request may be answered, besides what its route declares. */
const EVERY_ROUTE: Readonly<Record<string, string>> = {
  '414': 'The URL is longer than URL_LIMIT_BYTES',
  '431': 'The headers are larger than HEADER_LIMIT_BYTES',
  default: 'Any other failure: 500, or 503 while the database does not answer',
};
const GUARDED_ROUTE: Readonly<Record<string, string>> = {
  '401': 'No valid bearer token or session',
  '403': 'The caller’s roles do not include one this route allows',
};

/**
 * The OpenAPI document of every route, with what holds for all of them stated once here rather
 * than on each controller: a request needs a bearer token or a session unless its route is
 * `@Public()` (`security: []`); every error is application/problem+json (the Problem schema);
 * every route may answer the request-limit and server errors, and a guarded one 401 and 403.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('xinfang')
      .setDescription(
        'Event-sourced case management for petition (信访) bureaus. Errors are application/problem+json (RFC 9457), worded in Chinese for Accept-Language: zh and in English otherwise. '
          + `Business dates are YYYY-MM-DD in Asia/Shanghai, none before ${EARLIEST_BUSINESS_DATE}; a date set ahead (a hearing date, a due, resolve-by, report-by or target date) `
          + `lies at most ${FUTURE_HORIZON_YEARS} years from today (422 naming the field otherwise).`,
      )
      .setVersion('1')
      .addServer('/', 'This service')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
      .addCookieAuth(sessionCookieName(true), { type: 'apiKey', in: 'cookie', name: sessionCookieName(true), description: `The workbench’s session (${sessionCookieName(false)} over plain HTTP in development); writes also need X-CSRF-Token` }, 'session')
      .addSecurityRequirements('bearer')
      .addSecurityRequirements('session')
      .build(),
  );
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA, FieldError: FIELD_ERROR_SCHEMA },
  };
  const publicOperations = publicOperationIds(app);
  for (const operations of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const) {
      const operation = operations[method];
      if (!operation) continue;
      const isPublic = operation.operationId !== undefined && publicOperations.has(operation.operationId);
      if (isPublic) operation.security = [];
      else delete operation.security; // the document's: a bearer token or a session
      addResponses(operation, isPublic ? EVERY_ROUTE : { ...GUARDED_ROUTE, ...EVERY_ROUTE });
      for (const [status, response] of Object.entries(operation.responses) as [string, ResponseObject | ReferenceObject][]) {
        if ((status === 'default' || /^[45]/.test(status)) && !('$ref' in response) && !response.content) {
          response.content = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } };
        }
      }
    }
  }
  return document;
}

function addResponses(operation: OperationObject, responses: Readonly<Record<string, string>>): void {
  for (const [status, description] of Object.entries(responses)) {
    operation.responses[status] ??= { description };
  }
}

/** Swagger names an operation `<Controller>_<method>`; a route is public as the AuthGuard reads it (the handler's mark, else its class's). */
function publicOperationIds(app: INestApplication): Set<string> {
  const ids = new Set<string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const mark = (Reflect.getMetadata(PUBLIC_KEY, handler) ?? Reflect.getMetadata(PUBLIC_KEY, metatype)) as boolean | undefined;
        if (mark) ids.add(`${metatype.name}_${name}`);
      }
    }
  }
  return ids;
}

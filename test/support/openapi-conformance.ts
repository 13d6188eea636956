import type { OpenAPIObject } from '@nestjs/swagger';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Response } from 'supertest';

type Schema = Record<string, unknown>;
export type Operation = { security?: unknown[]; responses: Record<string, { content?: Record<string, { schema?: Schema }> }> };

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/**
 * OpenAPI 3.0 schemas as JSON Schema for ajv, and strict: `nullable` becomes a null alternative,
 * and an object that lists its properties and says nothing of others admits no others — so a
 * member the service answers but the document does not name fails, as a missing one does.
 */
function jsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(jsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const { nullable, example: _example, ...rest } = node as Schema;
  const converted: Schema = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key === '$ref' && typeof value === 'string') converted[key] = value.replace('#/components/schemas/', 'openapi#/components/schemas/');
    else if (key === 'properties') converted[key] = Object.fromEntries(Object.entries(value as Schema).map(([name, schema]) => [name, jsonSchema(schema)]));
    else converted[key] = jsonSchema(value);
  }
  if (converted.type === 'object' && converted.properties && converted.additionalProperties === undefined) converted.additionalProperties = false;
  return nullable ? { anyOf: [{ type: 'null' }, converted] } : converted;
}

/** Real answers against the response schema the service's own OpenAPI document gives for their route, status and media type. */
export class OpenApiConformance {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly validators = new Map<Schema, ValidateFunction>();

  constructor(readonly document: OpenAPIObject) {
    addFormats(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema({ $id: 'openapi', components: jsonSchema(document.components) as Schema });
  }

  /** What in the answer to `method path` the document does not allow; none when it conforms. */
  violations(method: string, path: string, response: Response): string[] {
    const route = `${method.toUpperCase()} ${path}`;
    const operation = (this.document.paths[path] as Record<string, Operation> | undefined)?.[method];
    if (!operation) return [`${route} is not in the document`];
    const declared = operation.responses[String(response.status)] ?? operation.responses.default;
    if (!declared) return [`${route} answered ${response.status}, which the document does not declare`];
    const mediaType = String(response.headers['content-type'] ?? '').split(';')[0]!.trim();
    const schema = declared.content?.[mediaType]?.schema;
    if (!schema) return [`${route} ${response.status} answered ${mediaType}; the document declares ${Object.keys(declared.content ?? {}).join(', ') || 'no body'}`];
    const body: unknown = mediaType.startsWith('application/') && mediaType.endsWith('json') ? response.body : schema.format === 'binary' ? '' : response.text;
    let validate = this.validators.get(schema);
    if (!validate) this.validators.set(schema, (validate = this.ajv.compile(jsonSchema(schema) as Schema)));
    return validate(body) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '(body)'} ${error.message} ${JSON.stringify(error.params)}`);
  }
}

import fc from 'fast-check';

/** The part of an OpenAPI 3 schema the generator reads. */
export interface Schema {
  readonly $ref?: string;
  readonly type?: string;
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly items?: Schema;
  readonly maxLength?: number;
  readonly maxItems?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly allOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly anyOf?: readonly Schema[];
}

export type Components = Readonly<Record<string, Schema>>;

/** A request body as sent: JSON text (valid or not) with the JSON content type. */
export interface Body {
  readonly text: string;
  /** What the text says, for a report; `undefined` for text that is not JSON. */
  readonly shape: string;
}

const MAX_DEPTH = 4;

/** Strings a validator or PostgreSQL may trip over: NUL, lone surrogates, RTL marks, emoji, huge ones. */
const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\ud800', '\udfff\ud800', '\u202e反转\u202c', '👨‍👩‍👧‍👦', '\r\n\t', 'null', '2026-02-30', '2026-13-01', '0000-00-00', '9999-12-31', '1e309', '<script>', "' OR 1=1 --", '__proto__', 'constructor'),
  fc.integer({ min: 201, max: 30_000 }).map((length) => '长'.repeat(length)),
);

/** Any JSON value, including deep and odd ones. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-1, 0, 2 ** 53, -(2 ** 63), 1e308),
  nastyString,
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'type', 'data', 'x'), fc.jsonValue({ maxDepth: 1 })),
);

/** A value the schema allows, most of the time: enum members, dates in the covered year, lengths near the limits. */
function conforming(schema: Schema, components: Components, depth: number): fc.Arbitrary<unknown> {
  const resolved = resolve(schema, components);
  const choices = resolved.allOf ?? resolved.oneOf ?? resolved.anyOf;
  if (choices) return fc.oneof(...choices.map((choice) => conforming(choice, components, depth)));
  if (resolved.enum) return fc.constantFrom(...resolved.enum);
  switch (resolved.type) {
    case 'object':
      return depth >= MAX_DEPTH ? fc.constant({}) : objectOf(resolved, components, depth + 1);
    case 'array': {
      const item = resolved.items ? mutated(resolved.items, components, depth + 1) : anyJson;
      return fc.array(item, { maxLength: Math.min((resolved.maxItems ?? 4) + 1, 6) });
    }
    case 'string':
      if (resolved.format === 'date') return fc.date({ min: new Date('2025-12-25'), max: new Date('2027-01-05'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
      if (resolved.format === 'date-time') return fc.date({ noInvalidDate: true }).map((date) => date.toISOString());
      return fc.string({ minLength: 1, maxLength: Math.min(resolved.maxLength ?? 30, 30) });
    case 'integer':
    case 'number':
      return fc.integer({ min: (resolved.minimum ?? 0) - 1, max: Math.min(resolved.maximum ?? 200, 10_000) + 1 });
    case 'boolean':
      return fc.boolean();
    default:
      return anyJson;
  }
}

/** Mostly the conforming value, so that some requests get past validation to the rules; else a wrong type, null or a nasty string. */
function mutated(schema: Schema, components: Components, depth: number): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: conforming(schema, components, depth), weight: 10 }, { arbitrary: anyJson, weight: 1 }, { arbitrary: nastyString, weight: 1 });
}

/** The schema's properties, each present or not (required ones usually present), plus now and then a field it does not know. */
function objectOf(schema: Schema, components: Components, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  const fields = properties.map(([name, property]) =>
    fc.oneof({ arbitrary: mutated(property, components, depth).map((value) => [name, value] as const), weight: required.has(name) ? 19 : 3 }, { arbitrary: fc.constant(undefined), weight: required.has(name) ? 1 : 2 }),
  );
  const unknown = fc.option(fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), anyJson), { freq: 6 });
  return fc.tuple(fc.tuple(...fields), unknown).map(([present, extra]) => {
    const body: Record<string, unknown> = {};
    for (const field of present) if (field) body[field[0]] = field[1];
    if (extra && !(extra[0] in body)) body[extra[0]] = extra[1];
    return body;
  });
}

/** Text that is not JSON, or JSON that is not an object. */
const malformedText = fc.oneof(
  fc.constantFrom('', '{', '{"a":', '[1,2', 'undefined', '{"a":1}}', '{"a":NaN}', "{'a':1}", '\u0000', '{"__proto__":{"polluted":true}}'),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

/** Bodies for an operation whose request schema is `schema`: mostly shaped by it and mutated, else any JSON or not JSON at all. */
export function requestBodies(schema: Schema | undefined, components: Components): fc.Arbitrary<Body> {
  const json = (value: unknown): Body => {
    const text = JSON.stringify(value) ?? 'null';
    return { text, shape: text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text };
  };
  return fc.oneof(
    { arbitrary: (schema ? conforming(schema, components, 0) : anyJson).map(json), weight: 7 },
    { arbitrary: anyJson.map(json), weight: 2 },
    { arbitrary: malformedText.map((text): Body => ({ text, shape: `not JSON: ${JSON.stringify(text.slice(0, 80))}` })), weight: 1 },
  );
}

function resolve(schema: Schema, components: Components): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = components[name];
  if (!target) throw new Error(`The OpenAPI document refers to a schema it lacks: ${schema.$ref}`);
  return resolve(target, components);
}

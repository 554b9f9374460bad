import fc from 'fast-check';

/** The part of an OpenAPI 3.0 schema object the generators read. */
export interface JsonSchema {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/** Ids a generated `uuid` is drawn from: real records (so requests reach the services) and made-up ones. */
export interface Known {
  ids: readonly string[];
  regionCodes: readonly string[];
}

const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  '\u007f',
  '\u0085',
  '\u009b',
];

/** Strings that have broken servers: NUL and other controls, injection, overlong, odd unicode. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'nama\u0000',
    '\u0000\u0000\u0000',
    '%00',
    '\u001b[31m',
    '\u0007\u0008\u000b\u000c',
    'garis\nbaru',
    'tab\there',
    'x\u2028y',
    '\ud800',
    '\udfff\ud800',
    '\ufeff',
    '\u202e',
    "'; DROP TABLE centers; --",
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '{{7*7}}',
    '$' + '{jndi:ldap://x}',
    'NaN',
    'Infinity',
    '-0',
    '1e309',
    '9'.repeat(400),
    '🧵'.repeat(300),
    'x'.repeat(10_001),
    ' ',
    '',
    'null',
    'true',
    '[]',
    '{}',
  ),
  fc
    .array(fc.oneof(fc.constantFrom(...CONTROLS), fc.string({ unit: 'grapheme', maxLength: 3 })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((parts) => parts.join('')),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
);

/** Dates PostgreSQL or JavaScript trip over: year 0, far past and future, impossible days. */
export const hostileDate: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '0000-01-01',
    '0000-12-31',
    '0001-01-01',
    '1899-12-31',
    '2101-01-01',
    '9999-12-31',
    '2024-02-30',
    '2023-02-29',
    '275760-09-13',
    '-0001-01-01',
    '0000-00-00',
    '2024-13-01',
    '2024-1-1',
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59+14:00',
  ),
  fc.integer({ min: 0, max: 9999 }).map((y) => `${String(y).padStart(4, '0')}-01-01`),
);

/** Numbers at the edges of JSON, JavaScript and PostgreSQL integer types. */
export const hostileNumber: fc.Arbitrary<number> = fc.constantFrom(
  0,
  -1,
  -0,
  0.5,
  1e308,
  -1e308,
  2 ** 31,
  2 ** 53 + 2,
  2 ** 63,
  -(2 ** 63),
  Number.MAX_SAFE_INTEGER,
  Number.MIN_VALUE,
);

/** A JSON value nested `depth` levels deep. */
const nested = (depth: number, leaf: unknown): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { a: value };
  return value;
};

/** Any hostile JSON value: bad strings, dates and numbers, wrong types, deep nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileDate },
  { weight: 2, arbitrary: hostileNumber },
  fc.constantFrom(null, true, false, [], {}, [null], { __proto__: 1 }, { constructor: { prototype: 1 } }),
  fc.integer({ min: 20, max: 400 }).map((depth) => nested(depth, '\u0000')),
  fc.array(hostileString, { maxLength: 5 }),
);

const REGION_PATTERN = '^\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?$';

/** A value that satisfies `schema` (as far as the document says), drawn to reach the service behind it. */
export function validValue(schema: JsonSchema, known: Known, depth = 0): fc.Arbitrary<unknown> {
  const base = validBase(schema, known, depth);
  return schema.nullable ? fc.option(base, { nil: null, freq: 6 }) : base;
}

function validBase(schema: JsonSchema, known: Known, depth: number): fc.Arbitrary<unknown> {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => validValue(s, known, depth)));
  if (schema.allOf?.[0]) return validValue(schema.allOf[0], known, depth);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      return validString(schema, known);
    case 'integer':
      return fc.integer({
        min: Math.max(schema.minimum ?? -1000, Number.MIN_SAFE_INTEGER),
        max: Math.min(schema.maximum ?? 1_000_000, Number.MAX_SAFE_INTEGER),
      });
    case 'number':
      return fc.double({
        min: schema.minimum ?? -1e6,
        max: schema.maximum ?? 1e12,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(schema.items ? validValue(schema.items, known, depth + 1) : fc.anything(), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3)),
      });
    case 'object': {
      const properties = schema.properties ?? {};
      if (depth > 4 || Object.keys(properties).length === 0) return fc.constant({});
      const record = Object.fromEntries(
        Object.entries(properties).map(([key, value]) => [key, validValue(value, known, depth + 1)]),
      );
      return fc.record(record, { requiredKeys: schema.required ?? [] });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function validString(schema: JsonSchema, known: Known): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...known.ids), fc.uuid({ version: 4 }));
  if (schema.format === 'date') return isoDate;
  if (schema.format === 'date-time') return isoDate.map((d) => `${d}T08:30:00+07:00`);
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.pattern === REGION_PATTERN) return fc.constantFrom(...known.regionCodes);
  // Room for fixed-length patterns (a SHA-256 is 64 hex digits) while keeping free repeats short.
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern), { maxLength: 80 });
  const minLength = schema.minLength ?? 0;
  return fc.string({
    unit: 'grapheme',
    minLength: Math.max(minLength, 1),
    maxLength: Math.max(minLength, Math.min(schema.maxLength ?? 30, 30)),
  });
}

/** A real calendar date in the range Simpul takes. */
const isoDate: fc.Arbitrary<string> = fc
  .date({ min: new Date('1950-01-01'), max: new Date('2060-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Ordinary text with one control character (NUL most often) somewhere in it. */
export const controlString: fc.Arbitrary<string> = fc
  .tuple(
    fc.string({ maxLength: 8 }),
    fc.oneof(
      { weight: 3, arbitrary: fc.constant('\u0000') },
      { weight: 2, arbitrary: fc.constantFrom(...CONTROLS) },
    ),
    fc.string({ maxLength: 8 }),
  )
  .map(([before, control, after]) => before + control + after);

/** A hostile value aimed at what `schema` expects: bad dates for a date, edge numbers for a number. */
export function hostileFor(schema: JsonSchema): fc.Arbitrary<unknown> {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.[0]) return hostileFor(alternatives[0]);
  if (schema.format === 'date' || schema.format === 'date-time') {
    return fc.oneof({ weight: 4, arbitrary: hostileDate }, { weight: 1, arbitrary: hostileValue });
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    return fc.oneof(
      { weight: 3, arbitrary: hostileNumber },
      { weight: 1, arbitrary: hostileNumber.map(String) },
      { weight: 1, arbitrary: hostileValue },
    );
  }
  return fc.oneof(
    { weight: 4, arbitrary: controlString },
    { weight: 2, arbitrary: hostileString },
    { weight: 1, arbitrary: hostileValue },
  );
}

/**
 * A value for `schema` that is valid everywhere except in one place, chosen from the schema: the hostile
 * value then reaches the code behind validation rather than being refused for an unrelated field.
 */
export function oneBad(schema: JsonSchema, known: Known, depth = 0): fc.Arbitrary<unknown> {
  const alternatives = schema.anyOf ?? schema.oneOf;
  const shape = alternatives?.find((s) => s.type === 'object' || s.type === 'array') ?? schema;
  const properties = shape.properties ?? {};
  const keys = Object.keys(properties);
  if (shape.type === 'object' && keys.length > 0 && depth < 4) {
    return fc
      .constantFrom(...keys)
      .chain((target) =>
        fc.record(
          Object.fromEntries(
            keys.map((key) => [
              key,
              key === target
                ? oneBad(properties[key] as JsonSchema, known, depth + 1)
                : validValue(properties[key] as JsonSchema, known, depth + 1),
            ]),
          ),
          { requiredKeys: [...(shape.required ?? []), target] },
        ),
      );
  }
  if (shape.type === 'array' && shape.items && depth < 4) {
    const items = shape.items;
    return fc
      .tuple(fc.array(validValue(items, known, depth + 1), { maxLength: 2 }), oneBad(items, known, depth + 1))
      .map(([valid, bad]) => [...valid, bad]);
  }
  return hostileFor(shape);
}

/** Requests for a schema: mostly one bad value among valid ones, sometimes all valid, an extra key, or junk. */
export function probe(schema: JsonSchema, known: Known): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 2, arbitrary: validValue(schema, known) },
    { weight: 8, arbitrary: oneBad(schema, known) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(validValue(schema, known), fc.string({ minLength: 1, maxLength: 12 }), hostileValue)
        .map(([value, key, hostile]) => (isPlainObject(value) ? { ...value, [key]: hostile } : hostile)),
    },
    { weight: 1, arbitrary: hostileValue },
  );
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A query-string value as a client would send it (every value travels as text). */
export function queryText(value: unknown): string | string[] | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return typeof value === 'string' ? value : JSON.stringify(value);
}

import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createUser } from '../../src/auth/users.service.ts';
import { type ImportKind, ImportKindSchema } from '../../src/io/io.schema.ts';
import { KINDS } from '../../src/io/kinds/index.ts';
import { useTestApp } from '../app.ts';
import { buildDinasRow } from '../factories.ts';
import { headersOf } from './callers.ts';
import { CALLERS } from './matrix.ts';
import {
  controlString,
  hostileString,
  hostileValue,
  type JsonSchema,
  type Known,
  oneBad,
  probe,
  queryText,
  validValue,
} from './openapi-arbitraries.ts';
import { buildWorld } from './world.ts';

const ctx = useTestApp();

/**
 * The seed of this run: `SIMPUL_FUZZ_SEED` replays a failure. On a developer's machine a fresh one each
 * run, so the suite explores new requests over time; in CI (`CI` set) a fixed one, so whether a commit
 * lands does not depend on the draw. Printed either way, so any failure can be replayed exactly.
 */
const SEED = Number(
  process.env.SIMPUL_FUZZ_SEED ?? (process.env.CI ? 20261205 : Math.floor(Math.random() * 2 ** 31)),
);
/** Requests per route for the admin (who passes every access check) and for each other caller. */
const RUNS = { admin: 40, other: 6 };

interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  consumes?: string[];
}

interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
}

/** One request to send: what `inject` takes, minus the caller's headers. */
interface Probe {
  method: string;
  url: string;
  payload?: string;
  contentType?: string;
}

const MISSING = '00000000-0000-4000-8000-000000000000';

/** Parameters of one place (path or query) as the object schema they amount to. */
function asObject(parameters: Parameter[]): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(
      parameters.map((p) => [
        p.name,
        p.name === 'id' || p.name === 'tokenId' ? { ...p.schema, format: 'uuid' } : p.schema,
      ]),
    ),
    required: parameters.filter((p) => p.required).map((p) => p.name),
  };
}

/** Values of parameters as text, a missing required path value as an empty segment. */
function asText(values: unknown): Record<string, string | string[] | undefined> {
  const entries = Object.entries(typeof values === 'object' && values !== null ? values : {});
  return Object.fromEntries(entries.map(([name, value]) => [name, queryText(value)]));
}

/** A CSV file in the layout of `kind`: plausible cells (a Dinas sheet's for enterprises), some hostile. */
function csvBody(kind: ImportKind): fc.Arbitrary<string> {
  const columns = KINDS[kind].columns.filter((c) => !c.informational);
  const plausible = (column: (typeof columns)[number]) =>
    column.labels
      ? Object.values(column.labels)[0]!
      : { text: 'Uji', integer: '5', decimal: '1,5', date: '2024-01-31' }[column.type]!;
  const hostile = fc.oneof(controlString, hostileString, hostileValue.map(String));
  // Optional cells are mostly left empty, so a row fails on its hostile cell rather than a made-up value.
  const cell = (column: (typeof columns)[number]) =>
    fc.oneof(
      { weight: column.requiredHeader ? 0 : 3, arbitrary: fc.constant('') },
      { weight: 3, arbitrary: fc.constant(plausible(column)) },
      { weight: 2, arbitrary: hostile },
    );
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const file = (header: string[], rows: string[][]) =>
    [header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n');
  if (kind === 'enterprises') {
    const header = Object.keys(buildDinasRow(0, 2023));
    const row = fc
      .tuple(fc.nat(1000), fc.constantFrom(...header), hostile)
      .map(([n, column, value]) => Object.values(buildDinasRow(n, 2023, { [column]: value })));
    return fc.array(row, { minLength: 1, maxLength: 3 }).map((rows) => file(header, rows));
  }
  const row = fc.tuple(...columns.map(cell));
  return fc.array(row, { minLength: 1, maxLength: 3 }).map((rows) =>
    file(
      columns.map((c) => c.header),
      rows,
    ),
  );
}

/** Requests for one operation of the OpenAPI document. */
function probes(path: string, method: string, operation: Operation, known: Known): fc.Arbitrary<Probe> {
  const parameters = operation.parameters ?? [];
  const pathParams = parameters.filter((p) => p.in === 'path');
  const queryParams = parameters.filter((p) => p.in === 'query');
  const params = (
    pathParams.length === 0
      ? fc.constant({})
      : fc.oneof(
          { weight: 4, arbitrary: validValue(asObject(pathParams), known) },
          { weight: 1, arbitrary: oneBad(asObject(pathParams), known) },
        )
  ).map(asText);
  const query = (queryParams.length === 0 ? fc.constant({}) : probe(asObject(queryParams), known)).map(
    asText,
  );
  const jsonSchema = operation.requestBody?.content?.['application/json']?.schema;
  const kindOf = (values: Record<string, string | string[] | undefined>) =>
    ImportKindSchema.safeParse(values.kind).data ?? ('enterprises' as const);
  const body: fc.Arbitrary<
    (
      values: Record<string, string | string[] | undefined>,
    ) => fc.Arbitrary<Pick<Probe, 'payload' | 'contentType'>>
  > = fc.constant((values) => {
    if (path.startsWith('/api/import/')) {
      return fc.oneof(
        {
          weight: 5,
          arbitrary: csvBody(kindOf(values)).map((payload) => ({ payload, contentType: 'text/csv' })),
        },
        { weight: 1, arbitrary: fc.constant({ payload: '{"a":1}', contentType: 'application/json' }) },
        {
          weight: 1,
          arbitrary: fc.constant({ payload: 'a=1', contentType: 'application/x-www-form-urlencoded' }),
        },
      );
    }
    if (!jsonSchema) return fc.constant({});
    return fc.oneof(
      {
        weight: 12,
        arbitrary: probe(jsonSchema, known).map((v) => ({
          payload: JSON.stringify(v),
          contentType: 'application/json',
        })),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom('{', '[1,2', '{"a":1}}', '\u0000', '{"name": "x",}')
          .map((payload) => ({ payload, contentType: 'application/json' })),
      },
      {
        weight: 1,
        arbitrary: fc.constant({ payload: 'name=x', contentType: 'application/x-www-form-urlencoded' }),
      },
      { weight: 1, arbitrary: fc.constant({ payload: 'nama\u0000', contentType: 'text/plain' }) },
    );
  });
  return fc.tuple(params, query, body, fc.boolean()).chain(([values, queryValues, makeBody, english]) =>
    makeBody(values).map((sent): Probe => {
      let url = path.replace(/\{(\w+)\}/g, (_, name: string) =>
        encodeURIComponent(wellFormed(String(values[name] ?? ''))),
      );
      const search = new URLSearchParams();
      for (const [name, value] of Object.entries(queryValues)) {
        for (const item of value === undefined ? [] : [value].flat()) search.append(name, item);
      }
      if (english) search.append('lang', 'en');
      if (search.size > 0) url += `?${search}`;
      return { method: method.toUpperCase(), url, ...sent };
    }),
  );
}

/** `value` with lone surrogates replaced, as a browser would before percent-encoding a URL. */
const wellFormed = (value: string) =>
  value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

/**
 * The sentences of an error body, without the names the request itself made up: an unknown field called
 * `x/^` is echoed back as sent, and that is the client's own text, not a pattern of ours.
 */
function wordsOf(body: string): string {
  try {
    const { error } = JSON.parse(body) as {
      error: { message: string; details: { path: string; message: string }[] };
    };
    let words = [error.message, ...error.details.map((d) => d.message)].join('\n');
    for (const { path } of error.details) {
      const echoed = path.split('.').pop() ?? '';
      if (echoed) words = words.replaceAll(echoed, '');
    }
    return words;
  } catch {
    return body;
  }
}

/** What a 400 must never show the person who sent the data: a pattern, a type name, zod's own wording. */
const JARGON =
  /\/\^|\\\\d|expected (string|number|object|array|boolean)|received \w+|Invalid input|tidak valid: |invalid_\w+/;

/** Seed of one route × caller: the run's seed mixed with their positions, so each replays on its own. */
const seedOf = (route: number, caller: number) =>
  (SEED ^ Math.imul(route + 1, 0x9e3779b1) ^ (caller << 8)) | 0;

describe('property-based fuzz of every route in the OpenAPI document, for every caller', () => {
  it('never answers 5xx, and no 400 speaks in patterns or type names', { timeout: 300_000 }, async () => {
    console.log(`openapi fuzz: seed ${SEED} (replay with SIMPUL_FUZZ_SEED=${SEED})`);
    const started = Date.now();
    const world = await buildWorld(ctx);
    const victim = await createUser(ctx.db, {
      email: 'sasaran-fuzz@uji.example',
      displayName: 'Sasaran fuzz',
      role: 'viewer',
      scopes: { regions: [], centers: [], enterprises: [], projects: [] },
      personalDataAccess: false,
    });
    const known: Known = {
      ids: [...Object.values(world.in), ...Object.values(world.out), victim.id, MISSING].filter((v) =>
        /^[0-9a-f-]{36}$/.test(v),
      ),
      regionCodes: [world.in.village, world.out.village, '32', '32.73', '33.20.11', '99.99'],
    };
    const openapi = (await ctx.app.inject({ url: '/api/openapi.json' })).json() as OpenApi;
    const operations = Object.entries(openapi.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );
    expect(operations.length).toBe(ctx.app.accessRoutes.length);
    const failures: string[] = [];
    let sent = 0;
    const slowest: [string, number][] = [];
    for (const [routeIndex, { path, method, operation }] of operations.entries()) {
      const arbitrary = probes(path, method, operation, known);
      const routeStarted = Date.now();
      for (const [callerIndex, caller] of CALLERS.entries()) {
        const headers = await headersOf(ctx, caller, world);
        const numRuns = caller === 'admin' ? RUNS.admin : RUNS.other;
        for (const request of fc.sample(arbitrary, { seed: seedOf(routeIndex, callerIndex), numRuns })) {
          const options: InjectOptions = {
            method: request.method as InjectOptions['method'],
            url: request.url,
            headers: { ...headers, ...(request.contentType ? { 'content-type': request.contentType } : {}) },
            ...(request.payload === undefined ? {} : { payload: request.payload }),
          };
          const response = await ctx.app.inject(options);
          sent += 1;
          const jargon = response.statusCode === 400 ? JARGON.exec(wordsOf(response.body)) : null;
          if (jargon) {
            failures.push(
              `${caller} ${request.method} ${request.url.slice(0, 300)} → 400 says "${jargon[0]}": ${response.body.slice(0, 300)}`,
            );
          }
          if (response.statusCode >= 500) {
            failures.push(
              `${caller} ${request.method} ${request.url.slice(0, 300)} ${JSON.stringify(request.payload?.slice(0, 300) ?? '')}` +
                ` → ${response.statusCode} ${response.body.slice(0, 200)}`,
            );
          }
        }
      }
      slowest.push([`${method.toUpperCase()} ${path}`, Date.now() - routeStarted]);
    }
    slowest.sort((a, b) => b[1] - a[1]);
    console.log(`openapi fuzz: slowest routes (ms) ${JSON.stringify(slowest.slice(0, 5))}`);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `openapi fuzz: ${sent} requests over ${operations.length} routes × ${CALLERS.length} callers in ${seconds.toFixed(1)} s`,
    );
    expect(failures, `seed ${SEED}`).toEqual([]);
    expect(sent).toBe(operations.length * (RUNS.admin + (CALLERS.length - 1) * RUNS.other));
  });
});

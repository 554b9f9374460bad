import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../app.ts';
import { buildWorld, type World } from './world.ts';

const ctx = useTestApp();

/** A small seeded generator (mulberry32) so a failure can be replayed. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY_STRINGS = [
  '',
  ' ',
  "'; DROP TABLE centers; --",
  '<script>alert(1)</script>',
  '\u0000',
  '🧵'.repeat(50),
  'x'.repeat(10_000),
  '../../etc/passwd',
  '2024-02-30',
  '32.73.17.1003',
  '00000000-0000-4000-8000-000000000000',
  'NaN',
  '-1',
  '1e309',
];

function randomValue(next: () => number, depth = 0): unknown {
  const pick = Math.floor(next() * (depth > 2 ? 7 : 9));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return next() < 0.5;
    case 2:
      return [0, -1, 1.5, 2 ** 53, -(2 ** 31), 1e308][Math.floor(next() * 6)];
    case 3:
    case 4:
      return NASTY_STRINGS[Math.floor(next() * NASTY_STRINGS.length)];
    case 5:
      return Math.floor(next() * 1e9).toString(36);
    case 6:
      return {};
    case 7:
      return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: 1 + Math.floor(next() * 4) }, () => [
          ['name', 'version', 'regionCodes', 'email', 'role', 'id', '__proto__', 'constructor'][
            Math.floor(next() * 8)
          ],
          randomValue(next, depth + 1),
        ]),
      );
  }
}

/** Field names the route's OpenAPI body schema declares (so garbage lands on real fields too), or null without a body. */
function bodyFields(openapi: OpenApi, path: string, method: string): string[] | null {
  const body = openapi.paths[path]?.[method]?.requestBody;
  if (!body) return null;
  const schema = body.content?.['application/json']?.schema;
  return Object.keys(schema?.properties ?? schema?.anyOf?.[0]?.properties ?? {});
}

interface OpenApi {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: {
          content?: Record<string, { schema?: { properties?: object; anyOf?: { properties?: object }[] } }>;
        };
      }
    >
  >;
}

/** One malformed request body: wrong types on real fields plus an unknown one, bad JSON, or a non-object. */
function malformedBody(next: () => number, fields: string[]): { payload: string; contentType: string } {
  const kind = Math.floor(next() * 5);
  if (kind === 0) {
    const text = ['{', '{"name":', '[1,2', '{"a":1}}', 'null null', '\u0000', '{"name": "x",}'][
      Math.floor(next() * 7)
    ]!;
    return { payload: text, contentType: 'application/json' };
  }
  if (kind === 1) {
    // A JSON scalar or array where an object is expected (never null: some bodies are optional).
    const scalar = [true, 0, -1, 'teks', [], [1, 'dua'], 1e308][Math.floor(next() * 7)];
    return { payload: JSON.stringify(scalar), contentType: 'application/json' };
  }
  if (kind === 2) return { payload: 'name=x&version=1', contentType: 'application/x-www-form-urlencoded' };
  const body: Record<string, unknown> = {};
  for (const field of fields) if (next() < 0.7) body[field] = randomValue(next);
  body[`tidak_dikenal_${Math.floor(next() * 1000)}`] = randomValue(next); // strict schemas must refuse this
  return { payload: JSON.stringify(body), contentType: 'application/json' };
}

/** Columns that record use rather than change: a run slower than a minute refreshes them. */
const LAST_USED = sql`ARRAY['last_used_at', 'last_seen_at']`;

/**
 * A fingerprint of every table Simpul writes (audit trail included; 'last used' times excepted). The
 * sign-in rate limit's counters (rate_limit_windows) are left out: counting a malformed attempt is what a
 * limit is for, and they are not data.
 */
async function fingerprint(): Promise<string> {
  const tables = await sql<{ tablename: string }>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'kysely_%'
      AND tablename <> 'rate_limit_windows' ORDER BY tablename`.execute(ctx.db);
  const parts: string[] = [];
  for (const { tablename } of tables.rows) {
    const row = await sql<{ digest: string | null }>`
      SELECT md5(string_agg(r::text, '|' ORDER BY r::text)) AS digest
        FROM (SELECT to_jsonb(t) - ${LAST_USED} AS r FROM ${sql.table(tablename)} t) x`.execute(ctx.db);
    parts.push(`${tablename}:${row.rows[0]?.digest}`);
  }
  return parts.join('\n');
}

const NONE = '00000000-0000-4000-8000-000000000000';
const MISSING_SIDE = {
  centerId: NONE,
  enterpriseId: NONE,
  personId: NONE,
  institutionId: NONE,
  challengeId: NONE,
  centerMembershipId: NONE,
  institutionMembershipId: NONE,
  village: '32.73.17.1003',
};
const MISSING: World = { in: MISSING_SIDE, out: MISSING_SIDE };

function fillPath(route: string, world: World): string {
  const ids: Record<string, string> = {
    '/api/centers/:id': world.in.centerId,
    '/api/enterprises/:id': world.in.enterpriseId,
    '/api/people/:id': world.in.personId,
    '/api/institutions/:id': world.in.institutionId,
    '/api/challenges/:id': world.in.challengeId,
    '/api/center-memberships/:id': world.in.centerMembershipId,
    '/api/institution-memberships/:id': world.in.institutionMembershipId,
    '/api/users/:id': world.in.centerId, // any uuid: a missing user is fine, the body is what is fuzzed
    '/api/tokens/:id': world.in.centerId,
  };
  const prefix = Object.keys(ids).find((p) => route.startsWith(p));
  let url = prefix ? route.replace(prefix, prefix.replace(':id', ids[prefix]!)) : route;
  url = url.replace(':year', '2023').replace(':tokenId', world.in.centerId).replace(':kind', 'centers');
  return url;
}

describe('fuzzing every write route', () => {
  it('never answers 5xx and never changes data for malformed bodies', { timeout: 600_000 }, async () => {
    const world = await buildWorld(ctx);
    const openapi = (await ctx.app.inject({ url: '/api/openapi.json' })).json() as OpenApi;
    const writes = ctx.app.accessRoutes.filter((r) => !r.startsWith('GET ') && !r.includes('/auth/login'));
    expect(writes.length).toBeGreaterThan(30);
    const next = rng(20231);
    const before = await fingerprint();
    const failures: string[] = [];
    let sent = 0;
    for (const route of writes) {
      const [method, path] = route.split(' ') as [string, string];
      const openapiPath = path.replace(/:(\w+)/g, '{$1}');
      const fields = bodyFields(openapi, openapiPath, method.toLowerCase());
      // A route without a body ignores one; aim it at a record that does not exist so nothing can change.
      const url = fields === null ? fillPath(path, MISSING) : fillPath(path, world);
      for (let i = 0; i < 60; i++) {
        const { payload, contentType } = malformedBody(next, fields ?? []);
        const response = await ctx.app.inject({
          method: method as 'POST',
          url,
          payload,
          headers: { 'content-type': contentType },
        });
        sent += 1;
        if (response.statusCode >= 500 || (fields !== null && response.statusCode < 400)) {
          failures.push(
            `${route} ${payload.slice(0, 120)} → ${response.statusCode} ${response.body.slice(0, 200)}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(2000);
    expect(await fingerprint()).toBe(before);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CONFIG } from '../../test/app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { buildCenterInput } from '../../test/factories.ts';
import { loadPseudonymKey } from '../auth/pseudonym.ts';
import { createToken } from '../auth/tokens.ts';
import { createUser } from '../auth/users.service.ts';
import { CenterCreateSchema } from '../centers/centers.schema.ts';
import { createCenter } from '../centers/centers.service.ts';
import { refreshAnalyses } from '../networks/analysis/analysis.service.ts';
import { buildApp } from './app.ts';
import { WROTE_COOKIE } from './read-db.ts';
import type { SimpulApp } from './types.ts';

// The "replica" is a second database that never sees the primary's writes: a standby lagging for ever.
// What a route answers tells which of the two it read.
let primary: TestDatabase;
let replica: TestDatabase;
let app: SimpulApp;
let onlyOnReplica = '';
const tokens: string[] = [];

async function newToken(): Promise<string> {
  const user = await createUser(primary.db, {
    email: `reader-${tokens.length}@uji.example`,
    displayName: 'Pembaca',
    role: 'admin',
    scopes: { regions: [], centers: [], enterprises: [], projects: [] },
    personalDataAccess: false,
  });
  const { token } = await createToken(primary.db, user.id, { name: 't', access: 'write' });
  tokens.push(token);
  return `Bearer ${token}`;
}

const listIds = async (headers: Record<string, string>) =>
  (await app.inject({ url: '/api/centers?limit=500', headers }))
    .json<{ items: { id: string }[] }>()
    .items.map((c) => c.id);

beforeAll(async () => {
  [primary, replica] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  onlyOnReplica = (await createCenter(replica.db, CenterCreateSchema.parse(buildCenterInput()))).id;
  app = await buildApp(
    {
      db: primary.db,
      dbRead: replica.db,
      mode: 'external',
      pseudonymKey: await loadPseudonymKey(primary.db),
    },
    { ...TEST_CONFIG, replicaReadAfterWriteSeconds: 30 },
  );
});
afterAll(async () => {
  await app?.close();
  await primary?.drop();
  await replica?.drop();
});

describe('reads that may lag, with DATABASE_REPLICA_URL', () => {
  it('come from the replica for a client that has not written', async () => {
    const ids = await listIds({ authorization: await newToken() });
    expect(ids).toContain(onlyOnReplica);
  });

  it('write to the primary only, and the writer then reads the primary (token, or cookie alone)', async () => {
    const writer = await newToken();
    const created = await app.inject({
      method: 'POST',
      url: '/api/centers',
      headers: { authorization: writer },
      payload: buildCenterInput(),
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json<{ id: string }>();
    expect(await primary.db.selectFrom('centers').select('id').where('id', '=', id).execute()).toHaveLength(
      1,
    );
    expect(await replica.db.selectFrom('centers').select('id').where('id', '=', id).execute()).toHaveLength(
      0,
    );
    const cookie = created.cookies.find((c) => c.name === WROTE_COOKIE);
    expect(cookie).toMatchObject({ value: '1', maxAge: 30, httpOnly: true, path: '/api' });

    const writersView = await listIds({ authorization: writer });
    expect(writersView).toContain(id);
    expect(writersView).not.toContain(onlyOnReplica);
    // Another process would not know the token's mark: the cookie alone sends the reads to the primary.
    const withCookie = await listIds({ authorization: await newToken(), cookie: `${WROTE_COOKIE}=1` });
    expect(withCookie).toContain(id);
  });

  it("serve a centre's stored analysis from the replica", async () => {
    await refreshAnalyses(replica.db, [onlyOnReplica], null);
    const response = await app.inject({
      url: `/api/centers/${onlyOnReplica}/analysis`,
      headers: { authorization: await newToken() },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ centerId: string }>().centerId).toBe(onlyOnReplica);
  });

  it('never route a single record, read before an edit, to the replica', async () => {
    const response = await app.inject({
      url: `/api/centers/${onlyOnReplica}`,
      headers: { authorization: await newToken() },
    });
    expect(response.statusCode).toBe(404);
  });

  it('mark no writer after a refused write', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/centers',
      headers: { authorization: await newToken() },
      payload: { name: '' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.cookies.find((c) => c.name === WROTE_COOKIE)).toBeUndefined();
  });
});

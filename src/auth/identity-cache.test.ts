import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { within } from '../../test/within.ts';
import { createToken } from './tokens.ts';
import { createUser } from './users.service.ts';

const ctx = useTestApp();

/** True once this test database has a session waiting on LISTEN (the app's identity channel). */
const listening = async () => {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM pg_stat_activity
    WHERE datname = current_database() AND query ILIKE 'LISTEN%'`.execute(ctx.db);
  return (rows[0]?.n ?? 0) > 0;
};

let viewers = 0;

/** A new viewer's token, id and record version; a viewer may not list users, an admin may. */
async function viewer() {
  viewers += 1;
  const user = await createUser(ctx.db, {
    email: `penglihat-${viewers}@uji.example`,
    displayName: `Penglihat ${viewers}`,
    role: 'viewer',
    scopes: { regions: [], centers: [], enterprises: [], projects: [] },
    personalDataAccess: false,
  });
  const token = await createToken(ctx.db, user.id, { name: 'uji', access: 'read' });
  const headers = { authorization: `Bearer ${token.token}` };
  const status = async () => (await ctx.app.inject({ url: '/api/users', headers })).statusCode;
  return { headers, id: user.id, version: user.version, status };
}

describe('the identity cache', () => {
  it('remembers who a token stands for, and forgets a user the moment a change is announced', async () => {
    await within(5000, listening);
    const { id, status } = await viewer();
    expect(await status()).toBe(403);
    // A change nobody announces (the trigger switched off) is not seen: the request did not ask again.
    await sql`ALTER TABLE users DISABLE TRIGGER users_identity_notice`.execute(ctx.db);
    await sql`UPDATE users SET role = 'admin' WHERE id = ${id}`.execute(ctx.db);
    await sql`ALTER TABLE users ENABLE TRIGGER users_identity_notice`.execute(ctx.db);
    expect(await status()).toBe(403);
    await sql`SELECT pg_notify('simpul_identity', ${id})`.execute(ctx.db);
    expect(await within(1000, async () => (await status()) === 200)).toBeLessThan(1000);
  });

  it('ends a token revoked by another process within a second, and a revocation here at once', async () => {
    await within(5000, listening);
    const headers = await ctx.as('researcher');
    const me = async () => (await ctx.app.inject({ url: '/api/auth/me', headers })).statusCode;
    const first = await ctx.app.inject({ url: '/api/auth/me', headers });
    expect(first.statusCode, first.body).toBe(200);
    const other = new pg.Client({ connectionString: ctx.url });
    await other.connect();
    try {
      await other.query(
        `UPDATE api_tokens SET revoked_at = now()
        WHERE token_hash = encode(sha256($1::bytea), 'hex')`,
        [headers.authorization.slice(7)],
      );
    } finally {
      await other.end();
    }
    expect(await within(1000, async () => (await me()) === 401)).toBeLessThan(1000);

    const { id, version, headers: viewerHeaders, status } = await viewer();
    expect(await status()).toBe(403);
    const promoted = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      payload: { role: 'admin', version },
    });
    expect(promoted.statusCode, promoted.body).toBe(200);
    // The very next request, with no wait for the notice: the write in this process forgot the user.
    expect((await ctx.app.inject({ url: '/api/users', headers: viewerHeaders })).statusCode).toBe(200);
  });
});

import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, useTestApp } from '../../test/app.ts';
import { createUser } from './users.service.ts';

const ctx = useTestApp();
const PASSWORD = 'kata-sandi-uji-123';
let sequence = 0;

async function newUser(role: 'viewer' | 'admin' = 'viewer') {
  sequence += 1;
  const email = `masuk-${sequence}@uji.example`;
  await createUser(ctx.db, {
    email,
    displayName: email,
    role,
    password: PASSWORD,
    scopes: { regions: [], centers: [], enterprises: [], projects: [] },
    personalDataAccess: false,
  });
  return email;
}

async function login(email: string, password = PASSWORD) {
  return ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: ANONYMOUS,
    payload: { email, password },
  });
}

async function signedIn(email: string) {
  const response = await login(email);
  expect(response.statusCode, response.body).toBe(200);
  const cookie = response.headers['set-cookie'] as string;
  return { cookie: cookie.split(';')[0]!, csrf: response.json().csrfToken as string, raw: cookie };
}

describe('sign-in and sessions', () => {
  it('signs in with an httpOnly, SameSite cookie and answers who is signed in', async () => {
    const email = await newUser();
    const session = await signedIn(email);
    expect(session.raw).toMatch(/HttpOnly/i);
    expect(session.raw).toMatch(/SameSite=Lax/i);
    const me = await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(email);
    expect(me.json().csrfToken).toBe(session.csrf);
    expect(JSON.stringify(me.json())).not.toContain('password');
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const email = await newUser();
    const wrong = await login(email, 'salah-sekali-123');
    const unknown = await login('tidak-ada@uji.example');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('locks an account after five failures, even for the right password, until an admin resets it', async () => {
    const email = await newUser();
    for (let i = 0; i < 4; i++) expect((await login(email, 'salah-sekali-123')).statusCode).toBe(401);
    const fifth = await login(email, 'salah-sekali-123');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().error.code).toBe('rate_limited');
    // The first lock lasts a minute; Retry-After says so in seconds.
    expect(fifth.headers['retry-after']).toBe('60');
    const locked = await login(email);
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(60);
    const user = await ctx.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    const reset = await ctx.app.inject({
      method: 'POST',
      url: `/api/users/${user.id}/password`,
      payload: { newPassword: 'kata-sandi-baru-456' },
    });
    expect(reset.statusCode).toBe(204);
    expect((await login(email, 'kata-sandi-baru-456')).statusCode).toBe(200);
  });

  it('ends the session on logout', async () => {
    const session = await signedIn(await newUser());
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
    expect((await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers })).statusCode).toBe(204);
    expect(
      (await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: session.cookie } })).statusCode,
    ).toBe(401);
  });

  it('expires idle sessions and sessions past their absolute lifetime', async () => {
    const idle = await signedIn(await newUser());
    await sql`UPDATE sessions SET last_seen_at = now() - interval '31 minutes'`.execute(ctx.db);
    const afterIdle = await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: idle.cookie } });
    expect(afterIdle.statusCode).toBe(401);
    expect(afterIdle.json().error.message).toMatch(/Sesi Anda berakhir/);

    const old = await signedIn(await newUser());
    await sql`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE revoked_at IS NULL`.execute(
      ctx.db,
    );
    expect((await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: old.cookie } })).statusCode).toBe(
      401,
    );
  });

  it('refuses cookie-authenticated writes without the CSRF token', async () => {
    const session = await signedIn(await newUser());
    const body = { name: 'skrip' };
    const missing = await ctx.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie: session.cookie },
      payload: body,
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.message).toMatch(/CSRF/);
    const wrong = await ctx.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie: session.cookie, 'x-csrf-token': 'tebakan' },
      payload: body,
    });
    expect(wrong.statusCode).toBe(403);
    const right = await ctx.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
      payload: body,
    });
    expect(right.statusCode).toBe(201);
  });

  it('changes the password, ending the other sessions but not this one', async () => {
    const email = await newUser();
    const other = await signedIn(email);
    const current = await signedIn(email);
    const headers = { cookie: current.cookie, 'x-csrf-token': current.csrf };
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers,
      payload: { currentPassword: 'salah-sekali-123', newPassword: 'kata-sandi-baru-789' },
    });
    expect(bad.statusCode).toBe(422);
    const ok = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers,
      payload: { currentPassword: PASSWORD, newPassword: 'kata-sandi-baru-789' },
    });
    expect(ok.statusCode).toBe(204);
    expect(
      (await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: current.cookie } })).statusCode,
    ).toBe(200);
    expect(
      (await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: other.cookie } })).statusCode,
    ).toBe(401);
  });
});

describe('API tokens', () => {
  it('authenticate scripts, record their use, and stop working once revoked', async () => {
    const session = await signedIn(await newUser());
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf };
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers,
      payload: { name: 'skrip laporan', access: 'write' },
    });
    const { token, id } = created.json();
    expect(token).toMatch(/^smp_/);
    const stored = await ctx.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);

    const bearer = { authorization: `Bearer ${token}` };
    expect((await ctx.app.inject({ url: '/api/auth/me', headers: bearer })).statusCode).toBe(200);
    const listed = await ctx.app.inject({ url: '/api/tokens', headers: bearer });
    expect(listed.json()[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed.json())).not.toContain(token);

    expect((await ctx.app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers })).statusCode).toBe(
      200,
    );
    const after = await ctx.app.inject({ url: '/api/auth/me', headers: bearer });
    expect(after.statusCode).toBe(401);
  });

  it('keeps read-only tokens read-only', async () => {
    const headers = await ctx.as('admin', {}, { access: 'read' });
    expect((await ctx.app.inject({ url: '/api/users', headers })).statusCode).toBe(200);
    const write = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers,
      payload: { email: 'x@uji.example', displayName: 'X', role: 'viewer' },
    });
    expect(write.statusCode).toBe(403);
  });

  it('rejects a malformed or unknown bearer token with 401', async () => {
    const response = await ctx.app.inject({
      url: '/api/centers',
      headers: { authorization: 'Bearer smp_palsu' },
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('user administration', () => {
  it('is for admins only, and an anonymous write is a 401', async () => {
    const viewer = await ctx.as('viewer');
    expect((await ctx.app.inject({ url: '/api/users', headers: viewer })).statusCode).toBe(403);
    expect((await ctx.app.inject({ url: '/api/users', headers: ANONYMOUS })).statusCode).toBe(401);
    const anonymousCreate = await ctx.app.inject({
      method: 'POST',
      url: '/api/centers',
      headers: ANONYMOUS,
      payload: {},
    });
    expect(anonymousCreate.statusCode).toBe(401);
  });

  it('requires a region for a regional officer and checks that scopes exist', async () => {
    const noRegion = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'dinas@uji.example', displayName: 'Dinas', role: 'regional_officer' },
    });
    expect(noRegion.statusCode).toBe(422);
    expect(noRegion.json().error.details[0].path).toBe('scopes.regions');
    const unknown = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      payload: {
        email: 'dinas@uji.example',
        displayName: 'Dinas',
        role: 'regional_officer',
        scopes: { regions: ['99.99'] },
      },
    });
    expect(unknown.statusCode).toBe(422);
    const ok = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      payload: {
        email: 'Dinas@Uji.example',
        displayName: 'Dinas',
        role: 'regional_officer',
        scopes: { regions: ['32.73'] },
      },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ email: 'dinas@uji.example', hasPassword: false });
  });

  it('disabling a user ends their access at once', async () => {
    const email = await newUser();
    const session = await signedIn(email);
    const user = await ctx.db
      .selectFrom('users')
      .select(['id', 'version'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    const disabled = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      payload: { version: user.version, active: false },
    });
    expect(disabled.statusCode).toBe(200);
    expect(
      (await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: session.cookie } })).statusCode,
    ).toBe(401);
    expect((await login(email)).statusCode).toBe(403);
  });
});

describe('hardening', () => {
  it('sends security headers and hides internals from errors', async () => {
    const response = await ctx.app.inject({ url: '/api/centers/00000000-0000-4000-8000-000000000000' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.body).not.toMatch(/at .*\.ts:\d+|SELECT|stack/);
  });

  it('answers 413 for an oversized body and 400 for malformed JSON, changing nothing', async () => {
    const before = await ctx.db
      .selectFrom('centers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const big = await ctx.app.inject({
      method: 'POST',
      url: '/api/centers',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payload_too_large');
    const malformed = await ctx.app.inject({
      method: 'POST',
      url: '/api/centers',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(malformed.statusCode).toBe(400);
    const after = await ctx.db
      .selectFrom('centers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});

import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { createUser } from './users.service.ts';

const ctx = useTestApp();
const NO_SCOPES = { regions: [], centers: [], enterprises: [], projects: [] };
const STRONG = 'kopi tubruk di pasar plered tiap kamis';
let sequence = 0;

function create(password: string, lang: 'id' | 'en' = 'id', email?: string) {
  sequence += 1;
  return ctx.app.inject({
    method: 'POST',
    url: `/api/users?lang=${lang}`,
    payload: {
      email: email ?? `sandi-${sequence}@uji.example`,
      displayName: `Pengguna ${sequence}`,
      role: 'viewer',
      password,
    },
  });
}

/** The one field error of a refused password, after checking the status and the error's shape. */
function refusal(response: { statusCode: number; body: string; json(): unknown }, path: string) {
  expect(response.statusCode, response.body).toBe(400);
  const { error } = response.json() as {
    error: { code: string; message: string; details: { path: string; message: string }[] };
  };
  expect(error.code).toBe('validation_failed');
  expect(error.details).toHaveLength(1);
  expect(error.details[0]!.path).toBe(path);
  return error.details[0]!.message;
}

describe('password strength (NIST SP 800-63B, zxcvbn score ≥ 3)', () => {
  it.each([
    ['1234567890', /sering digunakan/],
    ['aaaaaaaaaa', /berulang/],
    ['password12', /umum digunakan|mirip/],
    ['P@ssw0rd123', /umum digunakan|mirip/],
    ['sentrabatik', /kata/],
  ])('refuses %s with a helpful Indonesian message at the field', async (password, hint) => {
    const message = refusal(await create(password), 'password');
    expect(message).toMatch(/^Kata sandi terlalu mudah ditebak/);
    expect(message).toMatch(hint);
  });

  it.each([
    ['1234567890', /frequently used/],
    ['aaaaaaaaaa', /Repeated characters/],
    ['password12', /commonly used/],
    ['P@ssw0rd123', /commonly used/],
    ['sentrabatik', /words/],
  ])('refuses %s with a helpful English message at the field', async (password, hint) => {
    const message = refusal(await create(password, 'en'), 'password');
    expect(message).toMatch(/^Password is too easy to guess/);
    expect(message).toMatch(hint);
  });

  it("refuses a password that contains the e-mail's name, whatever its case", async () => {
    const id = refusal(await create('XX-BudiSantoso-2024', 'id', 'budisantoso@uji.example'), 'password');
    expect(id).toMatch(/Kata sandi tidak boleh memuat nama pada alamat email \(budisantoso\)/);
    const en = refusal(await create('XX-BudiSantoso-2024', 'en', 'budisantoso@uji.example'), 'password');
    expect(en).toMatch(/Password must not contain the name in the e-mail address \(budisantoso\)/);
  });

  it("weighs the user's name and e-mail as guessable words", async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      payload: {
        email: 'w.prasetyo@uji.example',
        displayName: 'Wahyu Prasetyo',
        role: 'viewer',
        password: 'prasetyo2024',
      },
    });
    expect(refusal(response, 'password')).toMatch(/Mengandung data personal/);
    const withName = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      payload: {
        email: 'w.p@uji.example',
        displayName: 'Wahyu Prasetyo',
        role: 'viewer',
        password: 'Wahyu Prasetyo 1',
      },
    });
    expect(refusal(withName, 'password')).toBe('Kata sandi tidak boleh memuat nama Anda.');
  });

  it('accepts a long passphrase, any Unicode, up to 256 characters', async () => {
    expect((await create(STRONG)).statusCode).toBe(201);
    expect((await create('batik tulis 🌺 dari laweyan, solo')).statusCode).toBe(201);
    // 256 emoji are 512 UTF-16 units: the limit counts characters (code points), as NIST asks.
    const emoji = (n: number) =>
      Array.from({ length: n }, (_, i) => String.fromCodePoint(0x1f300 + ((i * 7) % 500)));
    expect((await create(emoji(256).join(''))).statusCode).toBe(201);
    expect(refusal(await create(emoji(257).join('')), 'password')).toMatch(/paling banyak 256 karakter/);
  });

  it('counts characters, not UTF-16 units, for the minimum', async () => {
    expect(refusal(await create('🌺🌸🌼🌻🌷'), 'password')).toMatch(/paling sedikit 10 karakter/);
  });

  it('states the length bounds in the OpenAPI document, where API clients read them', async () => {
    const openapi = (await ctx.app.inject({ url: '/api/openapi.json' })).json();
    const bodyOf = (path: string) =>
      openapi.paths[path].post.requestBody.content['application/json'].schema.properties;
    expect(bodyOf('/api/users').password).toMatchObject({ minLength: 10, maxLength: 256 });
    expect(bodyOf('/api/users/{id}/password').newPassword).toMatchObject({ minLength: 10, maxLength: 256 });
  });

  it('applies to an admin reset and to changing one’s own password', async () => {
    const user = await createUser(ctx.db, {
      email: 'dewi.lestari@uji.example',
      displayName: 'Dewi Lestari',
      role: 'viewer',
      password: STRONG,
      scopes: NO_SCOPES,
      personalDataAccess: false,
    });
    const reset = await ctx.app.inject({
      method: 'POST',
      url: `/api/users/${user.id}/password?lang=en`,
      payload: { newPassword: 'password12' },
    });
    expect(refusal(reset, 'newPassword')).toMatch(/^New password is too easy to guess/);
    const nameReset = await ctx.app.inject({
      method: 'POST',
      url: `/api/users/${user.id}/password`,
      payload: { newPassword: 'rahasia-Dewi.Lestari' },
    });
    expect(refusal(nameReset, 'newPassword')).toMatch(/^Kata sandi baru tidak boleh memuat/);

    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { authorization: '' },
      payload: { email: 'dewi.lestari@uji.example', password: STRONG },
    });
    expect(login.statusCode, login.body).toBe(200);
    const headers = {
      cookie: (login.headers['set-cookie'] as string).split(';')[0]!,
      'x-csrf-token': login.json().csrfToken as string,
    };
    const change = (newPassword: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers,
        payload: { currentPassword: STRONG, newPassword },
      });
    expect(refusal(await change('1234567890'), 'newPassword')).toMatch(/^Kata sandi baru terlalu mudah/);
    expect((await change('tenun ikat troso jepara sejak dulu')).statusCode).toBe(204);
  });
});

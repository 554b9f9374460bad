import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ANONYMOUS, TEST_CONFIG, useTestApp } from '../../test/app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { buildCenterInput, buildEnterpriseInput } from '../../test/factories.ts';
import { loadPseudonymKey } from '../auth/pseudonym.ts';
import { buildApp } from './app.ts';
import type { SimpulApp } from './types.ts';

const ctx = useTestApp();

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url, payload: payload as Record<string, unknown>, headers });

/** Every message of a 400: the summary and each detail. */
const messages = (body: { error: { message: string; details: { message: string }[] } }) => [
  body.error.message,
  ...body.error.details.map((d) => d.message),
];

describe('a NUL byte or another control character is a 400 naming the field, never a 500', () => {
  it('refuses a NUL in the sign-in form, for anyone', async () => {
    const response = await post('/api/auth/login', { email: '\u0000', password: '\u0000' }, ANONYMOUS);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      {
        path: 'email',
        message:
          'Surel harus satu baris tanpa karakter kendali (NUL, tab, pindah baris dan sejenisnya tidak boleh).',
      },
      {
        path: 'password',
        message:
          'Kata sandi harus satu baris tanpa karakter kendali (NUL, tab, pindah baris dan sejenisnya tidak boleh).',
      },
    ]);
  });

  it('refuses a NUL in the search text of every list, public ones included', async () => {
    const center = (await post('/api/centers', buildCenterInput())).json().id as string;
    const institution = (
      await post('/api/institutions', {
        name: 'Koperasi Uji',
        type: 'cooperative',
        legalStatus: 'registered',
      })
    ).json().id as string;
    const lists = [
      '/api/regions',
      '/api/centers',
      '/api/enterprises',
      '/api/people',
      '/api/institutions',
      `/api/centers/${center}/members`,
      `/api/institutions/${institution}/members`,
    ];
    for (const list of lists) {
      const anonymous = await ctx.app.inject({ url: `${list}?q=a%00b&lang=en`, headers: ANONYMOUS });
      expect([400, 401], list).toContain(anonymous.statusCode);
      const signedIn = await ctx.app.inject({ url: `${list}?q=a%00b&lang=en` });
      expect(signedIn.statusCode, list).toBe(400);
      expect(signedIn.json().error.details).toEqual([
        {
          path: 'querystring.q',
          message:
            'Search text must be one line without control characters (no NUL, tab, line break or the like).',
        },
      ]);
    }
  });

  it('refuses a NUL in the audit filters and in a person’s name; allows line breaks in notes only', async () => {
    const audit = await ctx.app.inject({ url: '/api/audit?entityType=%00&entityId=%00' });
    expect(audit.statusCode).toBe(400);
    expect(audit.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'querystring.entityType',
      'querystring.entityId',
    ]);
    const person = await post('/api/people?lang=en', { fullName: 'Euis\u0000', roles: ['worker'] });
    expect(person.statusCode).toBe(400);
    expect(person.json().error.details[0].message).toMatch(/^Full name must be one line/);
    const twoLines = await post('/api/people', { fullName: 'Euis\nRohaeti', roles: ['worker'] });
    expect(twoLines.statusCode).toBe(400);
    const notes = await post('/api/people', {
      fullName: 'Euis Rohaeti',
      roles: ['worker'],
      notes: 'Baris satu\n\tBaris dua',
    });
    expect(notes.statusCode, notes.body).toBe(201);
    const nulNotes = await post('/api/people?lang=en', {
      fullName: 'Euis',
      roles: ['worker'],
      notes: 'a\u0000',
    });
    expect(nulNotes.json().error.details).toEqual([
      {
        path: 'notes',
        message:
          'Notes cannot contain control characters such as NUL; only tabs and line breaks are allowed.',
      },
    ]);
  });
});

describe('dates are between 1900-01-01 and 2100-12-31', () => {
  it('answers 400 for year 0 on the network, analysis, members and interactions, naming the field', async () => {
    const center = (await post('/api/centers', buildCenterInput())).json().id as string;
    const urls = [
      `/api/centers/${center}/network?at=0000-01-01`,
      `/api/centers/${center}/analysis?at=0000-01-01`,
      `/api/centers/${center}/members?at=0000-01-01`,
      `/api/centers/${center}/network/change?from=0000-01-01&to=2024-01-01`,
      `/api/centers/${center}/network/export?format=csv&at=0000-01-01`,
      `/api/analysis/compare?centers=${center}&at=0000-01-01`,
      '/api/interactions?activeAt=0000-01-01',
      '/api/audit?from=0000-01-01T00:00:00Z',
    ];
    for (const url of urls) {
      const response = await ctx.app.inject({ url });
      expect(response.statusCode, `${url} ${response.body}`).toBe(400);
      expect(response.json().error.details[0].message, url).toMatch(
        /harus antara 1900-01-01 dan 2100-12-31\.$/,
      );
    }
    const english = await ctx.app.inject({ url: `/api/centers/${center}/network?at=2101-01-01&lang=en` });
    expect(english.json().error.details).toEqual([
      { path: 'querystring.at', message: 'Date must be between 1900-01-01 and 2100-12-31.' },
    ]);
    const edges = await ctx.app.inject({ url: `/api/centers/${center}/network?at=1900-01-01` });
    expect(edges.statusCode).toBe(200);
  });

  it('refuses a body date out of range and explains an impossible one', async () => {
    const enterprise = (await post('/api/enterprises', buildEnterpriseInput())).json().id as string;
    const center = (await post('/api/centers', buildCenterInput())).json().id as string;
    const early = await post('/api/center-memberships?lang=en', {
      centerId: center,
      enterpriseId: enterprise,
      validFrom: '1899-12-31',
    });
    expect(early.json().error.details).toEqual([
      { path: 'validFrom', message: 'Member from must be between 1900-01-01 and 2100-12-31.' },
    ]);
    const impossible = await post('/api/center-memberships', {
      centerId: center,
      enterpriseId: enterprise,
      validFrom: '2024-02-30',
    });
    expect(impossible.json().error.details).toEqual([
      {
        path: 'validFrom',
        message: 'Anggota sejak harus tanggal yang ada, ditulis TTTT-BB-HH (mis. 2024-01-31).',
      },
    ]);
  });
});

describe('400 messages say what is expected in plain words', () => {
  it('never shows a pattern, a type name or a zod code', async () => {
    const bad = [
      await post('/api/centers', buildCenterInput({ regionCodes: ['32-73'], foundingYear: 'lama' as never })),
      await post('/api/centers?lang=en', { ...buildCenterInput(), kbli: [{ code: 'x', version: '2020' }] }),
      await ctx.app.inject({ url: '/api/centers?limit=abc&sort=colour&lang=en' }),
      await ctx.app.inject({ url: '/api/interactions?center=not-a-uuid' }),
      await post('/api/tokens?lang=en', { name: '', access: 'all', expiresInDays: 1e9 }),
    ];
    for (const response of bad) {
      expect(response.statusCode).toBe(400);
      for (const message of messages(response.json())) {
        expect(message).not.toMatch(
          /\^|\$\/|\\d|regex|pattern|expected (string|number)|received|invalid_|NaN/i,
        );
      }
    }
    expect(bad[0]!.json().error.details).toEqual([
      {
        path: 'foundingYear',
        message: 'Tahun berdiri harus berupa angka.',
      },
      {
        path: 'regionCodes.0',
        message:
          'Kode wilayah harus kode wilayah Kemendagri bertitik, mis. 32, 32.73, 32.73.17 atau 32.73.17.1003.',
      },
    ]);
    expect(bad[1]!.json().error.details).toEqual([
      { path: 'kbli.0.code', message: 'KBLI code: a KBLI code has 2–5 digits, e.g. 15201.' },
    ]);
    expect(bad[2]!.json().error.details.map((d: { message: string }) => d.message)).toEqual([
      'Page size must be a number.',
      'Sort order must be one of the listed choices.',
    ]);
    expect(bad[4]!.json().error.details.map((d: { message: string }) => d.message)).toEqual([
      'Name cannot be empty.',
      'Token access must be one of: read, write.',
      'Valid for (days) must be at most 3650.',
    ]);
  });
});

describe('media types and waiting', () => {
  it('answers 415 for a body of the wrong type, JSON routes and the file import alike', async () => {
    const text = await ctx.app.inject({
      method: 'POST',
      url: '/api/centers?lang=en',
      payload: 'name=x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().error).toEqual({
      code: 'unsupported_media_type',
      message:
        'Content-Type text/plain is not accepted here: send application/json (file imports: text/csv or XLSX).',
      details: [],
    });
    const json = await post('/api/import/enterprises', { a: 1 });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('unsupported_media_type');
  });
});

describe('logging', () => {
  let database: TestDatabase;
  let app: SimpulApp;
  const lines: { level: number; msg: string }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line));
    });
    app = await buildApp(
      { db: database.db, mode: inject('databaseMode'), pseudonymKey: await loadPseudonymKey(database.db) },
      { ...TEST_CONFIG, logLevel: 'info' },
      { logStream: stream },
    );
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('keeps client errors (400, 401, 404, 415) out of the error level', async () => {
    const statuses = [
      (await app.inject({ url: '/api/regions?q=%00' })).statusCode,
      (await app.inject({ url: '/api/audit' })).statusCode,
      (await app.inject({ url: '/api/tidak-ada' })).statusCode,
      (
        await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'a\u0000', password: 'x' },
        })
      ).statusCode,
      (
        await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: 'x',
          headers: { 'content-type': 'text/plain' },
        })
      ).statusCode,
    ];
    expect(statuses).toEqual([400, 401, 404, 400, 415]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
  });
});

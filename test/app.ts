import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Role, Scopes } from '../src/auth/actor.ts';
import { loadPseudonymKey } from '../src/auth/pseudonym.ts';
import { createToken } from '../src/auth/tokens.ts';
import { createUser } from '../src/auth/users.service.ts';
import type { Db } from '../src/db/database.ts';
import { type AppConfig, buildApp } from '../src/http/app.ts';
import type { SimpulApp } from '../src/http/types.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

/** Request headers that authenticate as someone (or, with an empty authorization, as nobody). */
export type AuthHeaders = { authorization: string };

export interface TestContext {
  /**
   * The in-process app. `app.inject(…)` authenticates as the test admin unless the request carries its own
   * `authorization` header (`ANONYMOUS` for none) or a cookie.
   */
  app: SimpulApp;
  db: Db;
  /** Connection string of the test file's own database (for a second, independent session). */
  url: string;
  /** Headers of a user with `role` and `scopes`, created on first use. */
  as(
    role: Role,
    scopes?: Partial<Scopes>,
    options?: { personalDataAccess?: boolean; access?: 'read' | 'write' },
  ): Promise<AuthHeaders>;
}

/** Headers of an anonymous request. */
export const ANONYMOUS: AuthHeaders = { authorization: '' };

export const TEST_CONFIG: AppConfig = {
  bodyLimit: 1024 * 1024,
  logLevel: 'silent',
  sessionIdleMinutes: 30,
  sessionMaxHours: 12,
  rateLimitPerMinute: 100_000,
  loginRateLimitPerMinute: 100_000,
  trustProxy: false,
  requestTimeoutSeconds: 120,
  importTimeoutSeconds: 600,
  importsPerUser: 2,
  importsAtOnce: 4,
};

/**
 * Registers hooks that give the test file its own database and an in-process app over it, with a signed-in
 * admin by default. Use the returned object's fields inside tests (they are filled in `beforeAll`).
 */
export function useTestApp(config: Partial<AppConfig> = {}): TestContext {
  let database: TestDatabase;
  const users = new Map<string, AuthHeaders>();
  let sequence = 0;

  const as: TestContext['as'] = async (role, scopes = {}, options = {}) => {
    const key = JSON.stringify([role, scopes, options]);
    const known = users.get(key);
    if (known) return known;
    sequence += 1;
    const user = await createUser(context.db, {
      email: `${role}-${sequence}@uji.example`,
      displayName: `${role} ${sequence}`,
      role,
      scopes: { regions: [], centers: [], enterprises: [], projects: [], ...scopes },
      personalDataAccess: options.personalDataAccess ?? false,
    });
    const token = await createToken(context.db, user.id, { name: 'test', access: options.access ?? 'write' });
    const headers = { authorization: `Bearer ${token.token}` };
    users.set(key, headers);
    return headers;
  };

  const context: TestContext = { as } as TestContext;
  beforeAll(async () => {
    database = await createTestDatabase();
    context.db = database.db;
    context.url = database.url;
    const app = await buildApp(
      { db: database.db, mode: inject('databaseMode'), pseudonymKey: await loadPseudonymKey(database.db) },
      { ...TEST_CONFIG, ...config },
    );
    const admin = await as('admin');
    const raw = app.inject.bind(app);
    const withAdmin = (options: InjectOptions | string): InjectOptions => {
      const request: InjectOptions = typeof options === 'string' ? { url: options } : options;
      const headers = (request.headers ?? {}) as Record<string, string>;
      if ('authorization' in headers || 'cookie' in headers) return request;
      return { ...request, headers: { ...headers, ...admin } };
    };
    app.inject = ((options: InjectOptions | string) => raw(withAdmin(options))) as typeof app.inject;
    context.app = app;
  });
  afterAll(async () => {
    await context.app?.close();
    await database?.drop();
  });
  return context;
}

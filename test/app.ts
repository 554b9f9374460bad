import { afterAll, beforeAll, inject } from 'vitest';
import type { Db } from '../src/db/database.ts';
import { buildApp } from '../src/http/app.ts';
import type { SimpulApp } from '../src/http/types.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export interface TestContext {
  app: SimpulApp;
  db: Db;
}

/**
 * Registers hooks that give the test file its own database and an in-process app over it.
 * Use the returned object's fields inside tests (they are filled in `beforeAll`).
 */
export function useTestApp(): TestContext {
  const context = {} as TestContext;
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    context.db = database.db;
    context.app = await buildApp(
      { db: database.db, mode: 'embedded' },
      { bodyLimit: 1024 * 1024, logLevel: 'silent' },
    );
  });
  afterAll(async () => {
    await context.app?.close();
    await database?.drop();
  });
  return context;
}

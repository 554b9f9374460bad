import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CONFIG } from '../../test/app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { loadPseudonymKey } from '../auth/pseudonym.ts';
import { createKysely, type Db } from '../db/database.ts';
import { buildApp } from './app.ts';
import type { SimpulApp } from './types.ts';

let database: TestDatabase;
let limited: Db;
let app: SimpulApp;

beforeAll(async () => {
  database = await createTestDatabase();
  limited = createKysely(database.url, {
    applicationName: 'simpul-test-limited',
    poolSize: 2,
    timeouts: { statementMs: 2000, lockMs: 300, idleInTransactionMs: 5000 },
  });
  app = await buildApp(
    { db: limited, mode: 'external', pseudonymKey: await loadPseudonymKey(database.db) },
    TEST_CONFIG,
  );
});
afterAll(async () => {
  await app.close();
  await limited.destroy();
  await database.drop();
});

describe('a request the database gives up on', () => {
  it('is a 503 with Retry-After and a message in the reader’s language, not a 500', async () => {
    await database.db.transaction().execute(async (trx) => {
      await sql`LOCK TABLE centers IN ACCESS EXCLUSIVE MODE`.execute(trx);
      const response = await app.inject('/api/centers?lang=en');
      expect(response.statusCode, response.body).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.json().error).toEqual({
        code: 'busy',
        message:
          'The server could not finish this request in time (the database took too long); nothing was changed. Try again in a moment.',
        details: [],
      });
    });
    expect((await app.inject('/api/centers')).statusCode).toBe(200);
  });
});

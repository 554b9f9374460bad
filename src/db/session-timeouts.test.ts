import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { createKysely, type Db, sessionTimeouts } from './database.ts';

let database: TestDatabase;
let limited: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  limited = createKysely(database.url, {
    applicationName: 'simpul-test-limited',
    poolSize: 2,
    timeouts: { statementMs: 300, lockMs: 200, idleInTransactionMs: 400 },
  });
});
afterAll(async () => {
  await limited.destroy();
  await database.drop();
});

describe("the server's session limits", () => {
  it('come from the configuration in milliseconds', () => {
    expect(
      sessionTimeouts({ statementTimeoutSeconds: 30, lockTimeoutSeconds: 10, idleInTransactionSeconds: 60 }),
    ).toEqual({ statementMs: 30_000, lockMs: 10_000, idleInTransactionMs: 60_000 });
  });

  it('cancel a statement that runs too long', async () => {
    const started = Date.now();
    await expect(sql`SELECT pg_sleep(5)`.execute(limited)).rejects.toMatchObject({ code: '57014' });
    expect(Date.now() - started).toBeLessThan(2000);
    // The pool's session is still usable afterwards.
    expect((await sql<{ one: number }>`SELECT 1 AS one`.execute(limited)).rows).toEqual([{ one: 1 }]);
  });

  it('give up waiting for a lock', async () => {
    await database.db.transaction().execute(async (trx) => {
      await sql`LOCK TABLE centers IN ACCESS EXCLUSIVE MODE`.execute(trx);
      await expect(sql`SELECT count(*) FROM centers`.execute(limited)).rejects.toMatchObject({
        code: '55P03',
      });
    });
  });

  it('end a session left idle inside a transaction, which rolls back, without crashing the process', async () => {
    await expect(
      limited.transaction().execute(async (trx) => {
        await sql`CREATE TABLE left_open (id int)`.execute(trx);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await sql`SELECT 1`.execute(trx);
      }),
    ).rejects.toThrow();
    const { rows } = await sql<{
      found: string | null;
    }>`SELECT to_regclass('left_open')::text AS found`.execute(database.db);
    expect(rows).toEqual([{ found: null }]);
    // The ended session crashed nothing (pg emits 'error' on it) and the pool hands out a fresh one.
    expect((await sql<{ one: number }>`SELECT 1 AS one`.execute(limited)).rows).toEqual([{ one: 1 }]);
  });
});

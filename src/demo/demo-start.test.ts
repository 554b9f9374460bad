import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { countCenters } from '../centers/centers.repo.ts';
import { inTransaction } from '../db/database.ts';
import { loadDemo } from './demo.ts';
import { createDemoUsers } from './demo-users.ts';

let fresh: TestDatabase;
beforeAll(async () => {
  fresh = await createTestDatabase();
});
afterAll(async () => {
  await fresh?.drop();
});

// `simpul serve --demo-if-empty` loads the dataset and makes its accounts in one transaction, so a start
// stopped between the two leaves an empty database that the next start fills, not a demo without accounts.
it('keeps nothing of the demo when its start stops before the accounts are committed', async () => {
  const interrupted = inTransaction(fresh.db, async (trx) => {
    await loadDemo(trx);
    expect((await createDemoUsers(trx)).length).toBeGreaterThan(0);
    expect(await countCenters(trx)).toBe(14);
    throw new Error('interrupted');
  });
  await expect(interrupted).rejects.toThrow('interrupted');
  expect(await countCenters(fresh.db)).toBe(0);
  const users = await fresh.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  expect(users.n).toBe(0);

  const { users: made } = await inTransaction(fresh.db, async (trx) => ({
    summary: await loadDemo(trx),
    users: await createDemoUsers(trx),
  }));
  expect(made.length).toBeGreaterThan(0);
  expect(await countCenters(fresh.db)).toBe(14);
}, 120_000);

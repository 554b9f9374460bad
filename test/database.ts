import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createKysely, type Db } from '../src/db/database.ts';

export interface TestDatabase {
  db: Db;
  url: string;
  /** Drops the database; call in `afterAll`. */
  drop(): Promise<void>;
}

/** A fresh database copied from the suite's template: migrated, regions loaded, nothing else. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('adminUrl');
  const name = `simpul_t_${inject('templateDatabase').split('_').pop()}_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`);
  const parsed = new URL(adminUrl);
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  const db = createKysely(url, { applicationName: 'simpul-test', poolSize: 5 });
  return {
    db,
    url,
    drop: async () => {
      await db.destroy();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, application_name: 'simpul-test-admin' });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

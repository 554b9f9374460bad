import { execFileSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createKysely } from '../src/db/database.ts';
import { acquireEmbedded, type EmbeddedInstance } from '../src/db/embedded.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { ensureRegions } from '../src/regions/regions.loader.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Maintenance-database URL of the server the tests use. */
    adminUrl: string;
    /** Name of the migrated, region-loaded database each test file copies. */
    templateDatabase: string;
    databaseMode: 'embedded' | 'external';
  }
}

let embedded: EmbeddedInstance | undefined;
let adminUrl = '';
const template = `simpul_tpl_${process.pid}`;

/**
 * Provides a PostgreSQL for the suite: `DATABASE_URL` when set (any server where that user may create
 * databases), else the embedded one under `data/test`. Builds one template database (migrations and
 * regions); every test file then gets its own copy, so files run in parallel without sharing rows.
 * First builds the CLI when its build is missing or older than the sources: tests import the sources,
 * but the processes they spawn (`./bin/simpul`, `simpul serve`) run the build, as users do, and always
 * one made from the sources under test (docs/design-choices.md, "The CLI runs compiled JavaScript").
 */
export async function setup(project: TestProject): Promise<void> {
  execFileSync(process.execPath, [path.resolve('scripts/build-cli.mjs'), '--if-stale'], { stdio: 'inherit' });
  const external = process.env.DATABASE_URL;
  if (external) {
    adminUrl = external;
  } else {
    const dataDir = path.resolve(process.env.SIMPUL_TEST_DATA_DIR ?? 'data/test');
    embedded = await acquireEmbedded(dataDir, 54339, () => {});
    adminUrl = embedded.adminConnectionString;
  }
  await admin(`DROP DATABASE IF EXISTS ${template}`);
  await admin(`CREATE DATABASE ${template}`);
  const db = createKysely(withDatabase(adminUrl, template), { applicationName: 'simpul-test-setup' });
  try {
    await migrateToLatest(db);
    await ensureRegions(db);
  } finally {
    await db.destroy();
  }
  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', template);
  project.provide('databaseMode', external ? 'external' : 'embedded');
  const where = external ? `external PostgreSQL (${new URL(external).host})` : 'embedded PostgreSQL';
  console.log(`Tests run against the ${where}.`);
}

export async function teardown(): Promise<void> {
  await admin(`DROP DATABASE IF EXISTS ${template}`).catch(() => {});
  const leftovers = await admin(
    `SELECT datname FROM pg_database WHERE datname LIKE 'simpul_t_${process.pid}_%'`,
  ).catch(() => [] as { datname: string }[]);
  for (const { datname } of leftovers)
    await admin(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`).catch(() => {});
  await embedded?.release();
}

async function admin(statement: string): Promise<{ datname: string }[]> {
  const client = new pg.Client({ connectionString: adminUrl, application_name: 'simpul-test-admin' });
  await client.connect();
  try {
    return (await client.query(statement)).rows;
  } finally {
    await client.end();
  }
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

import { runMigrations } from 'graphile-worker';
import pg from 'pg';
import { type Db, ownConnectionSettings } from '../db/database.ts';
import { pgSettings } from '../db/multi-host.ts';
import { quietPool, silentLogger } from './logger.ts';

/**
 * Installs or upgrades graphile-worker's own schema (`graphile_worker`), by the library's migrations, on
 * `db`'s database. Runs before our migrations, which call its functions. Safe to run from several
 * processes at once (the library takes an advisory lock).
 */
export async function installJobQueue(db: Db): Promise<void> {
  const settings = ownConnectionSettings(db);
  if (!settings) throw new Error('installJobQueue: the database was not opened by createKysely');
  const pool = new pg.Pool(pgSettings({ ...settings, application_name: 'simpul-jobs-install', max: 1 }));
  quietPool(pool);
  try {
    await runMigrations({ pgPool: pool, logger: silentLogger });
  } finally {
    await pool.end();
  }
}

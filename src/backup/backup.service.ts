/**
 * `simpul backup` and `simpul restore`: a consistent snapshot of every Simpul table written with COPY into
 * one archive (see archive.ts), and its return into an empty database at the same schema version, then
 * migrated forward. Why COPY and not pg_dump: docs/design-choices.md, "Backup and restore".
 */
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { type Db, rawClient } from '../db/database.ts';
import { knownMigrations, migrateTo, migrateToLatest } from '../db/migrate.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { VERSION } from '../version.ts';
import { ArchiveError, CopyDigest, type Manifest, readArchive, writeArchive } from './archive.ts';
import * as repo from './backup.repo.ts';
import { BACKUP_MESSAGES as M } from './backup-messages.ts';

/** What a backup wrote. */
export interface BackupResult {
  bytes: number;
  tables: number;
  rows: number;
  ms: number;
}

/**
 * Writes a backup of `db` to `file`: all tables in one REPEATABLE READ, READ ONLY transaction (one
 * snapshot, as pg_dump), each table compressed beside the target, then packed into `file` under a
 * temporary name and renamed into place, so `file` is either absent or whole. Refuses an existing `file`
 * unless `force`.
 */
export async function backupDatabase(
  db: Db,
  file: string,
  options: { force?: boolean; onProgress?: (line: string) => void } = {},
): Promise<BackupResult> {
  const started = performance.now();
  if (fs.existsSync(file) && !options.force) throw new AppError('conflict', tr(M.exists, { file }));
  const dir = path.dirname(path.resolve(file));
  const work = fs.mkdtempSync(path.join(dir, '.simpul-backup-'));
  const partial = path.join(work, 'archive.tar');
  try {
    const manifest = await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (trx) => {
        const client = await rawClient(trx);
        const tables: Manifest['tables'] = [];
        const dataFiles = new Map<string, string>();
        for (const table of await repo.listTables(trx)) {
          const target = path.join(work, `${tables.length}.copy.gz`);
          const digest = new CopyDigest();
          await pipeline(
            repo.copyOut(client, table),
            digest,
            zlib.createGzip(),
            fs.createWriteStream(target),
          );
          tables.push({ ...table, rows: digest.rows, sha256: digest.digest() });
          dataFiles.set(table.name, target);
          options.onProgress?.(tr(M.table, { table: table.name, rows: digest.rows }));
        }
        const snapshot: Manifest = {
          format: 'simpul-backup',
          formatVersion: 1,
          createdAt: new Date().toISOString(),
          simpulVersion: VERSION,
          serverVersion: await repo.serverVersion(trx),
          migrations: await repo.appliedMigrations(trx),
          tables,
          sequences: await repo.readSequences(trx),
        };
        return { snapshot, dataFiles };
      });
    await writeArchive(partial, manifest.snapshot, manifest.dataFiles);
    const handle = fs.openSync(partial, 'r');
    fs.fsyncSync(handle);
    fs.closeSync(handle);
    fs.renameSync(partial, file);
    return {
      bytes: fs.statSync(file).size,
      tables: manifest.snapshot.tables.length,
      rows: manifest.snapshot.tables.reduce((sum, t) => sum + t.rows, 0),
      ms: performance.now() - started,
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** How a restore may proceed. */
export interface RestoreOptions {
  /** Delete the contents of a non-empty database first. */
  force?: boolean;
  /** Asked before deleting a non-empty database's contents; false cancels. */
  confirm: () => Promise<boolean>;
  /** This process's own sessions' application name (they do not count as "in use"). */
  ownApplication: string;
  onProgress?: (line: string) => void;
}

/** What a restore did. */
export interface RestoreResult {
  tables: number;
  rows: number;
  /** Migrations applied after the rows went in (an older backup). */
  migratedForward: string[];
  ms: number;
}

/**
 * Restores `file` into `db`. The whole file is read and checked (manifest, every table's row count and
 * SHA-256, known migrations) before anything is changed, so a foreign, truncated or newer file leaves the
 * database as it was. Then: refused while other sessions use the database, or when it holds data and not
 * `force` (confirmed); the schema is rebuilt by the migrations up to the backup's, the rows are copied in
 * one transaction (triggers off, as pg_restore --disable-triggers), and the migrations since are applied.
 */
export async function restoreDatabase(db: Db, file: string, options: RestoreOptions): Promise<RestoreResult> {
  const started = performance.now();
  if (!fs.existsSync(file)) throw new AppError('not_found', tr(M.missing, { file }));
  const manifest = await checkArchive(file);
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  options.onProgress?.(
    tr(M.checked, {
      tables: manifest.tables.length,
      rows,
      version: manifest.simpulVersion,
      created: manifest.createdAt,
    }),
  );
  const others = await repo.otherSessions(db, options.ownApplication);
  if (others > 0) throw new AppError('conflict', tr(M.inUse, { n: others }));
  const holding = await repo.tablesWithRows(db);
  if (holding.length > 0) {
    if (!options.force) {
      throw new AppError('conflict', tr(M.notEmpty, { tables: holding.slice(0, 5).join(', ') }));
    }
    if (!(await options.confirm())) throw new AppError('conflict', tr(M.cancelled));
  }
  await repo.dropEverything(db);
  const last = manifest.migrations.at(-1);
  if (last) await migrateTo(db, last);
  await db.transaction().execute(async (trx) => {
    await repo.disableTriggers(trx);
    await repo.truncate(
      trx,
      (await repo.listTables(trx)).map((t) => t.name),
    );
    const client = await rawClient(trx);
    await readArchive(file, {
      onTable: async (table, data) => {
        await pipeline(data, repo.copyIn(client, table));
        options.onProgress?.(tr(M.table, { table: table.name, rows: table.rows }));
      },
    });
    await repo.writeSequences(trx, manifest.sequences);
  });
  const migratedForward = await migrateToLatest(db);
  if (migratedForward.length > 0)
    options.onProgress?.(tr(M.migratedForward, { list: migratedForward.join(', ') }));
  const applied = new Set(await repo.appliedMigrations(db));
  const pending = knownMigrations().filter((name) => !applied.has(name));
  if (pending.length > 0) throw new Error(tr(M.incomplete, { names: pending.join(', ') }));
  return { tables: manifest.tables.length, rows, migratedForward, ms: performance.now() - started };
}

/** Reads the whole file once, checking it, and returns its manifest; a clear refusal when unsound or newer. */
async function checkArchive(file: string): Promise<Manifest> {
  const known = new Set(knownMigrations());
  try {
    return await readArchive(file, {
      onManifest: (manifest) => {
        const unknown = manifest.migrations.filter((name) => !known.has(name));
        if (unknown.length > 0)
          throw new AppError('unprocessable', tr(M.newer, { file, names: unknown.join(', ') }));
        if (manifest.migrations.length === 0) throw new ArchiveError('no migrations');
      },
      onTable: async (_table, data) => {
        data.resume();
        await new Promise((resolve, reject) => data.on('end', resolve).on('error', reject));
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('unprocessable', tr(M.damaged, { file, reason: (error as Error).message }));
  }
}

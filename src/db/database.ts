import { randomUUID } from 'node:crypto';
import { CompiledQuery, Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { auditIdentity } from '../auth/actor.ts';
import type { Config } from '../config.ts';
import type { Database } from './database-types.ts';
import { acquireEmbedded, CLIENT_PREFIX } from './embedded.ts';
import { pgSettings } from './multi-host.ts';

// int8 (counts, rupiah amounts) and numeric arrive as text; every value we store fits a double exactly.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));
// `date` stays `YYYY-MM-DD` text: turning it into a JS Date would shift it by the local time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** A Kysely handle; a transaction is just another `Db`. */
export type Db = Kysely<Database>;

export type DatabaseMode = 'embedded' | 'external';

export interface OpenDatabase {
  db: Db;
  /** The replica (`DATABASE_REPLICA_URL`) for reads that may lag; without one, `db` itself. */
  dbRead: Db;
  mode: DatabaseMode;
  connectionString: string;
  /** Closes the pool and, on the embedded default, releases the shared server. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Shown in `pg_stat_activity`; must start with `simpul` so the embedded server counts us. */
  applicationName?: string;
  log?: (message: string) => void;
  poolSize?: number;
  /** Limits PostgreSQL enforces on every session of the pool (the server's; one-off commands run without). */
  timeouts?: SessionTimeouts;
}

/** Per-session limits, in milliseconds (see `docs/RELIABILITY.md`). */
export interface SessionTimeouts {
  statementMs: number;
  lockMs: number;
  idleInTransactionMs: number;
}

/** The server's session limits from its configuration. */
export function sessionTimeouts(
  config: Pick<Config, 'statementTimeoutSeconds' | 'lockTimeoutSeconds' | 'idleInTransactionSeconds'>,
): SessionTimeouts {
  return {
    statementMs: config.statementTimeoutSeconds * 1000,
    lockMs: config.lockTimeoutSeconds * 1000,
    idleInTransactionMs: config.idleInTransactionSeconds * 1000,
  };
}

/** How long taking a connection from a pool may take (connecting, or waiting for a free one). */
const CONNECT_TIMEOUT_MS = 15_000;

/** Connects to `DATABASE_URL`, or starts/joins the embedded PostgreSQL under the data folder. */
export async function openDatabase(config: Config, options: OpenOptions = {}): Promise<OpenDatabase> {
  const log = options.log ?? (() => {});
  if (config.databaseUrl) {
    const db = createKysely(config.databaseUrl, options);
    const dbRead = config.databaseReplicaUrl ? createKysely(config.databaseReplicaUrl, options) : db;
    const close = async () => {
      await db.destroy();
      if (dbRead !== db) await dbRead.destroy();
    };
    return { db, dbRead, mode: 'external', connectionString: config.databaseUrl, close };
  }
  const embedded = await acquireEmbedded(config.dataDir, config.embeddedPort, log);
  const db = createKysely(embedded.connectionString, options);
  return {
    db,
    dbRead: db,
    mode: 'embedded',
    connectionString: embedded.connectionString,
    close: async () => {
      await db.destroy();
      await embedded.release();
    },
  };
}

/**
 * A Kysely instance over a pooled connection string. Each time a connection is taken from the pool it is
 * told who is acting (`simpul.actor`), so the audit triggers attribute every write to the right person.
 */
export function createKysely(connectionString: string, options: OpenOptions = {}): Db {
  const pool = new pg.Pool(
    pgSettings({
      connectionString,
      max: options.poolSize ?? 10,
      // A dead or unreachable server, or a pool full for this long: the request fails with a retryable
      // 503 instead of waiting (see error-handler.ts).
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      application_name: options.applicationName ?? CLIENT_PREFIX,
      ...(options.timeouts && {
        statement_timeout: options.timeouts.statementMs,
        lock_timeout: options.timeouts.lockMs,
        idle_in_transaction_session_timeout: options.timeouts.idleInTransactionMs,
      }),
    }),
  );
  pool.on('connect', registerClient);
  const settings = {
    connectionString,
    application_name: `${options.applicationName ?? CLIENT_PREFIX}-listen`,
  };
  pool.on('error', () => {}); // an idle client's lost session: the pool has already removed it
  pool.on('remove', (client) => RAW_CLIENTS.delete(CLIENT_IDS.get(client) ?? ''));
  const identities = new WeakMap<object, string>();
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool,
      onReserveConnection: async (connection) => {
        const identity = auditIdentity();
        if (identities.get(connection) === identity) return; // already set on this connection
        await connection.executeQuery(
          CompiledQuery.raw(`SELECT set_config('simpul.actor', $1, false)`, [identity]),
        );
        identities.set(connection, identity);
      },
    }),
  });
  LISTEN_SETTINGS.set(db, settings);
  POOLS.set(db, pool);
  return db;
}

/** Each Kysely handle's pg pool, for its figures (`poolStats`). */
const POOLS = new WeakMap<Db, pg.Pool>();

/** The connections of `db`'s pool: open, idle, and borrowers waiting for one (undefined: not ours). */
export function poolStats(db: Db): { total: number; idle: number; waiting: number } | undefined {
  const pool = POOLS.get(db);
  return pool && { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
}

/** How to open a connection of its own beside a Kysely pool (a LISTEN session; see notifications.ts). */
const LISTEN_SETTINGS = new WeakMap<Db, pg.ClientConfig>();

/** The settings for a connection of its own to `db`'s database, outside its pool. */
export function ownConnectionSettings(db: Db): pg.ClientConfig | undefined {
  return LISTEN_SETTINGS.get(db);
}

/** Every pooled pg client by the id its session carries in `simpul.client` (see `rawClient`). */
const RAW_CLIENTS = new Map<string, pg.PoolClient>();
const CLIENT_IDS = new WeakMap<pg.PoolClient, string>();

function registerClient(client: pg.PoolClient): void {
  const id = randomUUID();
  RAW_CLIENTS.set(id, client);
  CLIENT_IDS.set(client, id);
  // PostgreSQL may end a session between queries (idle in transaction too long, an administrator, a
  // restart). pg then emits 'error' on the client, which would crash the process if nobody listened; the
  // borrower's next query fails instead, and the pool drops the client.
  client.on('error', () => {});
  // Queued ahead of anything the pool's borrower sends, so the session is tagged before its first use.
  client.query(`SELECT set_config('simpul.client', $1, false)`, [id]).catch(() => {});
}

/**
 * The pg client under a Kysely transaction, for what Kysely cannot do (COPY). It is the very session of
 * the transaction — same snapshot, TEMP tables and settings — found through the id every pooled session
 * carries. Use it only inside that transaction, and never while one of its Kysely queries is still running.
 */
export async function rawClient(trx: Transaction<Database>): Promise<pg.PoolClient> {
  const { rows } = await sql<{
    id: string | null;
  }>`SELECT current_setting('simpul.client', true) AS id`.execute(trx);
  const client = RAW_CLIENTS.get(rows[0]?.id ?? '');
  if (!client) throw new Error('This database session was not opened by createKysely');
  return client;
}

/** Runs `work` in the caller's transaction when `db` is one, else in a new one: steps compose into one commit. */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

import { loadPseudonymKey } from '../auth/pseudonym.ts';
import { countCenters } from '../centers/centers.repo.ts';
import { type Config, loadConfig } from '../config.ts';
import {
  createKysely,
  type Db,
  inTransaction,
  type OpenDatabase,
  openDatabase,
  sessionTimeouts,
} from '../db/database.ts';
import { loadDemo } from '../demo/demo.ts';
import { createDemoUsers, formatDemoUsers } from '../demo/demo-users.ts';
import { loadDemoResearch } from '../demo/research-load.ts';
import { buildApp } from '../http/app.ts';
import { WEB_DIST } from '../http/web.ts';
import { startWorkers, type WorkerProcess } from '../jobs/runner.ts';
import { analyzeCenters } from '../networks/analysis/analyze-all.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { CLI_MESSAGES as M } from './cli-messages.ts';
import { prepareDatabase } from './runtime.ts';
import { type Stopper, stopOnSignals } from './shutdown.ts';

export interface ServeOptions {
  port?: string;
  host?: string;
  /** Load demo data when the embedded database has no centres (what `npm start` does). */
  demoIfEmpty?: boolean;
}

/** Starts the HTTP server and keeps it running until SIGINT/SIGTERM, then shuts down within the grace. */
export async function serve(options: ServeOptions): Promise<void> {
  const config = loadConfig();
  // One name per process, so shutdown cancels this server's statements and no one else's.
  const applicationName = `simpul-server-${process.pid}`;
  const database = await openDatabase(config, {
    applicationName,
    log: say,
    timeouts: sessionTimeouts(config),
  });
  // Start-up work (migrations, demo data, stored analyses) is not a request: its own pool, without the
  // requests' limits, under the same name so that a shutdown cancels its statements too.
  const setup = closeOnce(createKysely(database.connectionString, { applicationName, poolSize: 2 }));
  // From here on a signal stops the embedded PostgreSQL too, even during migrations or the demo load.
  const workers: InProcessWorkers = { current: undefined };
  const stopper = stopOnSignals({
    database: {
      ...database,
      close: async () => {
        // The in-process workers finish their jobs within the grace, like the requests.
        await workers.current?.stop(config.shutdownGraceSeconds * 1000);
        await setup.close();
        await database.close();
      },
    },
    applicationName,
    otherApplicationNames: () => (workers.current ? [workers.current.id] : []),
    dataDir: config.dataDir,
    graceSeconds: config.shutdownGraceSeconds,
  });
  try {
    await start(database, setup, options, config, stopper);
    // Jobs run in this process unless SIMPUL_WORKERS=0 (then `simpul worker` runs them).
    if (config.workers > 0 && !stopper.stopping) {
      workers.current = await startWorkers(database.connectionString, { concurrency: config.workers });
    }
  } catch (error) {
    // A cancelled start-up statement: the shutdown under way reports and exits.
    if (stopper.stopping) return;
    // Any other failure (the port taken, a migration refused) ends the process: nothing may keep the
    // embedded PostgreSQL, or the pool, alive behind a server that is not serving.
    await setup.close().catch(() => {});
    await database.close().catch(() => {});
    throw error;
  }
}

async function start(
  database: OpenDatabase,
  setup: ClosableDb,
  options: ServeOptions,
  config: Config,
  stopper: Stopper,
) {
  const { db } = setup;
  await prepareDatabase({ db });
  if (options.demoIfEmpty && database.mode === 'embedded' && (await countCenters(db)) === 0) {
    say(words(M.demoLoading));
    // The dataset and its accounts commit together: a start interrupted before the accounts were made
    // used to leave a demo nobody could sign in to (and the next start, seeing centres, added none).
    const { summary, users } = await inTransaction(db, async (trx) => ({
      summary: await loadDemo(trx, { onProgress: say }),
      users: await createDemoUsers(trx),
    }));
    say(words(M.demoLoaded, { summary }));
    if (users.length > 0) say(formatDemoUsers(users));
    // The research project goes through the research services, each in a transaction of its own, so it
    // comes after the commit; if a start stops half-way through it, `simpul demo` finishes it (idempotent).
    say(await loadDemoResearch(db));
    // Store every centre's analysis now, so the overview's pattern labels and comparisons are instant
    // (results are recomputed on demand too, so an interruption here loses nothing).
    const { total } = await analyzeCenters(db, { at: null });
    say(words(M.analysesStored, { total }));
  }
  await setup.close();
  const pseudonymKey = await loadPseudonymKey(database.db);
  const deps = { db: database.db, dbRead: database.dbRead, mode: database.mode, pseudonymKey };
  const app = await buildApp(deps, config, {
    webRoot: WEB_DIST,
  });
  const port = Number(options.port ?? config.port);
  const host = options.host ?? config.host;
  try {
    await app.listen({ port, host });
  } catch (error) {
    await app.close();
    throw (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
      ? new Error(words(M.portInUse, { port, host, next: port + 1 }))
      : error;
  }
  stopper.serving(app);
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  say(words(M.running, { url, mode: database.mode }));
  say(words(M.apiDocs, { url: `http://localhost:${port}/api/docs` }));
}

/** The job workers `serve` runs beside the server, once started. */
interface InProcessWorkers {
  current: WorkerProcess | undefined;
}

/** A pool that may be closed from two places (the start-up's end, a shutdown) and closes once. */
interface ClosableDb {
  db: Db;
  close(): Promise<void>;
}

function closeOnce(db: Db): ClosableDb {
  let closed: Promise<void> | undefined;
  return {
    db,
    close: () => {
      closed ??= db.destroy();
      return closed;
    },
  };
}

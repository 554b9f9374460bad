import { setTimeout as sleep } from 'node:timers/promises';
import { openCanceller, type StatementCanceller } from '../db/cancel.ts';
import type { OpenDatabase } from '../db/database.ts';
import { releaseEmbeddedNow } from '../db/embedded.ts';
import type { SimpulApp } from '../http/types.ts';
import { withLang } from '../shared/i18n.ts';
import { say } from './action.ts';
import { CLI_LANG, words } from './cli-lang.ts';
import { CLI_MESSAGES as M } from './cli-messages.ts';

/** What a server is made of, as far as stopping it goes. */
export interface Stoppable {
  database: OpenDatabase;
  /** The application name of the server's pool sessions (one per process), whose statements get cancelled. */
  applicationName: string;
  dataDir: string;
  graceSeconds: number;
  /** Other sessions of this very process (the in-process job workers), not counted as other Simpul users. */
  otherApplicationNames?: () => string[];
}

/** Beyond the grace: cancelled requests end, the pool closes, PostgreSQL stops (a fast stop takes ~1 s). */
const AFTER_GRACE_MS = 5_000;
/** The longest an immediate exit waits for its best-effort stop of PostgreSQL. */
const EXIT_NOW_MS = 5_000;
const SIGNALS = { SIGINT: 2, SIGTERM: 15 } as const;
/**
 * A repeat this soon is the same request delivered twice: Ctrl-C under `npm start` reaches the server from
 * the terminal and again from npm, which forwards SIGINT and SIGTERM to its child.
 */
const DUPLICATE_MS = 1_000;

/** The server's side of the shutdown: told when HTTP is up, asked whether a shutdown has begun. */
export interface Stopper {
  /** From now on a signal first closes `app` and gives its requests the grace. */
  serving(app: SimpulApp): void;
  /** True once a signal has started the shutdown (which ends the process). */
  readonly stopping: boolean;
}

/**
 * Installs the SIGINT/SIGTERM handling as soon as the database is open. The first signal: stop accepting
 * connections, let running requests finish for `graceSeconds`, then close their sockets and cancel their
 * statements, close the pool, release the embedded PostgreSQL and exit 0. Before the app is serving
 * (migrations, demo data) the start-up's statements are cancelled at once; the demo data loads in one
 * transaction, so the next start loads it again. A second signal (a second or more after the first), or
 * the whole thing taking `AFTER_GRACE_MS` longer than the grace, exits at once (128 + signal number, or
 * 1) after a best-effort stop of PostgreSQL.
 */
export function stopOnSignals(server: Stoppable): Stopper {
  let app: SimpulApp | undefined;
  let firstAt: number | undefined;
  const onSignal = (signal: keyof typeof SIGNALS) => {
    if (firstAt === undefined) {
      firstAt = Date.now();
      // A signal's handler runs outside the command: the database layer's lines take the run's language.
      void withLang(CLI_LANG, () => stopGracefully(server, app, signal));
    } else if (Date.now() - firstAt >= DUPLICATE_MS) {
      void withLang(CLI_LANG, () => exitNow(server, words(M.again, { signal }), 128 + SIGNALS[signal]));
    }
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  return {
    serving: (serving) => {
      app = serving;
    },
    get stopping() {
      return firstAt !== undefined;
    },
  };
}

async function stopGracefully(server: Stoppable, app: SimpulApp | undefined, signal: string): Promise<void> {
  const { database } = server;
  const graceSeconds = app ? server.graceSeconds : 0;
  say(app ? words(M.shuttingDown, { signal, seconds: graceSeconds }) : words(M.stoppingStartup, { signal }));
  const graceMs = graceSeconds * 1000;
  setTimeout(
    () =>
      void exitNow(
        server,
        words(M.stillRunning, { grace: graceSeconds, after: AFTER_GRACE_MS / 1000, signal }),
        1,
      ),
    graceMs + AFTER_GRACE_MS,
  ).unref();
  // Fastify stops listening, closes the idle keep-alive connections and answers 503 to new requests on
  // busy ones. It closes idle connections only once: those that finish their request later would keep it
  // waiting for the client to hang up, so they are closed as they become idle.
  const closed = app?.close() ?? Promise.resolve();
  const sweep = setInterval(() => app?.server.closeIdleConnections(), 100);
  let canceller: StatementCanceller | undefined;
  let cancelling = false;
  try {
    if (!app || !(await settlesWithin(closed, graceMs))) {
      if (app) {
        say(words(M.cutting, { seconds: graceSeconds }));
        app.server.closeAllConnections();
      }
      canceller = await openCanceller(database.connectionString, server.applicationName);
      cancelling = true;
      // Until the pool has closed: a cut-off handler may still start its next statement.
      void (async () => {
        while (cancelling) {
          await canceller?.cancel().catch(() => 0);
          await sleep(200);
        }
      })();
    }
    await closed;
    await database.close();
  } catch (error) {
    say(words(M.shutdownFailed, { message: (error as Error).message }));
    await releaseNow(server);
  } finally {
    clearInterval(sweep);
    cancelling = false;
    await canceller?.close();
  }
  process.exit(0);
}

/** Exits without waiting for requests, after at most `EXIT_NOW_MS` spent stopping PostgreSQL. */
async function exitNow(server: Stoppable, reason: string, code: number): Promise<void> {
  say(words(M.exitingNow, { reason }));
  setTimeout(() => process.exit(code), EXIT_NOW_MS).unref();
  await releaseNow(server);
  process.exit(code);
}

/** Stops the embedded server from under this process's own sessions; only ever followed by an exit. */
async function releaseNow({
  database,
  dataDir,
  applicationName,
  otherApplicationNames,
}: Stoppable): Promise<void> {
  if (database.mode !== 'embedded') return;
  // The pool's sessions fail as the server stops, and pg reports that on connections no one listens to
  // any more; the process is about to exit, so those reports are dropped instead of crashing it.
  process.on('uncaughtException', () => {});
  // The pool's LISTEN session (`-listen`, closed only when the app has closed) is this process's too.
  const own = [applicationName, `${applicationName}-listen`, ...(otherApplicationNames?.() ?? [])];
  await releaseEmbeddedNow(dataDir, own, say).catch((error: Error) =>
    say(words(M.pgStopFailed, { message: error.message })),
  );
}

/** True when `promise` settles within `ms` (either way), false when the time runs out first. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  const timer = new AbortController();
  const result = await Promise.race([
    promise.then(
      () => true,
      () => true,
    ),
    sleep(ms, false, { signal: timer.signal }).catch(() => false),
  ]);
  timer.abort();
  return result;
}

import { loadPseudonymKey } from '../auth/pseudonym.ts';
import { analyzeCenters } from '../center-analysis/analyze-all.ts';
import { countCenters } from '../centers/centers.repo.ts';
import { loadConfig } from '../config.ts';
import { createKysely, openDatabase, sessionTimeouts } from '../db/database.ts';
import { loadDemo } from '../demo/demo.ts';
import { createDemoUsers, formatDemoUsers } from '../demo/demo-users.ts';
import { buildApp } from '../http/app.ts';
import { WEB_DIST } from '../http/web.ts';
import { prepareDatabase, say } from './runtime.ts';

export interface ServeOptions {
  port?: string;
  host?: string;
  /** Load demo data when the embedded database has no centres (what `npm start` does). */
  demoIfEmpty?: boolean;
}

/** Starts the HTTP server and keeps it running until SIGINT/SIGTERM, then shuts down cleanly. */
export async function serve(options: ServeOptions): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config, {
    applicationName: 'simpul-server',
    log: say,
    timeouts: sessionTimeouts(config),
  });
  // Start-up work (migrations, demo data, stored analyses) is not a request: it runs without their limits.
  const setup = createKysely(database.connectionString, { applicationName: 'simpul-server', poolSize: 2 });
  try {
    await prepareDatabase({ db: setup });
    if (options.demoIfEmpty && database.mode === 'embedded' && (await countCenters(setup)) === 0) {
      say('Empty database: loading the demo data (14 real centres, synthetic enterprises and people)…');
      const summary = await loadDemo(setup, { onProgress: say });
      say(`Demo data loaded: ${summary}`);
      // Store every centre's analysis now, so the overview's pattern labels and comparisons are instant.
      const { total } = await analyzeCenters(setup, { at: null });
      say(`Network analyses stored for ${total} centres.`);
      const users = await createDemoUsers(setup);
      if (users.length > 0) say(formatDemoUsers(users));
    }
  } finally {
    await setup.destroy();
  }
  const pseudonymKey = await loadPseudonymKey(database.db);
  const app = await buildApp({ db: database.db, mode: database.mode, pseudonymKey }, config, {
    webRoot: WEB_DIST,
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    say(`${signal}: shutting down`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  const port = Number(options.port ?? config.port);
  const host = options.host ?? config.host;
  await app.listen({ port, host });
  say(
    `Simpul is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${port} (database: ${database.mode})`,
  );
  say(`API docs: http://localhost:${port}/api/docs`);
}

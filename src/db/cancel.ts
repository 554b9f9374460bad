import { LIFECYCLE_APP } from './embedded.ts';
import { newClient } from './multi-host.ts';

/** Cancels statements of one application's sessions, over a connection of its own. */
export interface StatementCanceller {
  /** Cancels every running statement of the sessions named `applicationName`; resolves with their count. */
  cancel(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Opens a connection for cancelling `applicationName`'s statements (`pg_cancel_backend`: the statement
 * fails, its transaction rolls back, the session stays). Named as Simpul's lifecycle connections, so the
 * embedded server's "last one out" count does not take it for a client.
 */
export async function openCanceller(
  connectionString: string,
  applicationName: string,
): Promise<StatementCanceller> {
  const client = newClient({ connectionString, application_name: LIFECYCLE_APP });
  client.on('error', () => {}); // the server may stop while we hold this connection
  await client.connect();
  return {
    cancel: async () => {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*) FILTER (WHERE pg_cancel_backend(pid))::int AS n FROM pg_stat_activity
          WHERE application_name = $1 AND state = 'active' AND pid <> pg_backend_pid()`,
        [applicationName],
      );
      return rows[0]?.n ?? 0;
    },
    close: () => client.end().catch(() => {}),
  };
}

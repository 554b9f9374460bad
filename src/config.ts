import path from 'node:path';
import { z } from 'zod';

/**
 * A PostgreSQL connection string; libpq's multi-host form (`postgresql://u:p@h1:5432,h2:5433/db?…`) is
 * accepted too, which a WHATWG URL is not (see `src/db/multi-host.ts`).
 */
const PostgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/\S+$/, 'postgres:// or postgresql:// connection string');

/** Runtime configuration, read once from the environment. */
export const ConfigSchema = z.object({
  /** External PostgreSQL; when set, the embedded server is never started. */
  databaseUrl: PostgresUrl.optional(),
  /**
   * A hot standby of `databaseUrl` (streaming replication) for the reads that may lag (see
   * `src/http/read-db.ts`); unset: every read goes to `databaseUrl`. Ignored on the embedded default.
   */
  databaseReplicaUrl: PostgresUrl.optional(),
  /** After a write, a client's reads go to the primary for this long (read-your-writes; seconds). */
  replicaReadAfterWriteSeconds: z.coerce.number().int().min(0).max(3600),
  /** Folder for the embedded PostgreSQL cluster and other local state. */
  dataDir: z.string().min(1),
  /** TCP port the embedded PostgreSQL listens on when this process starts it (0: any free port). */
  embeddedPort: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  port: z.coerce.number().int().min(0).max(65535),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  /** Largest accepted request body, in bytes (uploads included). */
  bodyLimit: z.coerce.number().int().positive(),
  /** Seconds a client may take to send a whole request (headers and body); then the connection is closed. */
  requestTimeoutSeconds: z.coerce.number().int().positive(),
  /** Seconds one SQL statement of a request may run (imports have their own limit). */
  statementTimeoutSeconds: z.coerce.number().int().positive(),
  /** Seconds a statement may wait for a row or table lock before it gives up. */
  lockTimeoutSeconds: z.coerce.number().int().positive(),
  /** Seconds a connection may sit idle inside an open transaction before PostgreSQL ends the session. */
  idleInTransactionSeconds: z.coerce.number().int().positive(),
  /** Seconds a whole import may take, its SQL statements included; then it is rolled back. */
  importTimeoutSeconds: z.coerce.number().int().positive(),
  /** Imports one user may run at once. */
  importsPerUser: z.coerce.number().int().positive(),
  /** Imports the server runs at once (kept below the connection pool, so other requests always get one). */
  importsAtOnce: z.coerce.number().int().positive(),
  /** A session unused this long ends (minutes). */
  sessionIdleMinutes: z.coerce.number().int().positive(),
  /** A session ends this long after sign-in, used or not (hours). */
  sessionMaxHours: z.coerce.number().int().positive(),
  /** API requests per minute per client (IP or token); sign-in has its own, stricter limit. */
  rateLimitPerMinute: z.coerce.number().int().positive(),
  /** Sign-in attempts per minute per client IP (on top of the per-account lockout). */
  loginRateLimitPerMinute: z.coerce.number().int().positive(),
  /** Trust X-Forwarded-* from a reverse proxy (needed for Secure cookies and client IPs behind HTTPS). */
  trustProxy: z.enum(['true', 'false']).transform((v) => v === 'true'),
  /** On SIGTERM/SIGINT, how long running requests may take before they are cut off (seconds). */
  shutdownGraceSeconds: z.coerce.number().min(0).max(3600),
  /** Jobs `simpul serve` runs at once in its own process; 0: none (run `simpul worker` instead). */
  workers: z.coerce.number().int().min(0).max(64),
  /** SMTP server for e-mail notifications (smtp:// or smtps://user:pass@host:port); unset: nothing is mailed. */
  smtpUrl: z.string().url().optional(),
  /** Sender address of notification e-mails. */
  mailFrom: z.string().min(3),
  /** URL that receives notification messages as JSON POSTs (a WhatsApp/SMS gateway); unset: none sent. */
  webhookUrl: z.string().url().optional(),
  /** Seconds one SMTP or webhook delivery may take before it counts as failed. */
  sendTimeoutSeconds: z.coerce.number().int().positive(),
  /** Largest audio attachment of a research document, in bytes (its own limit: recordings outgrow the body limit). */
  attachmentMaxBytes: z.coerce.number().int().positive(),
  /** Largest REFI-QDA file (.qdpx/.qde/.qdc) accepted by the API's import, in bytes. */
  qdaMaxBytes: z.coerce.number().int().positive(),
  /** The web app's public address, for the links in e-mails. */
  publicUrl: z.string().url(),
  /** Bearer token Prometheus sends to `/metrics` (at least 16 characters); unset: `/metrics` answers 404. */
  metricsToken: z.string().min(16).optional(),
});
export type Config = z.infer<typeof ConfigSchema>;

/** Default upload limits of research files: 200 MiB of audio (about 3 h of MP3 at 128 kbit/s), 100 MiB of QDPX. */
export const UPLOAD_DEFAULTS = {
  attachmentMaxBytes: 200 * 1024 * 1024,
  qdaMaxBytes: 100 * 1024 * 1024,
} as const;

/** Builds the configuration from environment variables, with documented defaults. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return ConfigSchema.parse({
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReplicaUrl: env.DATABASE_REPLICA_URL || undefined,
    replicaReadAfterWriteSeconds: env.SIMPUL_REPLICA_READ_AFTER_WRITE_SECONDS ?? 10,
    dataDir: path.resolve(env.SIMPUL_DATA_DIR ?? 'data'),
    embeddedPort: env.SIMPUL_PG_PORT ?? 54329,
    host: env.HOST ?? '127.0.0.1',
    port: env.PORT ?? 3000,
    logLevel: env.LOG_LEVEL ?? 'warn',
    bodyLimit: env.SIMPUL_BODY_LIMIT ?? 20 * 1024 * 1024,
    requestTimeoutSeconds: env.SIMPUL_REQUEST_TIMEOUT_SECONDS ?? 120,
    statementTimeoutSeconds: env.SIMPUL_STATEMENT_TIMEOUT_SECONDS ?? 30,
    lockTimeoutSeconds: env.SIMPUL_LOCK_TIMEOUT_SECONDS ?? 10,
    idleInTransactionSeconds: env.SIMPUL_IDLE_IN_TRANSACTION_SECONDS ?? 60,
    importTimeoutSeconds: env.SIMPUL_IMPORT_TIMEOUT_SECONDS ?? 600,
    importsPerUser: env.SIMPUL_IMPORTS_PER_USER ?? 2,
    importsAtOnce: env.SIMPUL_IMPORTS_AT_ONCE ?? 4,
    sessionIdleMinutes: env.SIMPUL_SESSION_IDLE_MINUTES ?? 30,
    sessionMaxHours: env.SIMPUL_SESSION_MAX_HOURS ?? 12,
    rateLimitPerMinute: env.SIMPUL_RATE_LIMIT ?? 600,
    loginRateLimitPerMinute: env.SIMPUL_LOGIN_RATE_LIMIT ?? 10,
    trustProxy: env.SIMPUL_TRUST_PROXY ?? 'false',
    shutdownGraceSeconds: env.SIMPUL_SHUTDOWN_GRACE_SECONDS ?? 10,
    workers: env.SIMPUL_WORKERS ?? 1,
    smtpUrl: env.SIMPUL_SMTP_URL || undefined,
    mailFrom: env.SIMPUL_MAIL_FROM ?? 'Simpul <simpul@localhost>',
    webhookUrl: env.SIMPUL_WEBHOOK_URL || undefined,
    sendTimeoutSeconds: env.SIMPUL_SEND_TIMEOUT_SECONDS ?? 30,
    attachmentMaxBytes: env.SIMPUL_ATTACHMENT_MAX_BYTES ?? UPLOAD_DEFAULTS.attachmentMaxBytes,
    qdaMaxBytes: env.SIMPUL_QDPX_MAX_BYTES ?? UPLOAD_DEFAULTS.qdaMaxBytes,
    publicUrl: env.SIMPUL_PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`,
    metricsToken: env.SIMPUL_METRICS_TOKEN || undefined,
  });
}

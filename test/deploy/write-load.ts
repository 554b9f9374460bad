import autocannon from 'autocannon';
import { sql } from 'kysely';
import type { Db } from '../../src/db/database.ts';
import { buildCenterInput } from '../factories.ts';

/** A mixed read/write load through the proxy: create a centre, read it back, list centres; repeat. */
export interface LoadOptions {
  url: string;
  /** An API token with write access. */
  token: string;
  /** Starts every created centre's name, so the run's writes can be counted in the database. */
  prefix: string;
  connections: number;
  durationSeconds: number;
  /** Requests per second over all connections (unset: as fast as the servers answer). */
  rate?: number;
  /** Called once, this many ms after the start (a fault to inject, e.g. `kill -9` of an app process). */
  fault?: { afterMs: number; run: () => void };
}

/** What the clients saw: answers by status, connection errors, and every acknowledged write. */
export interface LoadResult {
  requests: number;
  seconds: number;
  /** Answers per HTTP status, all kinds together (e.g. `{ 200: 1800, 201: 900, 502: 2 }`). */
  statuses: Record<number, number>;
  /** Connection errors and timeouts (no HTTP answer at all). */
  errors: number;
  timeouts: number;
  /** Creations sent to the proxy. */
  writesSent: number;
  /** Names of the centres whose creation was answered 201. */
  acknowledged: string[];
  /** Of those, the ones answered after the fault was injected (the survivors kept serving). */
  acknowledgedAfterFault: number;
  /** Writes sent but not answered 201 (the client cannot know whether they were committed). */
  unacknowledged: number;
  /** A read of a centre just created (through either process) answered 404: a lost or unseen write. */
  missedReads: number;
  latencyMs: { p50: number; p99: number };
}

/**
 * Runs the load with autocannon in this process and tallies every answer by its content, not by its
 * place in the request cycle: autocannon files an answer under the wrong request of the cycle once a
 * connection has been re-opened (as after the proxy's 502), so a 201 with a centre is a write whatever
 * request autocannon thinks it answers.
 */
export async function runWriteLoad(options: LoadOptions): Promise<LoadResult> {
  const statuses: Record<number, number> = {};
  const acknowledged: string[] = [];
  const lastCreated = new WeakMap<object, string>();
  let writesSent = 0;
  let missedReads = 0;
  let faultAt = Number.POSITIVE_INFINITY;
  let acknowledgedAfterFault = 0;
  const onResponse = (status: number, body: string, context: object) => {
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status === 404) missedReads += 1;
    if (status !== 201) return;
    const created = JSON.parse(body) as { id: string; name: string };
    acknowledged.push(created.name);
    lastCreated.set(context, created.id);
    if (Date.now() > faultAt) acknowledgedAfterFault += 1;
  };
  const headers = { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' };
  const { fault } = options;
  const timer =
    fault &&
    setTimeout(() => {
      faultAt = Date.now();
      fault.run();
    }, fault.afterMs);
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    ...(options.rate && { overallRate: options.rate }),
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: '/api/centers',
        headers,
        setupRequest: (request) => {
          writesSent += 1;
          const body = buildCenterInput({ name: `${options.prefix}${writesSent}` });
          return { ...request, body: JSON.stringify(body) };
        },
        onResponse,
      },
      {
        method: 'GET',
        headers,
        setupRequest: (request, context) => {
          const id = lastCreated.get(context);
          return { ...request, path: id ? `/api/centers/${id}` : '/api/health' };
        },
        onResponse,
      },
      { method: 'GET', path: '/api/centers?limit=20', headers, onResponse },
    ],
  });
  if (timer) clearTimeout(timer);
  return {
    requests: result.requests.total,
    seconds: result.duration,
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    writesSent,
    acknowledged,
    acknowledgedAfterFault,
    unacknowledged: writesSent - acknowledged.length,
    missedReads,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
  };
}

/** How the database's centres of a run compare with what its clients were told. */
export interface WriteAudit {
  /** Centres of the run in the database. */
  stored: number;
  /** Acknowledged writes not in the database (must be 0). */
  lost: number;
  /** Names stored more than once (must be 0). */
  duplicated: number;
}

/** Counts the run's centres (by name prefix) against the acknowledged writes. */
export async function auditWrites(
  db: Db,
  prefix: string,
  acknowledged: readonly string[],
): Promise<WriteAudit> {
  const { rows } = await sql<{ name: string; copies: number }>`
    SELECT name, count(*)::int AS copies FROM centers WHERE starts_with(name, ${prefix}) GROUP BY name`.execute(
    db,
  );
  const copies = new Map(rows.map((row) => [row.name, row.copies]));
  return {
    stored: rows.reduce((sum, row) => sum + row.copies, 0),
    lost: acknowledged.filter((name) => !copies.has(name)).length,
    duplicated: rows.filter((row) => row.copies > 1).length,
  };
}

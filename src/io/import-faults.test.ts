import { readdir } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import { PassThrough } from 'node:stream';
import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { createRng } from '../analysis/rng.ts';
import type { Db } from '../db/database.ts';
import { dinasRows, importContent, registryState, toCsv, toXlsx } from './io.test-helpers.ts';
import { CONTENT_TYPES } from './read-table.ts';

const ctx = useTestApp({ importsPerUser: 1 });

/** Sessions of this test database that are inside a transaction or running a statement (besides us). */
async function busySessions(db: Db): Promise<string[]> {
  const { rows } = await sql<{ state: string; query: string }>`
    SELECT state || coalesce(' (waits for ' || wait_event_type || ')', '') AS state, query FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid()
       AND (state LIKE 'idle in transaction%' OR state = 'active')`.execute(db);
  return rows.map((r) => `${r.state}: ${r.query.slice(0, 80)}`);
}

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

const uploads = async () => (await readdir(os.tmpdir())).filter((f) => f.startsWith('simpul-upload-'));

describe('import faults', () => {
  it('survives twenty damaged workbooks at once: no 5xx, health answers at once, a good import succeeds', async () => {
    const workbook = await toXlsx({ ikm: dinasRows(40, [2023]) });
    const rng = createRng(20);
    const users = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        ctx.as('regional_officer', { regions: [i < 5 ? '32.73' : '32.04'] }),
      ),
    );
    const damaged = Array.from({ length: 20 }, () => {
      const copy = Buffer.from(workbook);
      for (let flip = 0; flip < 3; flip += 1) {
        const at = Math.floor(rng() * copy.length);
        copy[at] = (copy[at] ?? 0) ^ (1 << Math.floor(rng() * 8));
      }
      return copy;
    });
    const before = await registryState(ctx.db);
    const answers = await Promise.all(
      damaged.map((payload, i) =>
        ctx.app.inject({
          method: 'POST',
          url: '/api/import/enterprises',
          payload,
          headers: { 'content-type': CONTENT_TYPES.xlsx, ...users[i % users.length] },
        }),
      ),
    );
    for (const answer of answers) {
      expect(answer.statusCode, answer.body).toBeLessThan(500);
      expect([200, 422, 429]).toContain(answer.statusCode);
      if (answer.statusCode === 429) expect(answer.headers['retry-after']).toBe('30');
    }
    const started = Date.now();
    expect((await ctx.app.inject('/api/health')).statusCode).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await busySessions(ctx.db)).toEqual([]);
    expect(await uploads()).toEqual([]);
    // Copies whose flipped bits only touched a date stamp import fine; every other one changed nothing.
    const ok = answers.filter((a) => a.statusCode === 200).length;
    if (ok === 0) expect(await registryState(ctx.db)).toEqual(before);
    const good = await ctx.app.inject({
      method: 'POST',
      url: '/api/import/enterprises',
      payload: toCsv(dinasRows(3, [2024])),
      headers: { 'content-type': CONTENT_TYPES.csv },
    });
    expect(good.statusCode, good.body).toBe(200);
  });

  it('lets one user run one import at a time (429 with Retry-After), others go on', async () => {
    const officer = await ctx.as('regional_officer', { regions: ['32.73'] });
    const hung = new PassThrough();
    hung.write(`${toCsv(dinasRows(2, [2023])).split('\n')[0]}\n`);
    const first = ctx.app.inject({
      method: 'POST',
      url: '/api/import/enterprises',
      payload: hung,
      headers: { 'content-type': CONTENT_TYPES.csv, ...officer },
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const second = await ctx.app.inject({
      method: 'POST',
      url: '/api/import/enterprises?lang=en',
      payload: toCsv(dinasRows(2, [2023])),
      headers: { 'content-type': CONTENT_TYPES.csv, ...officer },
    });
    expect(second.statusCode).toBe(429);
    expect(second.headers['retry-after']).toBe('30');
    expect(second.json().error.message).toBe(
      'You already have 1 imports running; wait for one to finish, then try again.',
    );
    // The hung upload holds no database connection while it is still arriving.
    expect(await busySessions(ctx.db)).toEqual([]);
    const other = await ctx.app.inject({
      method: 'POST',
      url: '/api/import/enterprises',
      payload: toCsv(dinasRows(2, [2022])),
      headers: { 'content-type': CONTENT_TYPES.csv },
    });
    expect(other.statusCode, other.body).toBe(200);
    hung.end(
      toCsv(dinasRows(2, [2023]))
        .split('\n')
        .slice(1)
        .join('\n'),
    );
    expect((await first).statusCode).toBe(200);
  });

  it('cancels the statement and rolls back at the import deadline (a lock held elsewhere)', async () => {
    const locker = new pg.Client({ connectionString: ctx.url });
    await locker.connect();
    try {
      await locker.query('BEGIN; LOCK TABLE enterprises IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      await expect(
        importContent(ctx.db, 'enterprises', toCsv(dinasRows(5, [2023])), {}, { timeoutSeconds: 1 }),
      ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('setelah 1 detik') });
      expect(Date.now() - started).toBeLessThan(3000);
      expect(await until(async () => (await busySessions(ctx.db)).length === 1, 2000)).toBe(true);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    expect(await busySessions(ctx.db)).toEqual([]);
  });

  it('rolls back and leaves no open transaction when the client hangs up mid-upload or mid-import', async () => {
    const address = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const headers = { 'content-type': CONTENT_TYPES.csv, ...(await ctx.as('admin')) };
    const before = await registryState(ctx.db);
    const body = toCsv(dinasRows(200, [2023]));

    // 1. Half the body, then gone.
    const partial = httpRequest({ port, method: 'POST', path: '/api/import/enterprises', headers });
    partial.on('error', () => {});
    partial.write(body.slice(0, body.length / 2));
    await new Promise((resolve) => setTimeout(resolve, 200));
    partial.destroy();
    expect(await until(async () => (await uploads()).length === 0, 2000)).toBe(true);

    // 2. The whole body, then gone while the import waits on a lock.
    const locker = new pg.Client({ connectionString: ctx.url });
    await locker.connect();
    try {
      await locker.query('BEGIN; LOCK TABLE enterprises IN ACCESS EXCLUSIVE MODE');
      const whole = httpRequest({ port, method: 'POST', path: '/api/import/enterprises', headers });
      whole.on('error', () => {});
      whole.end(body);
      const waiting = async () =>
        (await busySessions(ctx.db)).some((s) => s.startsWith('active (waits for Lock)'));
      expect(await until(waiting, 5000)).toBe(true);
      whole.destroy();
      // Cancelled and rolled back while the lock is still held: only the locker's session is left.
      const onlyLocker = async () => (await busySessions(ctx.db)).length === 1;
      expect(await until(onlyLocker, 2000), String(await busySessions(ctx.db))).toBe(true);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    expect(await busySessions(ctx.db)).toEqual([]);
    expect(await registryState(ctx.db)).toEqual(before);
  });
});

import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, TEST_CONFIG, useTestApp } from '../../test/app.ts';
import { loadPseudonymKey } from '../auth/pseudonym.ts';
import { buildApp } from './app.ts';
import { countHit } from './rate-limit.repo.ts';
import type { SimpulApp } from './types.ts';

const ctx = useTestApp({ loginRateLimitPerMinute: 4 });
// A second app over the same database: another `simpul serve` process, as behind a proxy.
let other: SimpulApp;
beforeAll(async () => {
  other = await buildApp(
    { db: ctx.db, mode: 'external', pseudonymKey: await loadPseudonymKey(ctx.db) },
    { ...TEST_CONFIG, loginRateLimitPerMinute: 4 },
  );
});
afterAll(async () => {
  await other?.close();
});

const login = (app: SimpulApp) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: ANONYMOUS,
    payload: { email: 'penyerang@uji.example', password: 'tebak-tebakan-1' },
  });

describe('the rate limit counted in PostgreSQL', () => {
  it('gives a client one sign-in budget across two app processes, not one each', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await login(i % 2 === 0 ? ctx.app : other)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it('counts concurrent hits exactly and starts a new window once the old one has ended', async () => {
    const hits = await Promise.all(Array.from({ length: 20 }, () => countHit(ctx.db, 'uji:burst', 300)));
    expect(hits.map((h) => h.hits).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    for (const { ttlMs } of hits) expect(ttlMs).toBeLessThanOrEqual(300);
    await sleep(350);
    expect((await countHit(ctx.db, 'uji:burst', 300)).hits).toBe(1);
  });

  it('counts the API-wide limit per process, and stores no address', async () => {
    await ctx.app.inject({ url: '/api/health', headers: ANONYMOUS });
    await other.inject({ url: '/api/health', headers: ANONYMOUS });
    const { rows } = await sql<{
      key: string;
      hits: number;
    }>`SELECT key, hits FROM rate_limit_windows WHERE key <> 'uji:burst'`.execute(ctx.db);
    // Only the sign-in window of the address is shared; the API-wide counts stayed in each process.
    expect(rows.map((row) => row.hits)).toEqual([6]);
    expect(rows.filter((row) => /127\.0\.0\.1|ip:|user:/.test(row.key))).toEqual([]);
  });

  it('lets requests through uncounted when the counter cannot be reached', async () => {
    await sql`ALTER TABLE rate_limit_windows RENAME TO rate_limit_windows_away`.execute(ctx.db);
    try {
      expect((await login(other)).statusCode).toBe(401);
    } finally {
      await sql`ALTER TABLE rate_limit_windows_away RENAME TO rate_limit_windows`.execute(ctx.db);
    }
  });
});

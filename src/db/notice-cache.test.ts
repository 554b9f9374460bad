import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { within } from '../../test/within.ts';
import { NoticeCache, TRUST_MS } from './notice-cache.ts';
import { subscribe } from './notifications.ts';

const ctx = useTestApp();

describe('a channel subscription', () => {
  it('hears its channel again after the session is cut, and says when it cannot', async () => {
    const events: string[] = [];
    const subscription = subscribe(ctx.db, 'simpul_test_channel', {
      onNotice: (payload) => events.push(`notice ${payload}`),
      onListening: () => events.push('listening'),
      onDeaf: () => events.push('deaf'),
    });
    try {
      await within(5000, async () => events.includes('listening'));
      await sql`SELECT pg_notify('simpul_test_channel', 'satu')`.execute(ctx.db);
      await within(1000, async () => events.includes('notice satu'));
      await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND query = 'LISTEN "simpul_test_channel"'`.execute(ctx.db);
      await within(5000, async () => events.filter((e) => e === 'listening').length === 2);
      await sql`SELECT pg_notify('simpul_test_channel', 'dua')`.execute(ctx.db);
      await within(1000, async () => events.includes('notice dua'));
      expect(events).toEqual(['listening', 'notice satu', 'deaf', 'listening', 'notice dua']);
    } finally {
      await subscription.close();
    }
  });
});

describe('NoticeCache', () => {
  const holder = (userId: string) => ({ holder: { userId, scopes: { centers: ['a'] } } });

  it('trusts nothing while it does not hear the channel', () => {
    const cache = new NoticeCache();
    cache.remember('k', 'u', holder('u'), Date.now() + 1000, cache.ticket());
    expect(cache.recall('k')).toBeUndefined();
    cache.setListening(true);
    cache.remember('k', 'u', holder('u'), Date.now() + 1000, cache.ticket());
    expect(cache.recall('k')).toEqual(holder('u'));
    cache.setListening(false);
    expect(cache.recall('k')).toBeUndefined();
  });

  it('keeps nothing read while a change was announced, nor past its end or the trust window', () => {
    const cache = new NoticeCache();
    cache.setListening(true);
    const ticket = cache.ticket();
    cache.forget('someone else');
    cache.remember('late', 'u', holder('u'), Date.now() + 1000, ticket);
    expect(cache.recall('late')).toBeUndefined();

    const now = Date.now();
    cache.remember('short', 'u', holder('u'), now + 500, cache.ticket());
    expect(cache.recall('short', now + 499)).toBeDefined();
    expect(cache.recall('short', now + 501)).toBeUndefined();
    cache.remember('long', 'u', holder('u'), Number.POSITIVE_INFINITY, cache.ticket());
    expect(cache.recall('long', now + TRUST_MS - 1000)).toBeDefined();
    expect(cache.recall('long', Date.now() + TRUST_MS + 1)).toBeUndefined();
  });

  it("forgets one user's entries and leaves the others, and hands out values nobody can change", () => {
    const cache = new NoticeCache();
    cache.setListening(true);
    cache.remember('a1', 'a', holder('a'), Date.now() + 1000, cache.ticket());
    cache.remember('a2', 'a', holder('a'), Date.now() + 1000, cache.ticket());
    cache.remember('b1', 'b', holder('b'), Date.now() + 1000, cache.ticket());
    cache.forget('a');
    expect([cache.recall('a1'), cache.recall('a2')]).toEqual([undefined, undefined]);
    const kept = cache.recall<ReturnType<typeof holder>>('b1');
    expect(kept).toEqual(holder('b'));
    expect(() => kept?.holder.scopes.centers.push('b')).toThrow(TypeError);
  });
});

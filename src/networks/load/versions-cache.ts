import type { Db } from '../../db/database.ts';
import { forgetAllOn, type NoticeCache, openNoticeCache } from '../../db/notice-cache.ts';
import { centerNetworkVersions, centersNetworkVersions, type NetworkVersions } from './network.repo.ts';

/**
 * Centres' network and view versions, remembered between requests: with the stored bodies and the caller's
 * identity remembered too, reading an unchanged network costs no query at all. Migration 0009 announces
 * every new version on `simpul_network` with the centre's id; a write request in
 * this process forgets everything before its answer leaves (src/http/app.ts), so the writer's next read
 * sees its write. src/db/notice-cache.ts says when an entry is trusted.
 */
const CHANNEL = 'simpul_network';
const OPEN = new WeakMap<Db, NoticeCache>();

/** Starts remembering versions read through `db`; `close` stops it. */
export function openNetworkVersionsCache(db: Db): { close(): Promise<void> } {
  const opened = openNoticeCache(db, CHANNEL);
  OPEN.set(db, opened.cache);
  return {
    close: async () => {
      OPEN.delete(db);
      await opened.close();
    },
  };
}

/** `centerNetworkVersions`, from memory when the versions of `centerId` are known and trusted. */
export async function rememberedNetworkVersions(
  db: Db,
  centerId: string,
): Promise<NetworkVersions | undefined> {
  const cache = OPEN.get(db);
  if (!cache) return centerNetworkVersions(db, centerId);
  const known = cache.recall<NetworkVersions>(centerId);
  if (known) return known;
  return lookedUpTogether(db, cache, centerId);
}

/** The next versions read of a database: the centres asked for so far, and the read all of them await. */
const NEXT_READ = new WeakMap<Db, { ids: Set<string>; read: Promise<Map<string, NetworkVersions>> }>();

/**
 * The versions of `centerId`, read together with those of every other centre asked for in the same turn of
 * the event loop: under many readers going round many centres, one query answers a whole burst of requests
 * instead of one round trip each (a failed read fails them all).
 */
async function lookedUpTogether(
  db: Db,
  cache: NoticeCache,
  centerId: string,
): Promise<NetworkVersions | undefined> {
  let next = NEXT_READ.get(db);
  if (!next) {
    const ids = new Set<string>();
    const read = new Promise((turnEnds) => setImmediate(turnEnds)).then(() => {
      NEXT_READ.delete(db);
      return readAndRemember(db, cache, [...ids]);
    });
    next = { ids, read };
    NEXT_READ.set(db, next);
  }
  next.ids.add(centerId);
  return (await next.read).get(centerId);
}

async function readAndRemember(
  db: Db,
  cache: NoticeCache,
  centerIds: string[],
): Promise<Map<string, NetworkVersions>> {
  const ticket = cache.ticket();
  const found = await centersNetworkVersions(db, centerIds);
  for (const [centerId, versions] of found) {
    cache.remember(centerId, centerId, versions, Number.POSITIVE_INFINITY, ticket);
  }
  return found;
}

/** Forgets every remembered version in this process (after a write here: no need to wait for its notice). */
export function forgetNetworkVersions(): void {
  forgetAllOn(CHANNEL);
}

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

/** Centres waiting for the next versions read of a database, each with the requests that asked. */
type Waiting = Map<
  string,
  { resolve: (found: NetworkVersions | undefined) => void; reject: (e: unknown) => void }[]
>;
const WAITING = new WeakMap<Db, Waiting>();

/**
 * The versions of `centerId`, read together with those of every other centre asked for in the same turn of
 * the event loop: under many readers going round many centres, one query answers a whole burst of requests
 * instead of one round trip each.
 */
function lookedUpTogether(
  db: Db,
  cache: NoticeCache,
  centerId: string,
): Promise<NetworkVersions | undefined> {
  let waiting = WAITING.get(db);
  if (!waiting) {
    const batch: Waiting = new Map();
    waiting = batch;
    WAITING.set(db, batch);
    setImmediate(() => {
      WAITING.delete(db);
      readTogether(db, cache, batch);
    });
  }
  const asked = waiting.get(centerId) ?? [];
  waiting.set(centerId, asked);
  return new Promise((resolve, reject) => asked.push({ resolve, reject }));
}

async function readTogether(db: Db, cache: NoticeCache, batch: Waiting): Promise<void> {
  const ticket = cache.ticket();
  try {
    const found = await centersNetworkVersions(db, [...batch.keys()]);
    for (const [centerId, asked] of batch) {
      const versions = found.get(centerId);
      if (versions) cache.remember(centerId, centerId, versions, Number.POSITIVE_INFINITY, ticket);
      for (const request of asked) request.resolve(versions);
    }
  } catch (error) {
    for (const asked of batch.values()) for (const request of asked) request.reject(error);
  }
}

/** Forgets every remembered version in this process (after a write here: no need to wait for its notice). */
export function forgetNetworkVersions(): void {
  forgetAllOn(CHANNEL);
}

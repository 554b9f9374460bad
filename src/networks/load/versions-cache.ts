import type { Db } from '../../db/database.ts';
import { forgetAllOn, type NoticeCache, openNoticeCache } from '../../db/notice-cache.ts';
import { centerNetworkVersions, type NetworkVersions } from './network.repo.ts';

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
  const ticket = cache.ticket();
  const found = await centerNetworkVersions(db, centerId);
  if (found) cache.remember(centerId, centerId, found, Number.POSITIVE_INFINITY, ticket);
  return found;
}

/** Forgets every remembered version in this process (after a write here: no need to wait for its notice). */
export function forgetNetworkVersions(): void {
  forgetAllOn(CHANNEL);
}

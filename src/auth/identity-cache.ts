import type { Db } from '../db/database.ts';
import { forgetAllOn, type NoticeCache, openNoticeCache } from '../db/notice-cache.ts';

/**
 * Who a session or API token stands for, remembered between requests so an authenticated read costs no
 * identity query (src/db/notice-cache.ts says when an entry is trusted). Migration 0009 announces on
 * `simpul_identity`, with the user's id, every revocation, expiry, role, e-mail, scope, data-access or
 * deactivation change, so every process drops the user's entries within milliseconds of the commit; a
 * write in this process drops everything at once (`forgetIdentities`), so a logout is final for the very
 * next request.
 */
export type IdentityCache = NoticeCache;

const CHANNEL = 'simpul_identity';

/** The identity cache of one app over `db`; `close` stops listening. */
export function openIdentityCache(db: Db): { cache: IdentityCache; close(): Promise<void> } {
  return openNoticeCache(db, CHANNEL);
}

/** Forgets every remembered identity in this process: called by the writes that revoke or change one. */
export function forgetIdentities(): void {
  forgetAllOn(CHANNEL);
}

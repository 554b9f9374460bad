import { forgetIdentities } from '../auth/identity-cache.ts';
import type { Db } from '../db/database.ts';
import { forgetNetworkVersions, openNetworkVersionsCache } from '../networks/load/versions-cache.ts';
import type { SimpulApp } from './types.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * What the server remembers between requests beyond identities (src/auth/identity-cache.ts): centres'
 * network versions. A write request forgets all of both before its answer leaves — after its transaction
 * committed — so whoever made a change sees it on their next request without waiting for the database's
 * notice, which reaches the other processes.
 */
export function installRemembered(app: SimpulApp, db: Db): void {
  const versions = openNetworkVersionsCache(db);
  app.addHook('onClose', () => versions.close());
  app.addHook('onSend', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    forgetNetworkVersions();
    forgetIdentities();
  });
}

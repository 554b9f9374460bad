import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireEmbedded, clusterDirOf } from '../../src/db/embedded.ts';
import { isRoot } from '../../src/db/postgres-user.ts';

const external = Boolean(process.env.DATABASE_URL);
const required = process.env.SIMPUL_REQUIRE_ROOT === '1';
const skipReason = external
  ? 'DATABASE_URL is set (this tests the embedded PostgreSQL)'
  : isRoot()
    ? null
    : 'not running as root';
if (skipReason && !(required && !external)) console.log(`fresh data folder test skipped: ${skipReason}`);

/**
 * As root, a private data folder's cluster lives outside it (`/tmp/simpul-pg-…`, named in pg-location.txt).
 * Deleting the data folder (a reset, or a fresh clone in the same place) and starting again used to meet
 * the old cluster under the same name, with the old password: "password authentication failed".
 */
describe.skipIf(external || (skipReason !== null && !required))(
  'a data folder made again in the same place',
  () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-fresh-'));
    const clusters: string[] = [];
    afterAll(() => {
      for (const cluster of clusters) fs.rmSync(cluster, { recursive: true, force: true });
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('gets a cluster of its own, not the old one with its old password', async () => {
      if (skipReason) throw new Error(`required by SIMPUL_REQUIRE_ROOT but ${skipReason}`);
      const first = await acquireEmbedded(dataDir, 0, () => {});
      clusters.push(clusterDirOf(dataDir));
      await first.release();

      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.mkdirSync(dataDir, { mode: 0o700 });
      const second = await acquireEmbedded(dataDir, 0, () => {});
      clusters.push(clusterDirOf(dataDir));
      try {
        expect(clusters[1]).not.toBe(clusters[0]);
        expect(second.startedHere).toBe(true);
      } finally {
        await second.release();
      }
    });
  },
);

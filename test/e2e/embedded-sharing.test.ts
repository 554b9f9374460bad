import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireEmbedded, clusterDirOf } from '../../src/db/embedded.ts';

const external = Boolean(process.env.DATABASE_URL);
if (external)
  console.log('embedded sharing test skipped: DATABASE_URL is set, it tests the embedded PostgreSQL');

describe.skipIf(external)('sharing one embedded PostgreSQL between processes', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-share-'));
  afterAll(() => {
    // Root keeps the cluster outside dataDir (/tmp/simpul-pg-…): remove both.
    fs.rmSync(clusterDirOf(dataDir), { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const answers = async (url: string) => {
    const client = new pg.Client({ connectionString: url, application_name: 'simpul-probe' });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  };

  it('keeps running while any holder remains, even one with no open queries, and stops after the last', async () => {
    const first = await acquireEmbedded(dataDir, 0, () => {});
    const second = await acquireEmbedded(dataDir, 0, () => {});
    expect(first.startedHere).toBe(true);
    expect(second.startedHere).toBe(false);
    expect(second.connectionString).toBe(first.connectionString);

    await first.release();
    expect(await answers(second.connectionString)).toBe(true);

    await second.release();
    expect(await answers(second.connectionString)).toBe(false);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { createKysely, type Db } from '../db/database.ts';
import { knownMigrations, migrateTo } from '../db/migrate.ts';
import { loadDemo } from '../demo/demo.ts';
import { createDemoUsers } from '../demo/demo-users.ts';
import { loadDemoResearch } from '../demo/research-load.ts';
import { analyzeCenters } from '../networks/analysis/analyze-all.ts';
import { ensureRegions } from '../regions/regions.loader.ts';
import { AppError } from '../shared/errors.ts';
import { readSequences, tableChecksums } from './backup.repo.ts';
import { backupDatabase, restoreDatabase } from './backup.service.ts';

// The round trip: the demo world (registry, ties, analyses, accounts, research) → backup → restore into a
// database made empty → every table's row count and checksum, and every sequence, identical.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-backup-test-'));
const APP = 'simpul-restore-test';
let source: TestDatabase;
const scratch: { db: Db; name: string }[] = [];

/** An empty database (never migrated) on the suite's server, dropped after the file. */
async function emptyDatabase(): Promise<Db> {
  const name = `simpul_t_${inject('templateDatabase').split('_').pop()}_bk${scratch.length}${Date.now() % 100000}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(inject('adminUrl'));
  url.pathname = `/${name}`;
  const db = createKysely(url.toString(), { applicationName: APP, poolSize: 3 });
  scratch.push({ db, name });
  return db;
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({
    connectionString: inject('adminUrl'),
    application_name: 'simpul-test-admin',
  });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const restore = (db: Db, file: string, force = false) =>
  restoreDatabase(db, file, { force, confirm: async () => true, ownApplication: APP });

async function snapshot(db: Db) {
  return { tables: await tableChecksums(db), sequences: await readSequences(db) };
}

beforeAll(async () => {
  source = await createTestDatabase();
  await loadDemo(source.db, { seed: 7 });
  await createDemoUsers(source.db);
  await loadDemoResearch(source.db, { seed: 7 });
  await analyzeCenters(source.db, { at: null });
}, 600_000);

afterAll(async () => {
  for (const { db, name } of scratch) {
    await db.destroy();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  await source?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  const file = path.join(dir, 'demo.simpul-backup');

  it('restores the demo world into an empty database with identical content', async () => {
    const result = await backupDatabase(source.db, file);
    expect(result.bytes).toBe(fs.statSync(file).size);
    expect(fs.readdirSync(dir)).toEqual(['demo.simpul-backup']); // no temporary left behind
    const before = await snapshot(source.db);
    const filled = Object.values(before.tables).filter((t) => t.rows > 0).length;
    expect(filled).toBeGreaterThan(40); // rows in most table families, not a near-empty world
    console.log(`backup round trip: ${filled} of ${Object.keys(before.tables).length} tables hold rows`);

    const target = await emptyDatabase();
    const restored = await restore(target, file);
    expect(restored.migratedForward).toEqual([]);
    expect(await snapshot(target)).toEqual(before);
  }, 300_000);

  it('refuses an existing file unless --force, and overwrites it whole with it', async () => {
    await expect(backupDatabase(source.db, file)).rejects.toThrow(AppError);
    const again = await backupDatabase(source.db, file, { force: true });
    expect(again.bytes).toBe(fs.statSync(file).size);
  }, 120_000);

  it('refuses a non-empty database without --force, and a database others use', async () => {
    const target = await emptyDatabase();
    await restore(target, file);
    await expect(restore(target, file)).rejects.toMatchObject({ code: 'conflict' });
    const other = new pg.Client({
      connectionString: scratchUrl(scratch.length - 1),
      application_name: 'simpul',
    });
    await other.connect();
    try {
      await expect(restore(target, file, true)).rejects.toMatchObject({ code: 'conflict' });
    } finally {
      await other.end();
    }
    const before = await snapshot(target);
    await restore(target, file, true); // forced over itself: the same content again
    expect(await snapshot(target)).toEqual(before);
  }, 300_000);

  it('changes nothing for a foreign, truncated, tampered or newer file', async () => {
    const target = await emptyDatabase();
    await restore(target, file);
    const before = await snapshot(target);
    const bytes = fs.readFileSync(file);
    const bad = {
      foreign: Buffer.from('id,name\n1,not a backup\n'),
      empty: Buffer.alloc(0),
      truncated: bytes.subarray(0, Math.floor(bytes.length * 0.6)),
      tampered: await rewriteEntry(file, (name, data) =>
        name.startsWith('tables/') && data.length > 40 ? flipByte(data) : data,
      ),
      newer: await rewriteEntry(file, (name, data) => {
        if (name !== 'manifest.json') return data;
        const manifest = JSON.parse(data.toString()) as { migrations: string[] };
        manifest.migrations.push('9999_from_the_future');
        return Buffer.from(JSON.stringify(manifest));
      }),
    };
    for (const [kind, content] of Object.entries(bad)) {
      const badFile = path.join(dir, `${kind}.simpul-backup`);
      fs.writeFileSync(badFile, content);
      const failure = await restore(target, badFile, true).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure, kind).toBeInstanceOf(AppError);
      expect((failure as AppError).code, kind).toBe('unprocessable');
      expect(await snapshot(target), kind).toEqual(before);
    }
  }, 300_000);

  it('migrates an older backup forward to the current version', async () => {
    const old = await emptyDatabase();
    const previous = knownMigrations().at(-2) ?? '';
    await migrateTo(old, previous);
    await ensureRegions(old);
    const oldFile = path.join(dir, 'old.simpul-backup');
    await backupDatabase(old, oldFile);
    const target = await emptyDatabase();
    const restored = await restore(target, oldFile);
    expect(restored.migratedForward).toEqual([knownMigrations().at(-1)]);
  }, 300_000);
});

function scratchUrl(index: number): string {
  const url = new URL(inject('adminUrl'));
  url.pathname = `/${scratch[index]?.name ?? ''}`;
  return url.toString();
}

function flipByte(data: Buffer): Buffer {
  const copy = Buffer.from(data);
  copy[20] = (copy[20] ?? 0) ^ 0xff;
  return copy;
}

/** The archive at `file` with each entry's content passed through `change`, as a new buffer. */
async function rewriteEntry(file: string, change: (name: string, data: Buffer) => Buffer): Promise<Buffer> {
  const extract = tar.extract();
  const pack = tar.pack();
  const out: Buffer[] = [];
  pack.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = new Promise((resolve) => pack.on('end', resolve));
  fs.createReadStream(file).pipe(extract);
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    const data = change(entry.header.name, Buffer.concat(chunks));
    pack.entry({ name: entry.header.name }, data);
  }
  pack.finalize();
  await ended;
  return Buffer.concat(out);
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { tableChecksums } from '../backup/backup.repo.ts';
import { createKysely } from '../db/database.ts';
import { loadDemo } from '../demo/demo.ts';

// The commands as an operator runs them: a backup, a restore refused for a bad file (exit code 2, the
// reason in the operator's language, the database untouched), and a forced restore from a script.

let database: TestDatabase;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-backup-cli-'));
const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url, timeout: 240_000 });

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db, { seed: 5 });
}, 300_000);
afterAll(async () => {
  await database?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('simpul backup and restore', () => {
  it('backs up, refuses a damaged file with exit code 2 and changes nothing, restores with --force --yes', async () => {
    const file = path.join(dir, 'nightly.simpul-backup');
    const backup = await simpul('backup', file, '--lang', 'en');
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stderr).toMatch(
      /Backup written to .*nightly\.simpul-backup: [\d.]+ MiB, \d+ tables, \d+ rows, in [\d.]+ s/,
    );
    expect(backup.stderr).toMatch(/table centers: \d+ rows/);
    const again = await simpul('backup', file);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('sudah ada');

    const before = await tableChecksums(database.db);
    const bad = path.join(dir, 'bad.simpul-backup');
    fs.writeFileSync(bad, fs.readFileSync(file).subarray(0, 3000));
    // The test's own pool must not count as a session using the database.
    await database.db.destroy();
    const id = await simpul('restore', bad, '--force', '--yes');
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('bukan cadangan Simpul atau rusak');
    const en = await simpul('restore', bad, '--force', '--yes', '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('is not a Simpul backup or is damaged');
    expect(en.stderr).toContain('the database was not changed');

    const notEmpty = await simpul('restore', file, '--lang', 'en');
    expect(notEmpty.code).toBe(2);
    expect(notEmpty.stderr).toContain('The database is not empty');
    const noYes = await simpul('restore', file, '--force', '--lang', 'en');
    expect(noYes.stderr).toContain('add --yes when running from a script');

    // Another program's session on the database (an app left running): the restore refuses and says so.
    // PostgreSQL's own workers (autovacuum) are not sessions to stop, and are not counted.
    const other = new pg.Client({ connectionString: database.url, application_name: 'simpul-serve-left-on' });
    await other.connect();
    try {
      const inUse = await simpul('restore', file, '--force', '--yes', '--lang', 'en');
      expect(inUse.code).toBe(2);
      expect(inUse.stderr).toMatch(/in use by [1-9]\d* other session/);
    } finally {
      await other.end();
    }

    const forced = await simpul('restore', file, '--force', '--yes', '--lang', 'en');
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toMatch(/Restored from .*: \d+ tables, \d+ rows/);
    const db = createKysely(database.url, { applicationName: 'simpul-test', poolSize: 2 });
    try {
      expect(await tableChecksums(db)).toEqual(before);
    } finally {
      await db.destroy();
    }
  }, 600_000);
});

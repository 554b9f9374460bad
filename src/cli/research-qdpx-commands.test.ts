import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { createUser } from '../auth/users.service.ts';

let database: TestDatabase;
const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url });
const dir = mkdtempSync(path.join(tmpdir(), 'simpul-qdpx-cli-'));
const FIXTURE = path.resolve(import.meta.dirname, '../../test/fixtures/refi-qda/requal-test-project.qdpx');

beforeAll(async () => {
  database = await createTestDatabase();
  await createUser(database.db, {
    email: 'peneliti@qdpx.example',
    displayName: 'Peneliti',
    role: 'researcher',
    scopes: { regions: [], centers: [], enterprises: [], projects: [] },
    personalDataAccess: false,
  });
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await database?.drop();
});

describe('simpul research import / export', () => {
  it('imports another tool’s package as a new project with its loss report, and exports it again', async () => {
    const run = await simpul('--lang', 'en', 'research', 'import', FIXTURE, '--as', 'peneliti@qdpx.example');
    expect(run.code, run.stderr).toBe(0);
    const projectId = run.stdout.trim();
    expect(projectId).toMatch(/^[0-9a-f-]{36}$/);
    expect(run.stderr).toMatch(
      /Imported: 2 codes, 1 documents, 3 segments, 2 codings, 2 memos, 0 informants/,
    );
    expect(run.stderr).toMatch(/not in schema order/);
    const out = path.join(dir, 'again.qdpx');
    const exported = await simpul(
      '--lang',
      'en',
      'research',
      'export',
      projectId,
      out,
      '--as',
      'peneliti@qdpx.example',
    );
    expect(exported.code, exported.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('refuses a file that is not a package, naming the problem, and writes nothing', async () => {
    const bad = path.join(dir, 'bad.qdpx');
    writeFileSync(bad, 'this is not a zip');
    const before = await database.db
      .selectFrom('research_projects')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const run = await simpul('--lang', 'en', 'research', 'import', bad, '--as', 'peneliti@qdpx.example');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/neither a QDPX package \(ZIP\) nor REFI-QDA XML/);
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
    const idRun = await simpul('research', 'import', bad, '--as', 'peneliti@qdpx.example');
    expect(idRun.stderr).toMatch(/bukan paket QDPX/);
    const after = await database.db
      .selectFrom('research_projects')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('refuses an export of a project id that is not a UUID', async () => {
    const run = await simpul('--lang', 'en', 'research', 'export', 'proyek-1', path.join(dir, 'x.qdpx'));
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/PROJECT must be a project id/);
  });
});

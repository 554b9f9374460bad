import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { QUESTIONNAIRE } from '../institution-assessment/questionnaire.ts';

let database: TestDatabase;
const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url });
let institutionId = '';
const file = join(tmpdir(), `simpul-answers-${process.pid}.json`);

beforeAll(async () => {
  database = await createTestDatabase();
  const institution = await database.db
    .insertInto('institutions')
    .values({ name: 'Koperasi Uji', type: 'cooperative', legal_status: 'registered' } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  institutionId = institution.id;
}, 120_000);
afterAll(async () => {
  await database?.drop();
});

describe('simpul institutions', () => {
  it('says there is no tier yet, assesses from an answers file, then prints the tier', async () => {
    const none = await simpul('institutions', 'tier', institutionId, '--lang', 'en');
    expect(none.code, none.stderr).toBe(0);
    expect(none.stderr).toContain('has not been assessed yet');
    await writeFile(file, JSON.stringify(Object.fromEntries(QUESTIONNAIRE.map((i) => [i.id, 1]))));
    const assessed = await simpul('institutions', 'assess', institutionId, '--answers', file, '--lang', 'en');
    expect(assessed.code, assessed.stderr).toBe(0);
    expect(assessed.stdout).toContain('Not yet tiered');
    expect(assessed.stdout).toContain('For Perunggu (bronze):');
    const tier = JSON.parse((await simpul('institutions', 'tier', institutionId, '--json')).stdout);
    expect(tier).toMatchObject({ institutionId, tier: 'none', questionnaireVersion: 1 });
  }, 60_000);

  it('refuses an answer out of range, naming the item, and stores nothing', async () => {
    await writeFile(file, JSON.stringify(Object.fromEntries(QUESTIONNAIRE.map((i) => [i.id, 9]))));
    const bad = await simpul('institutions', 'assess', institutionId, '--answers', file, '--lang', 'en');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('How often does the board meet?');
    const rows = await database.db.selectFrom('institution_assessments').select('id').execute();
    expect(rows).toHaveLength(1);
  }, 60_000);
});

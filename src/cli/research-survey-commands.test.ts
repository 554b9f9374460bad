import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { insertSurveyWorld } from '../research/scales/scales.test-helpers.ts';
import { seedInstruments } from '../research/scales/scales-seed.ts';

let database: TestDatabase;
let projectId = '';
let firms: string[] = [];
const simpul = (...args: string[]) =>
  runSimpul(args, { databaseUrl: database.url, env: { SIMPUL_LANG: 'en' } });
const dir = mkdtempSync(path.join(tmpdir(), 'simpul-survey-cli-'));

beforeAll(async () => {
  database = await createTestDatabase();
  const world = await insertSurveyWorld(database.db, 1, 4);
  projectId = world.projectId;
  firms = world.firmIds;
  await seedInstruments(database.db, projectId);
}, 60_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await database?.drop();
});

describe('simpul research survey', () => {
  it('imports a CSV (registry codes name the firms) and prints α per scale and wave', async () => {
    const file = path.join(dir, 'gelombang1.csv');
    writeFileSync(
      file,
      [
        'ikm;gelombang;cons1;cons2;cons3',
        'SRV-1-1;2024-1;1;1;2',
        'SRV-1-2;2024-1;2;2;2',
        `${firms[2]};2024-1;3;3;2`,
      ].join('\n'),
    );
    const imported = await simpul('research', 'survey', 'import', projectId, file);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain('Imported: 3 questionnaires, 3 scale responses, waves 2024-1');
    const json = await simpul('research', 'survey', 'alpha', projectId, '--json');
    expect(json.code, json.stderr).toBe(0);
    const body = JSON.parse(json.stdout);
    // Items 1 and 2 each vary 1,2,3 (variance 1), item 3 is constant (0); totals 4, 6, 8 (variance 4):
    // α = 3/2 · (1 − 2/4) = 0.75.
    expect(body.alphas).toEqual([
      expect.objectContaining({
        scale: 'constructive_conflict',
        wave: '2024-1',
        alpha: 0.75,
        respondents: 3,
        items: 3,
      }),
    ]);
    const text = await simpul('research', 'survey', 'alpha', projectId);
    expect(text.stdout).toContain('2024-1\tConstructive conflict\t1\t0.750\t3/3\t3');
  });

  it('refuses a bad file, naming the row and column, and writes nothing', async () => {
    const file = path.join(dir, 'buruk.csv');
    writeFileSync(file, ['ikm;gelombang;coop1', 'SRV-1-1;2025-1;7', 'SRV-9-9;2025-1;3'].join('\n'));
    const refused = await simpul('research', 'survey', 'import', projectId, file);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('Row 2, column 3 (coop1): "7" is not an answer');
    expect(refused.stderr).toContain('Row 3, column 1 (enterprise): "SRV-9-9"');
    const count = await database.db
      .selectFrom('research_survey_responses')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('wave', '=', '2025-1')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { buildCenterInput } from '../../test/factories.ts';
import { CASE_STATUSES, CASE_TYPES } from '../cases/cases.constants.ts';
import { CenterCreateSchema } from '../centers/centers.schema.ts';
import { createCenter } from '../centers/centers.service.ts';

let database: TestDatabase;
let centerId = '';
const simpul = (...args: string[]) =>
  runSimpul(args, { databaseUrl: database.url, env: { SIMPUL_LANG: 'en' } });

beforeAll(async () => {
  database = await createTestDatabase();
  centerId = (await createCenter(database.db, CenterCreateSchema.parse(buildCenterInput()))).id;
});
afterAll(async () => {
  await database?.drop();
});

describe('simpul cases', () => {
  it('reports, lists, moves along the flow and refuses an illegal move naming both states', async () => {
    const reported = await simpul(
      'cases',
      'report',
      '--center',
      centerId,
      '--type',
      'PRICE_UNDERCUTTING',
      '--title',
      'Banting harga',
      '--description',
      'Di bawah harga bersama.',
      '--json',
    );
    expect(reported.code, reported.stderr).toBe(0);
    const kase = JSON.parse(reported.stdout);
    expect(kase).toMatchObject({ status: 'reported', reporterRole: 'dinas' });

    const listed = await simpul('cases', 'list', '--center', centerId);
    expect(listed.stdout).toContain(`${kase.id}\tPRICE_UNDERCUTTING\treported`);

    const moved = await simpul(
      'cases',
      'move',
      kase.id,
      'verifying',
      '--note',
      'Kedua pihak dihubungi',
      '--json',
    );
    expect(moved.code, moved.stderr).toBe(0);
    expect(JSON.parse(moved.stdout).history.at(-1)).toMatchObject({
      fromStatus: 'reported',
      toStatus: 'verifying',
      moveNote: 'Kedua pihak dihubungi',
    });

    const illegal = await simpul('cases', 'move', kase.id, 'agreed');
    expect(illegal.code).not.toBe(0);
    expect(illegal.stderr).toContain('A case cannot move from "verifying" to "agreed".');

    const shown = await simpul('cases', 'show', kase.id);
    expect(shown.stdout).toContain('Next: mediation_scheduled, referred, cancelled');
  });

  it('offers exactly the schema lists as choices', async () => {
    const help = await simpul('cases', 'list', '--help');
    for (const status of CASE_STATUSES) expect(help.stdout).toContain(status);
    const report = await simpul('cases', 'report', '--help');
    for (const type of CASE_TYPES) expect(report.stdout).toContain(type);
  });
});

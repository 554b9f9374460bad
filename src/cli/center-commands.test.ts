import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { buildCenterInput } from '../../test/factories.ts';
import { CenterCreateSchema } from '../centers/centers.schema.ts';
import { createCenter } from '../centers/centers.service.ts';

let database: TestDatabase;
const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url });
const ids: Record<string, string> = {};

const add = async (key: string, name: string, regionCodes: string[]) => {
  ids[key] = (
    await createCenter(database.db, CenterCreateSchema.parse(buildCenterInput({ name, regionCodes })))
  ).id;
};

beforeAll(async () => {
  database = await createTestDatabase();
  await add('cibaduyut', 'Sentra Sepatu Cibaduyut', ['32.73.17.1003']);
  await add('twinA', 'Sentra Kembar', ['32.73.17.1003']);
  await add('twinB', 'Sentra Kembar', ['33.09.03.2013']);
}, 120_000);
afterAll(async () => {
  await database?.drop();
});

describe('simpul centers list', () => {
  it('lists centres under a region with ids and village names beside their codes', async () => {
    const run = await simpul('centers', 'list', '--region', '32.73', '--lang', 'en');
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const cibaduyut = lines.find((line) => line.startsWith(ids.cibaduyut!));
    expect(cibaduyut).toMatch(/^\S+\tSentra Sepatu Cibaduyut\trecorded\t\S.* \(32\.73\.17\.1003\)$/);
    expect(run.stdout).not.toContain(ids.twinB);
    expect(run.stderr).toContain('2 centres');
  }, 60_000);

  it('prints JSON with region names, and Indonesian status words by default', async () => {
    const json = await simpul('centers', 'list', '--json');
    const rows = JSON.parse(json.stdout) as { id: string; regions: { code: string; name: string }[] }[];
    expect(rows).toHaveLength(3);
    const twinB = rows.find((r) => r.id === ids.twinB);
    expect(twinB?.regions).toEqual([{ code: '33.09.03.2013', name: expect.not.stringMatching(/^33/) }]);
    const plain = await simpul('centers', 'list');
    expect(plain.stdout).toContain('\ttercatat\t');
    expect(plain.stderr).toContain('3 sentra');
    const bad = await simpul('centers', 'list', '--region', 'Bandung');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Wilayah harus kode wilayah Kemendagri');
  }, 60_000);
});

describe('--center by name', () => {
  it("takes a centre's exact name (case aside) where it took an id", async () => {
    const run = await simpul('analyze', '--center', 'sentra sepatu CIBADUYUT', '--json', '--lang', 'en');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ centerId: ids.cibaduyut });
  }, 60_000);

  it('refuses a name two centres share, listing both ids, and an unknown name', async () => {
    const twin = await simpul('analyze', '--center', 'Sentra Kembar', '--lang', 'en');
    expect(twin.code).toBe(2);
    expect(twin.stderr).toContain('There are 2 centres named "Sentra Kembar"');
    expect(twin.stderr).toContain(`${ids.twinA}: Sentra Kembar (32.73.17.1003)`);
    expect(twin.stderr).toContain(`${ids.twinB}: Sentra Kembar (33.09.03.2013)`);
    const unknown = await simpul(
      'network',
      'export',
      'x.gexf',
      '--center',
      'Sentra Entah',
      '--format',
      'gexf',
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Sentra Entah');
  }, 60_000);

  it('names a user scope centre by name too', async () => {
    const run = await runSimpul(
      [
        'user',
        'create',
        '--role',
        'viewer',
        '--email',
        'wati@uji.example',
        '--no-password',
        '--center',
        'Sentra Sepatu Cibaduyut',
      ],
      { databaseUrl: database.url },
    );
    expect(run.code, run.stderr).toBe(0);
    const list = await simpul('user', 'list');
    expect(list.stdout).toContain(`wati@uji.example\tviewer\taktif\tcenters=${ids.cibaduyut}`);
  }, 60_000);
});

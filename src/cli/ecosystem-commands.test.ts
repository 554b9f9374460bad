import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';

let database: TestDatabase;
let centerId = '';
const simpul = (...args: string[]) =>
  runSimpul(args, { databaseUrl: database.url, env: { SIMPUL_LANG: 'en' } });

beforeAll(async () => {
  database = await createTestDatabase();
  const center = await database.db
    .insertInto('centers')
    .values({
      name: 'Sentra CLI Uji',
      main_product: 'Batik',
      commodity_group: 'clothing',
      kbli: JSON.stringify([]),
      origin: 'organic',
      status: 'recorded',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  centerId = center.id;
  const firm = await database.db
    .insertInto('enterprises')
    .values({ name: 'Batik Uji', nib: '9120000000999' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await database.db
    .insertInto('center_memberships')
    .values({ center_id: centerId, enterprise_id: firm.id, valid_from: '2020-01-01' })
    .execute();
}, 60_000);

afterAll(async () => {
  await database?.drop();
});

describe('simpul ecosystem', () => {
  it('prints the elements, both indices and the proxies with their sources; --json gives the API body', async () => {
    const text = await simpul('ecosystem', centerId);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Formal institutions');
    expect(text.stdout).toContain('Additive index');
    expect(text.stdout).toContain('Share of firms with an NIB: 100%');
    expect(text.stdout).toContain('Number of buyers: not recorded');
    expect(text.stdout).toContain('TPL field facilitation (3 years): 0 · n 0');
    const json = await simpul('ecosystem', centerId, '--json');
    expect(json.code, json.stderr).toBe(0);
    const body = JSON.parse(json.stdout);
    expect(body.focusCenterId).toBe(centerId);
    expect(body.centers[0].readings.find((r: { key: string }) => r.key === 'nib_share').raw).toBe(1);
  });

  it('refuses a compared value that is no centre id, naming the field', async () => {
    const refused = await simpul('ecosystem', centerId, '--compare', 'sentra-x');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('Compared centres');
  });
});

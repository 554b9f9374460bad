import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { buildCenterInput, buildInstitutionInput, buildPoolInput } from '../../test/factories.ts';
import { CenterCreateSchema } from '../centers/centers.schema.ts';
import { createCenter } from '../centers/centers.service.ts';
import { InstitutionCreateSchema } from '../institutions/institutions.schema.ts';
import { createInstitution } from '../institutions/institutions.service.ts';
import { pledge } from '../pools/pool-pledges.service.ts';
import { PoolCreateSchema } from '../pools/pools.schema.ts';
import { createPool } from '../pools/pools.service.ts';

let database: TestDatabase;
const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url });
let poolId = '';

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const center = await createCenter(
    db,
    CenterCreateSchema.parse(buildCenterInput({ regionCodes: ['32.73.17.1003'] })),
  );
  const institution = await createInstitution(
    db,
    InstitutionCreateSchema.parse(
      buildInstitutionInput({ name: 'Koperasi Uji', type: 'cooperative', centerIds: [center.id] }),
    ),
  );
  const firm = await db
    .insertInto('enterprises')
    .values({ name: 'Tahu Uji' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('institution_memberships')
    .values({ institution_id: institution.id, enterprise_id: firm.id, valid_from: '2015-01-01' })
    .execute();
  const pool = await createPool(
    db,
    PoolCreateSchema.parse(buildPoolInput({ institutionId: institution.id, centerId: center.id })),
  );
  poolId = pool.id;
  await pledge(db, poolId, { enterpriseId: firm.id, quantity: 250 });
}, 120_000);
afterAll(async () => {
  await database?.drop();
});

describe('simpul pools', () => {
  it('lists, shows with the current tier marked, and refuses to close below the minimum', async () => {
    const list = await simpul('pools', 'list', '--lang', 'en');
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain(`${poolId}\tKedelai impor\tKoperasi Uji\topen\t250/300 kg\t`);
    expect(list.stderr).toContain('1 pools');
    const show = await simpul('pools', 'show', poolId, '--lang', 'en');
    expect(show.stdout).toContain('▶ ≥ 100 kg');
    expect(show.stdout).toMatch(/Tahu Uji\t250 kg/);
    const close = await simpul('pools', 'close', poolId, '--lang', 'en');
    expect(close.code).not.toBe(0);
    expect(close.stderr).toContain('The pledged total is 250 kg, below the minimum total of 300 kg');
  }, 60_000);

  it('prints JSON and closes once the minimum is reached', async () => {
    const json = JSON.parse((await simpul('pools', 'show', poolId, '--json')).stdout);
    expect(json).toMatchObject({ id: poolId, pledgedTotal: 250, status: 'open' });
    await pledge(database.db, poolId, { enterpriseId: json.shares[0].enterpriseId, quantity: 300 });
    const closed = await simpul('pools', 'close', poolId, '--json');
    expect(closed.code, closed.stderr).toBe(0);
    expect(JSON.parse(closed.stdout).status).toBe('closed');
    const bad = await simpul('pools', 'list', '--center', 'Bandung');
    expect(bad.code).toBe(2);
  }, 60_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { buildCenterInput } from '../../test/factories.ts';
import { createUser } from '../auth/users.service.ts';
import { CenterCreateSchema } from '../centers/centers.schema.ts';
import { createCenter } from '../centers/centers.service.ts';
import { FacilityCreateSchema } from '../facilities/facilities.schema.ts';
import { createFacility } from '../facilities/facilities.service.ts';
import { buildFacilityInput } from '../facilities/facilities.test-helpers.ts';

let database: TestDatabase;
const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url });
let centerId = '';
let facilityId = '';
let firmId = '';

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const center = await createCenter(
    db,
    CenterCreateSchema.parse(buildCenterInput({ regionCodes: ['32.73.17.1003'] })),
  );
  centerId = center.id;
  const firm = await db
    .insertInto('enterprises')
    .values({ name: 'CV Gerabah Uji' })
    .returning('id')
    .executeTakeFirstOrThrow();
  firmId = firm.id;
  await db
    .insertInto('center_memberships')
    .values({ center_id: centerId, enterprise_id: firmId, valid_from: '2015-01-01' } as never)
    .execute();
  await createUser(db, {
    email: 'pemilik@uji.example',
    displayName: 'Pemilik',
    role: 'enterprise',
    scopes: { regions: [], centers: [], enterprises: [firmId], projects: [] },
    personalDataAccess: false,
  });
  await createUser(db, {
    email: 'pengelola@uji.example',
    displayName: 'Pengelola',
    role: 'center_manager',
    scopes: { regions: [], centers: [centerId], enterprises: [], projects: [] },
    personalDataAccess: false,
  });
  facilityId = (await createFacility(db, centerId, FacilityCreateSchema.parse(buildFacilityInput()))).id;
}, 120_000);
afterAll(async () => {
  await database?.drop();
});

describe('simpul facilities list|book', () => {
  it('books as the firm’s owner, refuses the same days again naming them, and lists the facility', async () => {
    const args = [
      'facilities',
      'book',
      facilityId,
      '--as',
      'pemilik@uji.example',
      '--firm',
      firmId,
      '--lang',
      'en',
    ];
    const booked = await simpul(...args, '--from', '2030-04-01', '--to', '2030-04-02');
    expect(booked.code, booked.stderr).toBe(0);
    expect(booked.stderr).toContain('Booked: CV Gerabah Uji, 2030-04-01 to 2030-04-02');
    const clash = await simpul(...args, '--from', '2030-04-02', '--to', '2030-04-03');
    expect(clash.code).not.toBe(0);
    expect(clash.stderr).toContain('already booked by CV Gerabah Uji from 2030-04-01 to 2030-04-02');
    const listed = await simpul('facilities', 'list', centerId, '--lang', 'en');
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toContain(`${facilityId}\tkiln\tTungku bersama`);
  });
});

const facilityCount = async () =>
  Number(
    (
      await database.db
        .selectFrom('facilities')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const facilityRow = (id: string) =>
  database.db
    .selectFrom('facilities')
    .select(['name', 'capacity', 'status', 'version'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('simpul facilities add|edit', () => {
  const manager = ['--as', 'pengelola@uji.example', '--lang', 'en'];

  it('adds a facility as the centre manager and refuses bad input naming the option, writing nothing', async () => {
    const before = await facilityCount();
    const negative = await simpul(
      'facilities',
      'add',
      centerId,
      ...manager,
      '--kind',
      'kiln',
      '--name',
      'Tungku CLI',
      '--capacity',
      '-2',
    );
    expect(negative.code).not.toBe(0);
    expect(negative.stderr).toContain('--capacity');
    const noName = await simpul('facilities', 'add', centerId, ...manager, '--kind', 'kiln');
    expect(noName.code).not.toBe(0);
    expect(noName.stderr).toContain('--name');
    const badKind = await simpul('facilities', 'add', centerId, ...manager, '--kind', 'oven', '--name', 'X');
    expect(badKind.code).not.toBe(0);
    expect(badKind.stderr).toContain('oven');
    const asFirm = await simpul(
      'facilities',
      'add',
      centerId,
      '--as',
      'pemilik@uji.example',
      '--lang',
      'en',
      '--kind',
      'kiln',
      '--name',
      'Tungku IKM',
    );
    expect(asFirm.code).not.toBe(0);
    expect(await facilityCount()).toBe(before);

    const added = await simpul(
      'facilities',
      'add',
      centerId,
      ...manager,
      '--kind',
      'wastewater_plant',
      '--name',
      'IPAL CLI',
      '--capacity',
      '20',
      '--unit',
      'm3/hari',
      '--built',
      '2021',
    );
    expect(added.code, added.stderr).toBe(0);
    expect(added.stderr).toContain('Facility recorded: IPAL CLI');
    expect(await facilityCount()).toBe(before + 1);
    const listed = await simpul('facilities', 'list', centerId, '--lang', 'en');
    expect(listed.stdout).toContain('\twastewater_plant\tIPAL CLI\t');
  }, 120_000);

  it('edits the capacity, refuses a negative one or a stale version, and archives the facility', async () => {
    const edit = (...args: string[]) => simpul('facilities', 'edit', facilityId, ...manager, ...args);
    const changed = await edit('--capacity', '5');
    expect(changed.code, changed.stderr).toBe(0);
    const after = await facilityRow(facilityId);
    expect(after.capacity).toBe(5);

    const negative = await edit('--capacity', '-1');
    expect(negative.code).not.toBe(0);
    expect(negative.stderr).toContain('--capacity');
    const stale = await edit('--capacity', '7', '--expect-version', String(after.version - 1));
    expect(stale.code).not.toBe(0);
    expect(stale.stderr).toContain('changed by someone else');
    const nothing = await edit();
    expect(nothing.code).not.toBe(0);
    expect(await facilityRow(facilityId)).toEqual(after);

    const archived = await edit('--status', 'archived', '--expect-version', String(after.version), '--json');
    expect(archived.code, archived.stderr).toBe(0);
    expect(JSON.parse(archived.stdout)).toMatchObject({ id: facilityId, status: 'archived', capacity: 5 });
  }, 120_000);
});

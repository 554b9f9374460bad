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

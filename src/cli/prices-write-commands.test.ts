import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { buildCenterInput, buildInstitutionInput } from '../../test/factories.ts';
import { createUser } from '../auth/users.service.ts';
import { CenterCreateSchema } from '../centers/centers.schema.ts';
import { createCenter } from '../centers/centers.service.ts';
import { InstitutionCreateSchema } from '../institutions/institutions.schema.ts';
import { createInstitution } from '../institutions/institutions.service.ts';

let database: TestDatabase;
const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url });
let centerId = '';
let institutionId = '';
let chairId = '';
let memberId = '';

/** A member firm of the institution with `role`, and an enterprise user `email` for it. */
async function memberFirm(name: string, role: string, email: string): Promise<string> {
  const db = database.db;
  const firm = await db.insertInto('enterprises').values({ name }).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('institution_memberships')
    .values({ institution_id: institutionId, enterprise_id: firm.id, valid_from: '2015-01-01', role })
    .execute();
  await createUser(db, {
    email,
    displayName: email,
    role: 'enterprise',
    scopes: { regions: [], centers: [], enterprises: [firm.id], projects: [] },
    personalDataAccess: false,
  });
  return firm.id;
}

const agreementCount = async () =>
  Number(
    (
      await database.db
        .selectFrom('price_agreements')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const createArgs = (as: string, ...extra: string[]) => [
  'prices',
  'create',
  '--as',
  as,
  '--institution',
  institutionId,
  '--center',
  centerId,
  '--product',
  'Batik cap katun',
  '--unit',
  'lembar',
  '--price',
  '85000',
  '--from',
  '2024-01-01',
  '--lang',
  'en',
  ...extra,
];

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const center = await createCenter(
    db,
    CenterCreateSchema.parse(buildCenterInput({ regionCodes: ['32.73.17.1003'] })),
  );
  centerId = center.id;
  const institution = await createInstitution(
    db,
    InstitutionCreateSchema.parse(
      buildInstitutionInput({ name: 'Paguyuban Uji', type: 'association', centerIds: [centerId] }),
    ),
  );
  institutionId = institution.id;
  chairId = await memberFirm('CV Ketua Uji', 'chair', 'ketua@uji.example');
  memberId = await memberFirm('CV Anggota Uji', 'member', 'anggota@uji.example');
}, 120_000);
afterAll(async () => {
  await database?.drop();
});

describe('simpul prices create|consent|withdraw|report', () => {
  it('records an agreement as the board, refuses a plain member and names a bad option', async () => {
    const refused = await simpul(...createArgs('anggota@uji.example'));
    expect(refused.code).not.toBe(0);
    expect(await agreementCount()).toBe(0);

    const bad = await simpul(...createArgs('ketua@uji.example', '--price', 'lots'));
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--price');
    const late = await simpul(...createArgs('ketua@uji.example', '--to', '2023-01-01'));
    expect(late.code).not.toBe(0);
    expect(late.stderr).toContain('--to');
    expect(await agreementCount()).toBe(0);

    const made = await simpul(...createArgs('ketua@uji.example', '--json'));
    expect(made.code, made.stderr).toBe(0);
    const agreement = JSON.parse(made.stdout);
    expect(agreement).toMatchObject({ product: 'Batik cap katun', price: 85000, institutionId });
    expect(made.stderr).toContain(`Price agreement recorded: ${agreement.id}`);
  });

  it('consents, withdraws and reports as the member, naming the option of a bad date', async () => {
    const id = (await database.db.selectFrom('price_agreements').select('id').executeTakeFirstOrThrow()).id;
    const as = ['--as', 'anggota@uji.example', '--lang', 'en'];
    const badDate = await simpul(
      'prices',
      'consent',
      id,
      ...as,
      '--enterprise',
      memberId,
      '--date',
      'kemarin',
    );
    expect(badDate.code).not.toBe(0);
    expect(badDate.stderr).toContain('--date');
    // A member speaks for its own firm only.
    const other = await simpul(
      'prices',
      'consent',
      id,
      ...as,
      '--enterprise',
      chairId,
      '--date',
      '2024-02-01',
    );
    expect(other.code).not.toBe(0);

    const consented = await simpul(
      'prices',
      'consent',
      id,
      ...as,
      '--enterprise',
      memberId,
      '--date',
      '2024-02-01',
    );
    expect(consented.code, consented.stderr).toBe(0);
    expect(consented.stdout).toContain('CV Anggota Uji\t2024-02-01');
    const early = await simpul(
      'prices',
      'withdraw',
      id,
      ...as,
      '--enterprise',
      memberId,
      '--date',
      '2024-01-15',
    );
    expect(early.code).not.toBe(0);
    expect(early.stderr).toContain('--date');
    const withdrawn = await simpul(
      'prices',
      'withdraw',
      id,
      ...as,
      '--enterprise',
      memberId,
      '--date',
      '2024-03-01',
      '--json',
    );
    expect(withdrawn.code, withdrawn.stderr).toBe(0);
    expect(JSON.parse(withdrawn.stdout).consentList[0]).toMatchObject({
      enterpriseId: memberId,
      withdrawnOn: '2024-03-01',
    });

    const reported = await simpul(
      'prices',
      'report',
      id,
      ...as,
      '--offender',
      chairId,
      '--affected',
      memberId,
      '--date',
      '2024-03-05',
      '--price',
      '70000',
      '--evidence',
      'Nota penjualan',
    );
    expect(reported.code, reported.stderr).toBe(0);
    expect(reported.stdout).toContain('2024-03-05\tCV Ketua Uji → CV Anggota Uji Rp 70.000\tNota penjualan');
    const same = await simpul('prices', 'report', id, ...as, '--offender', memberId, '--affected', memberId);
    expect(same.code).not.toBe(0);
    expect(same.stderr).toContain('--date');
  });
});

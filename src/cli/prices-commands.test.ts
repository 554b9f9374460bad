import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { buildCenterInput, buildInstitutionInput, buildPriceAgreementInput } from '../../test/factories.ts';
import { CenterCreateSchema } from '../centers/centers.schema.ts';
import { createCenter } from '../centers/centers.service.ts';
import { InstitutionCreateSchema } from '../institutions/institutions.schema.ts';
import { createInstitution } from '../institutions/institutions.service.ts';
import { PriceAgreementCreateSchema } from '../price-agreements/price-agreements.schema.ts';
import { createPriceAgreement } from '../price-agreements/price-agreements.service.ts';
import { addConsent } from '../price-agreements/price-consents.service.ts';

let database: TestDatabase;
const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url });
let agreementId = '';

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
      buildInstitutionInput({ name: 'Paguyuban Uji', type: 'association', centerIds: [center.id] }),
    ),
  );
  const firm = await db
    .insertInto('enterprises')
    .values({ name: 'CV Maju Uji' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('institution_memberships')
    .values({ institution_id: institution.id, enterprise_id: firm.id, valid_from: '2015-01-01' })
    .execute();
  await db
    .insertInto('enterprise_year_data')
    .values({
      enterprise_id: firm.id,
      year: 2024,
      source: 'dinas_census',
      vintage: 'Uji',
      annual_sales: 18_000_000_000,
    })
    .execute();
  const agreement = await createPriceAgreement(
    db,
    PriceAgreementCreateSchema.parse(
      buildPriceAgreementInput({ institutionId: institution.id, centerId: center.id }),
    ),
  );
  agreementId = agreement.id;
  await addConsent(db, agreementId, { enterpriseId: firm.id, consentedOn: '2024-02-01' });
}, 120_000);
afterAll(async () => {
  await database?.drop();
});

describe('simpul prices', () => {
  it('lists the flagged agreement and shows why, with the not-legal-advice note', async () => {
    const list = await simpul('prices', 'list', '--lang', 'en');
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain(
      `${agreementId}\tBatik cap katun\tRp 85.000/lembar\tPaguyuban Uji\t2024-01-01\t1\tflagged`,
    );
    expect(list.stderr).toContain('1 price agreements');
    const show = await simpul('prices', 'show', agreementId, '--lang', 'en');
    expect(show.stdout).toContain('CV Maju Uji is a medium enterprise under PP 7/2021');
    expect(show.stdout).toContain('not legal advice');
    const json = JSON.parse((await simpul('prices', 'show', agreementId, '--json')).stdout);
    expect(json.competitionFlag.status).toBe('flagged');
    const bad = await simpul('prices', 'list', '--center', 'Bandung');
    expect(bad.code).not.toBe(0);
  });
});

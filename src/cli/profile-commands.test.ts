import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { buildEnterpriseInput } from '../../test/factories.ts';
import { CapabilityPutSchema } from '../capabilities/capabilities.schema.ts';
import { putCapabilityProfile } from '../capabilities/capabilities.service.ts';
import { buildCapabilityInput } from '../capabilities/capabilities.test-helpers.ts';
import { EnterpriseCreateSchema } from '../enterprises/enterprises.schema.ts';
import { createEnterprise } from '../enterprises/enterprises.service.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

describe('simpul profiles', () => {
  it('shows a profile with expired certificates marked, confirms spare capacity, and gives the JSON', async () => {
    const enterprise = await createEnterprise(
      database.db,
      EnterpriseCreateSchema.parse(
        buildEnterpriseInput({ name: 'Sepatu Profil Uji', externalId: 'UJI-PROFIL-1' }),
      ),
    );
    await putCapabilityProfile(
      database.db,
      enterprise.id,
      CapabilityPutSchema.parse(
        buildCapabilityInput({
          spareCapacityPct: 25,
          certifications: [{ kind: 'HALAL', validFrom: '2015-01-01', validUntil: '2019-12-31' }],
        }),
      ),
    );
    await database.db
      .updateTable('capability_profiles')
      .set({ spare_confirmed_on: '2020-01-01' })
      .where('enterprise_id', '=', enterprise.id)
      .execute();
    const opts = { databaseUrl: database.url };

    const en = await runSimpul(['profiles', 'show', 'UJI-PROFIL-1', '--lang', 'en'], opts);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toContain('Monthly capacity: 2000 pasang');
    expect(en.stdout).toContain('STALE');
    expect(en.stdout).toMatch(/footwear\.lasting\tLasting\t3 \(expert\)/);
    expect(en.stdout).toMatch(/Halal certificate\tEXPIRED, until 2019-12-31/);

    const confirm = await runSimpul(
      ['profiles', 'confirm', 'sepatu profil uji', '--spare', '30', '--lang', 'en'],
      opts,
    );
    expect(confirm.code, confirm.stderr).toBe(0);
    expect(confirm.stdout + confirm.stderr).toContain('Spare capacity 30% confirmed today');

    const json = await runSimpul(['profiles', 'show', enterprise.id, '--json'], opts);
    expect(JSON.parse(json.stdout)).toMatchObject({ spareCapacityPct: 30, stale: false, version: 2 });

    const unknown = await runSimpul(['profiles', 'show', 'Tidak Ada', '--lang', 'id'], opts);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('Tidak Ada');
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import type { UserActor } from '../auth/actor.ts';
import { withActor } from '../auth/actor.ts';
import type { CenterCreate } from '../centers/centers.schema.ts';
import { createCenter, updateCenter } from '../centers/centers.service.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const officer: UserActor = {
  kind: 'user',
  userId: '11111111-1111-4111-8111-111111111111',
  email: 'petugas@dinas.example',
  role: 'regional_officer',
  scopes: { regions: ['32.73'], centers: [], enterprises: [], projects: [] },
  personalDataAccess: false,
  via: 'token',
  tokenId: '22222222-2222-4222-8222-222222222222',
  readOnly: false,
};

const input: CenterCreate = {
  name: 'Sentra Audit',
  mainProduct: 'Sepatu',
  commodityGroup: 'clothing',
  kbli: [],
  origin: 'organic',
  status: 'recorded',
  regionCodes: ['32.73.17.1003'],
  figures: [],
};

const entries = (entityId: string) =>
  database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', entityId).orderBy('id').execute();

describe('audit triggers', () => {
  it('records who changed which row, with before and after, for any writer', async () => {
    const center = await withActor(officer, () => createCenter(database.db, input), 'req-1');
    const [inserted] = await entries(center.id);
    expect(inserted).toMatchObject({
      action: 'insert',
      entity_type: 'centers',
      actor_label: 'petugas@dinas.example',
      actor_user_id: officer.userId,
      via: 'token',
      token_id: officer.tokenId,
      request_id: 'req-1',
    });
    expect(inserted?.after).toMatchObject({ name: 'Sentra Audit' });

    await withActor(officer, () =>
      updateCenter(database.db, center.id, { version: 1, mainProduct: 'Sandal' }),
    );
    const updated = (await entries(center.id)).find((e) => e.action === 'update');
    expect(updated?.before).toMatchObject({ main_product: 'Sepatu' });
    expect(updated?.after).toMatchObject({ main_product: 'Sandal' });
    expect(updated?.region_codes).toEqual(['32.73.17.1003']);

    // The centre's region link is a row of its own, tied to the same transaction as the centre.
    const link = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_type', '=', 'center_regions')
      .where('entity_id', '=', `${center.id}/32.73.17.1003`)
      .executeTakeFirstOrThrow();
    expect(link.transaction_id).toBe(inserted?.transaction_id);
  });

  it('writes nothing for an update that changes nothing, and attributes unattended writes to the system', async () => {
    const center = await createCenter(database.db, { ...input, name: 'Sentra Sistem' });
    await sql`UPDATE centers SET name = name WHERE id = ${center.id}`.execute(database.db);
    const rows = await entries(center.id);
    expect(rows.map((r) => r.action)).toEqual(['insert']);
    expect(rows[0]?.actor_label).toBe('system');
  });

  it('refuses to change or delete the trail', async () => {
    await expect(sql`UPDATE audit_log SET actor_label = 'x'`.execute(database.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_log`.execute(database.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(database.db)).rejects.toThrow(/append-only/);
  });

  it('never copies password hashes into the trail', async () => {
    await sql`INSERT INTO users (email, display_name, role, password_hash) VALUES ('a@b.example', 'A', 'viewer', 'secret-hash')`.execute(
      database.db,
    );
    const row = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_type', '=', 'users')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row.after)).not.toContain('secret-hash');
    expect(row.after).toMatchObject({ email: 'a@b.example' });
  });
});

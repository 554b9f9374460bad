import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildYearInput } from '../../test/factories.ts';
import {
  type CreatedEnterprise,
  createEnterprise,
  JEPARA_VILLAGE,
} from '../enterprises/enterprises.test-helpers.ts';

const ctx = useTestApp();
const OWNER = 'Sutarmi Hapuswati';
const PHONE = '+6281377778888';
const ADDRESS = 'Jl. Rahasia Pribadi No. 7';
let enterprise: CreatedEnterprise;

/** Creates an enterprise whose owner has contact details and history in the audit trail. */
async function ownedEnterprise(overrides: Record<string, unknown> = {}): Promise<CreatedEnterprise> {
  const created = await createEnterprise(ctx, {
    name: 'Bordir Melati',
    ownerName: OWNER,
    phone: '022 5401 999',
    address: ADDRESS,
    ...overrides,
  });
  const owner = await ctx.app.inject({
    method: 'PATCH',
    url: `/api/people/${created.ownerPersonId}`,
    payload: { version: 1, phone: PHONE, email: 'sutarmi@example.org', birthYear: 1971, notes: 'Ramah' },
  });
  expect(owner.statusCode, owner.body).toBe(200);
  const year = await ctx.app.inject({
    method: 'PUT',
    url: `/api/enterprises/${created.id}/years/2023`,
    payload: buildYearInput({ workersFemale: 6 }),
  });
  expect(year.statusCode, year.body).toBe(201);
  return created;
}

/** Audit rows anywhere in the trail whose copies contain `text`. */
async function auditRowsMentioning(text: string): Promise<number> {
  const result = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM audit_log
     WHERE coalesce(before::text, '') LIKE ${`%${text}%`} OR coalesce(after::text, '') LIKE ${`%${text}%`}`.execute(
    ctx.db,
  );
  return result.rows[0]?.n ?? -1;
}

function erase(id: string, headers?: { authorization: string }) {
  return ctx.app.inject({
    method: 'POST',
    url: `/api/people/${id}/erase`,
    payload: { reason: 'Permintaan tertulis pemilik, 3 Mei 2024' },
    ...(headers && { headers }),
  });
}

beforeAll(async () => {
  enterprise = await ownedEnterprise();
});

describe('personal-data export', () => {
  it('returns the person, the enterprises they own with yearly figures, and the audit trail about them', async () => {
    const response = await ctx.app.inject({ url: `/api/people/${enterprise.ownerPersonId}/export` });
    expect(response.statusCode, response.body).toBe(200);
    const data = response.json();
    expect(data.person).toMatchObject({ fullName: OWNER, phone: PHONE, birthYear: 1971, erasedAt: null });
    expect(data.person.affiliations).toEqual([
      { enterpriseId: enterprise.id, institutionId: null, name: 'Bordir Melati', role: 'owner' },
    ]);
    expect(data.ownedEnterprises).toHaveLength(1);
    expect(data.ownedEnterprises[0]).toMatchObject({ id: enterprise.id, address: ADDRESS });
    expect(data.ownedEnterprises[0].years).toMatchObject([{ year: 2023, workersFemale: 6 }]);
    const trail = data.auditTrail.map((e: { entityType: string; action: string }) => [
      e.entityType,
      e.action,
    ]);
    expect(trail).toEqual([
      ['people', 'insert'],
      ['person_affiliations', 'insert'],
      ['people', 'update'],
    ]);
    expect(data.auditTrail[2].after).toMatchObject({ phone: PHONE });
  });

  it('is documented in the OpenAPI document with the erasure', async () => {
    const paths = (await ctx.app.inject({ url: '/api/openapi.json' })).json().paths;
    expect(Object.keys(paths['/api/people/{id}/export'])).toEqual(['get']);
    expect(paths['/api/people/{id}/erase'].post.requestBody.content['application/json'].schema).toMatchObject(
      {
        required: ['reason'],
      },
    );
  });
});

describe('personal-data erasure', () => {
  it('erases the person everywhere but keeps the enterprise, its figures and the erasure in the trail', async () => {
    const id = enterprise.ownerPersonId;
    expect(await auditRowsMentioning(OWNER)).toBeGreaterThan(0);
    const response = await erase(id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      fullName: `Dihapus ${id.slice(0, 8)}`,
      phone: null,
      email: null,
      birthYear: null,
      gender: null,
      roles: ['owner'],
      erasedAt: expect.any(String),
      archivedAt: expect.any(String),
    });
    const row = await ctx.db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ full_name: `Dihapus ${id.slice(0, 8)}`, phone: null, email: null });
    for (const text of [OWNER, PHONE, 'sutarmi@example.org', ADDRESS, 'Ramah', '+62225401999']) {
      expect(await auditRowsMentioning(text), text).toBe(0);
    }
    const kept = (await ctx.app.inject({ url: `/api/enterprises/${enterprise.id}` })).json();
    expect(kept).toMatchObject({ name: 'Bordir Melati', phone: null, address: null, archivedAt: null });
    expect(kept.ownerName).toBe(`Dihapus ${id.slice(0, 8)}`);
    expect(kept.latestYear).toMatchObject([{ year: 2023, workersFemale: 6 }]);

    const trail = (await ctx.app.inject({ url: `/api/people/${id}/export` })).json().auditTrail;
    const erasure = trail.at(-1);
    expect(erasure).toMatchObject({ entityType: 'people', action: 'update' });
    expect(erasure.after).toMatchObject({
      erased_at: expect.any(String),
      full_name: `Dihapus ${id.slice(0, 8)}`,
    });
    expect(erasure.after.notes).toBe('Permintaan tertulis pemilik, 3 Mei 2024');
    expect(erasure.before).toMatchObject({ full_name: '[dihapus]', phone: '[dihapus]', erased_at: null });
    // Only the trigger wrote to the trail in the erasure's transaction: the person and the enterprise.
    const written = await ctx.db
      .selectFrom('audit_log')
      .select(['entity_type', 'action'])
      .where('transaction_id', '=', erasure.transactionId)
      .orderBy('id')
      .execute();
    expect(written).toEqual([
      { entity_type: 'people', action: 'update' },
      { entity_type: 'enterprises', action: 'update' },
    ]);
  });

  it('refuses to erase twice (422), and refuses to edit or restore the tombstone', async () => {
    const other = await ownedEnterprise({ name: 'Batik Kenanga', ownerName: 'Pemilik Dua Kali' });
    expect((await erase(other.ownerPersonId)).statusCode).toBe(200);
    const again = await ctx.app.inject({
      method: 'POST',
      url: `/api/people/${other.ownerPersonId}/erase?lang=en`,
      payload: { reason: 'Lagi' },
    });
    expect(again.statusCode).toBe(422);
    expect(again.json().error.message).toBe(
      "This person's personal data has been erased; the record can no longer be changed.",
    );
    const patch = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/people/${other.ownerPersonId}`,
      payload: { version: 3, phone: PHONE },
    });
    expect(patch.statusCode).toBe(422);
    const restore = await ctx.app.inject({
      method: 'POST',
      url: `/api/people/${other.ownerPersonId}/restore`,
    });
    expect(restore.statusCode).toBe(422);
    // A new owner name on the enterprise makes a new person instead of reviving the tombstone.
    const { version } = (await ctx.app.inject({ url: `/api/enterprises/${other.id}` })).json();
    const renamed = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/enterprises/${other.id}`,
      payload: { version, ownerName: 'Pemilik Baru' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().ownerPersonId).not.toBe(other.ownerPersonId);
  });

  it('validates the reason and answers 404 for an unknown person', async () => {
    const empty = await ctx.app.inject({
      method: 'POST',
      url: `/api/people/${enterprise.ownerPersonId}/erase`,
      payload: { reason: '' },
    });
    expect(empty.statusCode).toBe(400);
    const long = await ctx.app.inject({
      method: 'POST',
      url: `/api/people/${enterprise.ownerPersonId}/erase`,
      payload: { reason: 'x'.repeat(501) },
    });
    expect(long.statusCode).toBe(400);
    expect((await erase('00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('personal-data rights: access', () => {
  it('is for admins and the regional officers whose regions hold the person', async () => {
    const subject = await ownedEnterprise({
      name: 'Ukir Jati',
      ownerName: 'Pemilik Ukir',
      regionCode: JEPARA_VILLAGE,
    });
    const bandung = await ctx.as('regional_officer', { regions: ['32.73'] });
    const jepara = await ctx.as('regional_officer', { regions: ['33.20'] });
    const url = `/api/people/${subject.ownerPersonId}/export`;
    expect((await ctx.app.inject({ url, headers: bandung })).statusCode).toBe(403);
    expect((await erase(subject.ownerPersonId, bandung)).statusCode).toBe(403);
    expect((await ctx.app.inject({ url, headers: jepara })).statusCode).toBe(200);
    const ownUser = await ctx.as('enterprise', { enterprises: [subject.id] });
    expect((await ctx.app.inject({ url, headers: ownUser })).statusCode).toBe(403);
    const ministry = await ctx.as('ministry');
    expect((await ctx.app.inject({ url, headers: ministry })).statusCode).toBe(403);
    const readOnlyAdmin = await ctx.as('admin', {}, { access: 'read' });
    expect((await erase(subject.ownerPersonId, readOnlyAdmin)).statusCode).toBe(403);
    const erased = await erase(subject.ownerPersonId, jepara);
    expect(erased.statusCode, erased.body).toBe(200);
  });
});

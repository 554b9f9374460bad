import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, useTestApp } from '../../test/app.ts';
import { buildEnterpriseInput, buildYearInput } from '../../test/factories.ts';
import { createUser } from '../auth/users.service.ts';
import { change, fieldWorld, sync } from './field.test-helpers.ts';

const ctx = useTestApp();
const PASSWORD = 'kata-sandi-uji-123';

const count = async (table: 'enterprises' | 'interactions' | 'field_changes' | 'enterprise_photos') =>
  Number(
    (
      await ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const auditCount = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const photo = async () =>
  (
    await sharp({ create: { width: 64, height: 48, channels: 3, background: '#8a5a2b' } })
      .jpeg()
      .toBuffer()
  ).toString('base64');

describe('field sync', () => {
  it('applies every kind in order through the domain services, as the collector, and a retry writes nothing', async () => {
    const world = await fieldWorld(ctx);
    const officer = await ctx.as('regional_officer', { regions: ['32.73'] });
    const [a, b] = world.members as [string, string];
    const version = (await ctx.app.inject({ url: `/api/enterprises/${a}` })).json().version as number;
    const created = change(
      'enterprise.create',
      world.centerId,
      buildEnterpriseInput({ name: 'IKM Baru Lapangan' }),
    );
    const batch = [
      created,
      change('tie.create', world.centerId, {
        question: 'maklun_taken',
        respondent: { clientChangeId: created.clientChangeId },
        named: { id: a },
        startDate: '2026-01-01',
      }),
      change(
        'enterprise.update',
        world.centerId,
        { enterprise: { id: b }, changes: { products: 'Sandal' } },
        {
          basedOnVersion: 1,
        },
      ),
      change(
        'enterprise.update',
        world.centerId,
        { enterprise: { id: a }, changes: { commodity: 'Sepatu' } },
        {
          basedOnVersion: version,
        },
      ),
      change('yearData.upsert', world.centerId, {
        enterprise: { id: a },
        year: 2025,
        figures: buildYearInput(),
      }),
      change('membership.create', world.centerId, {
        institutionId: world.institutionId,
        enterprise: { clientChangeId: created.clientChangeId },
        validFrom: '2026-01-01',
      }),
      change('facility.usage', world.centerId, {
        facilityId: world.facilityId,
        enterprise: { id: a },
        usedOn: '2026-01-05',
      }),
      change('photo', world.centerId, { enterprise: { id: a }, image: await photo(), caption: 'Bengkel' }),
    ];
    const response = await sync(ctx, batch, officer);
    expect(response.statusCode, response.body).toBe(200);
    const results = response.json().results;
    expect(results.map((r: { status: string }) => r.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
      'applied',
      'applied',
      'applied',
      'applied',
    ]);
    expect(results.map((r: { clientChangeId: string }) => r.clientChangeId)).toEqual(
      batch.map((c) => c.clientChangeId),
    );

    const firmId = results[0].recordId as string;
    const firm = (await ctx.app.inject({ url: `/api/enterprises/${firmId}` })).json();
    expect(firm).toMatchObject({ name: 'IKM Baru Lapangan', pending: true });
    expect(firm.memberships.map((m: { centerId: string }) => m.centerId)).toEqual([world.centerId]);
    // maklun taken: the named firm gives the work (principal, from), the respondent makes it (to).
    const tie = (await ctx.app.inject({ url: `/api/interactions/${results[1].recordId}` })).json();
    expect(tie).toMatchObject({
      type: 'TOLL_MANUFACTURING',
      fromEnterpriseId: a,
      toEnterpriseId: firmId,
      centerId: world.centerId,
      reportedBy: 'one_party',
    });
    expect(results[3].recordVersion).toBe(version + 1);
    const stored = await ctx.db
      .selectFrom('enterprise_photos')
      .select(['width', 'height', 'caption'])
      .where('enterprise_id', '=', a)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ width: 64, height: 48, caption: 'Bengkel' });

    // The audit trail names the collector and the change with the time it was collected.
    const audit = await ctx.db
      .selectFrom('audit_entries')
      .select(['actor_label', 'request_id', 'via'])
      .where('entity_type', '=', 'interactions')
      .where('entity_id', '=', results[1].recordId)
      .executeTakeFirstOrThrow();
    expect(audit.actor_label).toMatch(/^regional_officer-/);
    expect(audit.request_id).toBe(`field:${batch[1]?.clientChangeId}@${batch[1]?.collectedAt}`);

    const before = await Promise.all([
      count('enterprises'),
      count('interactions'),
      count('enterprise_photos'),
      auditCount(),
    ]);
    const again = await sync(ctx, batch, officer);
    expect(again.statusCode).toBe(200);
    expect(
      again.json().results.map((r: { replayed: boolean; status: string }) => [r.replayed, r.status]),
    ).toEqual(batch.map(() => [true, 'applied']));
    expect(again.json().results[0].recordId).toBe(firmId);
    expect(
      await Promise.all([
        count('enterprises'),
        count('interactions'),
        count('enterprise_photos'),
        auditCount(),
      ]),
    ).toEqual(before);
  });

  it('keeps an update on an old version as a conflict, and resolves it against the current version', async () => {
    const world = await fieldWorld(ctx, 1);
    const officer = await ctx.as('regional_officer', { regions: ['32.73'] });
    const [a] = world.members as [string];
    const read = (await ctx.app.inject({ url: `/api/enterprises/${a}` })).json();
    // Meanwhile on the server, someone renames the firm.
    const patched = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/enterprises/${a}`,
      payload: { version: read.version, name: 'Nama Dari Kantor' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const offline = change(
      'enterprise.update',
      world.centerId,
      { enterprise: { id: a }, changes: { name: 'Nama Dari Lapangan' } },
      {
        basedOnVersion: read.version,
      },
    );
    const response = await sync(ctx, [offline], officer);
    const [result] = response.json().results;
    expect(result).toMatchObject({ status: 'conflict', recordId: a, conflictId: expect.any(String) });
    expect((await ctx.app.inject({ url: `/api/enterprises/${a}` })).json().name).toBe('Nama Dari Kantor');

    const list = await ctx.app.inject({ url: '/api/field/conflicts', headers: officer });
    expect(list.statusCode, list.body).toBe(200);
    const [conflict] = list.json().items;
    expect(conflict).toMatchObject({
      id: result.conflictId,
      enterpriseId: a,
      basedOnVersion: read.version,
      currentVersion: read.version + 1,
      mine: { name: 'Nama Dari Lapangan' },
      theirs: { name: 'Nama Dari Kantor' },
      status: 'open',
    });
    // Someone else's conflicts are not listed.
    const other = await ctx.app.inject({ url: '/api/field/conflicts' });
    expect(other.json().items.map((c: { id: string }) => c.id)).not.toContain(result.conflictId);

    const resolve = (version: number, headers = officer) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/field/conflicts/${result.conflictId}/resolve?lang=en`,
        payload: { keep: 'mine', version },
        headers,
      });
    expect((await resolve(read.version)).statusCode).toBe(409);
    expect((await ctx.app.inject({ url: `/api/enterprises/${a}` })).json().name).toBe('Nama Dari Kantor');
    const stranger = await ctx.as('center_manager', { centers: [world.centerId] });
    expect((await resolve(read.version + 1, stranger)).statusCode).toBe(403);
    const resolved = await resolve(read.version + 1);
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json()).toMatchObject({
      status: 'resolved',
      resolution: 'mine',
      currentVersion: read.version + 2,
    });
    expect((await ctx.app.inject({ url: `/api/enterprises/${a}` })).json().name).toBe('Nama Dari Lapangan');
    expect((await ctx.app.inject({ url: '/api/field/conflicts', headers: officer })).json().items).toEqual(
      [],
    );
    expect((await resolve(read.version + 2)).statusCode).toBe(422);
  });

  it('answers a bad change per item in the user’s language and fails what depends on it, applying the rest', async () => {
    const world = await fieldWorld(ctx, 2);
    const officer = await ctx.as('regional_officer', { regions: ['32.73'] });
    const [a, b] = world.members as [string, string];
    const bad = change('enterprise.create', world.centerId, buildEnterpriseInput({ name: '' }));
    const dependent = change('tie.create', world.centerId, {
      question: 'orders_passed',
      respondent: { id: a },
      named: { clientChangeId: bad.clientChangeId },
      startDate: '2026-01-01',
    });
    const good = change('tie.create', world.centerId, {
      question: 'joint_purchasing',
      respondent: { id: a },
      named: { id: b },
      startDate: '2026-01-01',
    });
    const firms = await count('enterprises');
    const response = await sync(ctx, [bad, dependent, good], officer, 'id');
    expect(response.statusCode, response.body).toBe(200);
    const [first, second, third] = response.json().results;
    expect(first.status).toBe('rejected');
    expect(first.error.details[0]).toMatchObject({ path: 'payload.name' });
    expect(first.error.details[0].message).toBe('Nama tidak boleh kosong.');
    expect(second.status).toBe('dependencyFailed');
    expect(second.error.message).toContain(bad.clientChangeId);
    expect(third.status).toBe('applied');
    expect(await count('enterprises')).toBe(firms);
  });

  it('refuses a change outside the collector’s scope per item, writing nothing', async () => {
    const world = await fieldWorld(ctx, 2);
    const bandung = await ctx.as('regional_officer', { regions: ['32.73'] });
    const [a] = world.members as [string];
    const ties = await count('interactions');
    const intoJepara = change('tie.create', world.jeparaCenterId, {
      question: 'tools_lent',
      respondent: { id: world.jeparaFirm },
      named: { id: world.jeparaFirm },
      startDate: '2026-01-01',
    });
    const jeparaFirmHere = change('tie.create', world.centerId, {
      question: 'tools_lent',
      respondent: { id: a },
      named: { id: world.jeparaFirm },
      startDate: '2026-01-01',
    });
    const manager = await ctx.as('center_manager', { centers: [world.centerId] });
    const response = await sync(ctx, [intoJepara, jeparaFirmHere], bandung);
    expect(response.json().results.map((r: { status: string }) => r.status)).toEqual([
      'forbidden',
      'forbidden',
    ]);
    // A centre manager may not register firms (the enterprises API's rule), even from the field.
    const managerCreate = await sync(
      ctx,
      [change('enterprise.create', world.centerId, buildEnterpriseInput())],
      manager,
    );
    expect(managerCreate.json().results[0].status).toBe('forbidden');
    expect(await count('interactions')).toBe(ties);
  });

  it('answers 401 to an expired session and 413 to an oversized batch, writing nothing', async () => {
    const world = await fieldWorld(ctx, 1);
    const usage = () =>
      change('facility.usage', world.centerId, { facilityId: world.facilityId, usedOn: '2026-01-05' });
    const changes = await count('field_changes');
    const email = `lapangan-${randomUUID()}@uji.example`;
    await createUser(ctx.db, {
      email,
      displayName: email,
      role: 'regional_officer',
      password: PASSWORD,
      scopes: { regions: ['32.73'], centers: [], enterprises: [], projects: [] },
      personalDataAccess: false,
    });
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: ANONYMOUS,
      payload: { email, password: PASSWORD },
    });
    const session = {
      cookie: (login.headers['set-cookie'] as string).split(';')[0] as string,
      'x-csrf-token': login.json().csrfToken as string,
    };
    await sql`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE revoked_at IS NULL`.execute(
      ctx.db,
    );
    const expired = await sync(ctx, [usage()], session, 'id');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.message).toMatch(/Sesi Anda berakhir/);

    const tooMany = await sync(ctx, Array.from({ length: 201 }, usage));
    expect(tooMany.statusCode).toBe(413);
    expect(tooMany.json().error.message).toContain('200');
    const malformed = await ctx.app.inject({
      method: 'POST',
      url: '/api/field/sync',
      payload: { changes: [{ ...usage(), clientChangeId: 'bukan-uuid' }] },
    });
    expect(malformed.statusCode).toBe(400);
    // A phone whose clock says year 0 (the fuzz found it answered 500: PostgreSQL refuses that year).
    const yearZero = await ctx.app.inject({
      method: 'POST',
      url: '/api/field/sync',
      headers: { 'accept-language': 'en' },
      payload: { changes: [{ ...usage(), collectedAt: '0000-01-01T00:00:00Z' }] },
    });
    expect(yearZero.statusCode, yearZero.body).toBe(400);
    expect(yearZero.json().error.details).toEqual([
      { path: 'changes.0.collectedAt', message: 'Collected at must be between 1900-01-01 and 2100-12-31.' },
    ]);
    expect(await count('field_changes')).toBe(changes);
  });
});

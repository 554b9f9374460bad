import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { buildCenterInput, buildEnterpriseInput } from '../../test/factories.ts';
import { loadUserActor } from '../auth/auth.plugin.ts';
import { requireUser } from '../auth/policy.ts';
import { createUser } from '../auth/users.service.ts';
import { CenterCreateSchema } from '../centers/centers.schema.ts';
import { createCenter } from '../centers/centers.service.ts';
import { EnterpriseCreateSchema } from '../enterprises/enterprises.schema.ts';
import { createEnterprise } from '../enterprises/enterprises.service.ts';
import { createAnswer, inviteFirms } from '../requests/offers.service.ts';
import { RequestCreateSchema } from '../requests/requests.schema.ts';
import { createRequest } from '../requests/requests.service.ts';
import { inDays, requestBody } from '../requests/requests.test-helpers.ts';

let database: TestDatabase;
const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url });
let requestId = '';
let answerId = '';
let makerId = '';
let adminActor: Awaited<ReturnType<typeof loadUserActor>>;

beforeAll(async () => {
  database = await createTestDatabase();
  const center = await createCenter(database.db, CenterCreateSchema.parse(buildCenterInput()));
  const firm = await createEnterprise(database.db, EnterpriseCreateSchema.parse(buildEnterpriseInput()));
  const user = await createUser(database.db, {
    email: 'ikm@uji.example',
    displayName: 'IKM',
    role: 'enterprise',
    scopes: { regions: [], centers: [], enterprises: [firm.id], projects: [] },
    personalDataAccess: false,
  });
  const actor = requireUser(await loadUserActor(database.db, user.id, { via: 'cli', readOnly: false }));
  const body = RequestCreateSchema.parse(requestBody(firm.id, center.id, { answerDeadline: inDays(5) }));
  requestId = (await createRequest(database.db, actor, body)).id;
  const maker = await createEnterprise(database.db, EnterpriseCreateSchema.parse(buildEnterpriseInput()));
  const admin = await createUser(database.db, {
    email: 'admin@uji.example',
    displayName: 'Admin',
    role: 'admin',
    scopes: { regions: [], centers: [], enterprises: [], projects: [] },
    personalDataAccess: false,
  });
  adminActor = await loadUserActor(database.db, admin.id, { via: 'cli', readOnly: false });
  await inviteFirms(database.db, requireUser(adminActor), requestId, { enterpriseIds: [maker.id] });
  makerId = maker.id;
}, 120_000);
afterAll(async () => {
  await database?.drop();
});

describe('simpul requests', () => {
  it('publishes a draft as its poster and lists it with its status in words', async () => {
    const published = await simpul(
      'requests',
      'publish',
      requestId,
      '--as',
      'ikm@uji.example',
      '--lang',
      'en',
    );
    expect(published.code, published.stderr).toBe(0);
    expect(published.stdout).toContain(`${requestId}\tOpen\tSepatu pantofel pria`);
    const list = await simpul('requests', 'list', '--status', 'open', '--json');
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout).map((r: { id: string }) => r.id)).toEqual([requestId]);
    const again = await simpul('requests', 'publish', requestId, '--as', 'ikm@uji.example', '--lang', 'id');
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('Permintaan berstatus Dibuka tidak dapat menjadi Dibuka');
  }, 120_000);

  it('awards an answer as the poster and confirms delivery on both sides, printing the realised tie', async () => {
    answerId = (
      await createAnswer(database.db, requireUser(adminActor), requestId, makerId, {
        quantityOffered: 500,
        readyOn: inDays(20),
      })
    ).id;
    const closed = await simpul('requests', 'close', requestId, '--as', 'ikm@uji.example');
    expect(closed.code, closed.stderr).toBe(0);
    const tooMuch = await simpul(
      'requests',
      'award',
      requestId,
      '--as',
      'ikm@uji.example',
      '--share',
      `${answerId}=999999`,
      '--lang',
      'en',
    );
    expect(tooMuch.code).toBe(2);
    expect(tooMuch.stderr).toContain('exceed the quantity requested');
    const awarded = await simpul(
      'requests',
      'award',
      requestId,
      '--as',
      'ikm@uji.example',
      '--share',
      `${answerId}=500`,
      '--json',
    );
    expect(awarded.code, awarded.stderr).toBe(0);
    const [award] = JSON.parse(awarded.stdout) as { id: string }[];
    const supplier = await simpul(
      'requests',
      'confirm',
      award?.id as string,
      '--as',
      'admin@uji.example',
      '--side',
      'supplier',
    );
    expect(supplier.code, supplier.stderr).toBe(0);
    const poster = await simpul(
      'requests',
      'confirm',
      award?.id as string,
      '--as',
      'ikm@uji.example',
      '--side',
      'poster',
      '--json',
    );
    expect(poster.code, poster.stderr).toBe(0);
    expect(JSON.parse(poster.stdout)).toMatchObject({
      status: 'delivered',
      interactionId: expect.any(String),
    });
  }, 180_000);
});

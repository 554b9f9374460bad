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
import { RequestCreateSchema } from '../requests/requests.schema.ts';
import { createRequest } from '../requests/requests.service.ts';
import { inDays, requestBody } from '../requests/requests.test-helpers.ts';

let database: TestDatabase;
const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url });
let requestId = '';

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
});

import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { buildCenterInput, buildEnterpriseInput } from '../../test/factories.ts';
import { createUser } from '../auth/users.service.ts';
import { CenterCreateSchema } from '../centers/centers.schema.ts';
import { createCenter } from '../centers/centers.service.ts';
import { EnterpriseCreateSchema } from '../enterprises/enterprises.schema.ts';
import { createEnterprise } from '../enterprises/enterprises.service.ts';
import { inDays } from '../requests/requests.test-helpers.ts';

let database: TestDatabase;
const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url });
let centerId = '';
let posterId = '';
let makerId = '';
let otherId = '';

async function firmUser(email: string): Promise<string> {
  const firm = await createEnterprise(database.db, EnterpriseCreateSchema.parse(buildEnterpriseInput()));
  await createUser(database.db, {
    email,
    displayName: email,
    role: 'enterprise',
    scopes: { regions: [], centers: [], enterprises: [firm.id], projects: [] },
    personalDataAccess: false,
  });
  return firm.id;
}

const requestCount = async () =>
  Number(
    (
      await database.db
        .selectFrom('partnership_requests')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** The options of a good request from the poster firm, with `extra` appended (a later option wins). */
const createArgs = (...extra: string[]) => [
  'requests',
  'create',
  '--as',
  'poster@uji.example',
  '--poster',
  posterId,
  '--product',
  'Sepatu pantofel pria',
  '--process',
  'footwear.lasting',
  'footwear.sole',
  '--quantity',
  '2000',
  '--unit',
  'pasang',
  '--target-price',
  '65000',
  '--answer-by',
  inDays(7),
  '--deliver-by',
  inDays(30),
  '--center',
  centerId,
  '--visibility',
  'invited',
  ...extra,
];

beforeAll(async () => {
  database = await createTestDatabase();
  centerId = (await createCenter(database.db, CenterCreateSchema.parse(buildCenterInput()))).id;
  posterId = await firmUser('poster@uji.example');
  makerId = await firmUser('maker@uji.example');
  otherId = await firmUser('other@uji.example');
}, 120_000);
afterAll(async () => {
  await database?.drop();
});

describe('simpul requests create … rate', () => {
  it('drives a request from creation to both ratings as the users themselves', async () => {
    const created = await simpul(...createArgs('--json'));
    expect(created.code, created.stderr).toBe(0);
    const request = JSON.parse(created.stdout) as { id: string; status: string; processCodes: string[] };
    expect(request).toMatchObject({ status: 'draft', processCodes: ['footwear.lasting', 'footwear.sole'] });
    const id = request.id;
    const publish = await simpul('requests', 'publish', id, '--as', 'poster@uji.example');
    expect(publish.code, publish.stderr).toBe(0);
    const invite = await simpul(
      ...['requests', 'invite', id, '--as', 'poster@uji.example', '--enterprise', makerId, otherId],
    );
    expect(invite.code, invite.stderr).toBe(0);
    expect(invite.stdout.trim().split('\n').sort()).toEqual([makerId, otherId].sort());

    const answer = await simpul(
      ...['requests', 'answer', id, '--as', 'maker@uji.example', '--capacity', '1500', '--date', inDays(20)],
      ...['--price', '60000', '--note', 'Bisa mulai minggu depan', '--json'],
    );
    expect(answer.code, answer.stderr).toBe(0);
    const answerId = (JSON.parse(answer.stdout) as { id: string }).id;
    const other = await simpul(
      ...['requests', 'answer', id, '--as', 'other@uji.example', '--capacity', '100', '--date', inDays(20)],
    );
    expect(other.code, other.stderr).toBe(0);
    const withdrawn = await simpul('requests', 'withdraw', id, '--as', 'other@uji.example', '--json');
    expect(withdrawn.code, withdrawn.stderr).toBe(0);
    expect(JSON.parse(withdrawn.stdout)).toMatchObject({ enterpriseId: otherId, withdrawn: true });
    const declined = await simpul('requests', 'decline', id, '--as', 'other@uji.example', '--lang', 'en');
    expect(declined.code, declined.stderr).toBe(0);
    expect(declined.stderr).toContain('Invitation declined.');

    expect((await simpul('requests', 'close', id, '--as', 'poster@uji.example')).code).toBe(0);
    const late = await simpul(
      ...['requests', 'answer', id, '--as', 'other@uji.example', '--capacity', '5', '--date', inDays(20)],
      '--lang',
      'en',
    );
    expect(late.code).toBe(2);
    expect(late.stderr).toContain('Answers: the request is Closed, not Open.');
    const awarded = await simpul(
      ...['requests', 'award', id, '--as', 'poster@uji.example', '--share', `${answerId}=1500`, '--json'],
    );
    expect(awarded.code, awarded.stderr).toBe(0);
    const awardId = (JSON.parse(awarded.stdout) as { id: string }[])[0]?.id as string;
    for (const [email, side] of [
      ['maker@uji.example', 'supplier'],
      ['poster@uji.example', 'poster'],
    ]) {
      const confirmed = await simpul(
        'requests',
        'confirm',
        awardId,
        '--as',
        email as string,
        '--side',
        side as string,
      );
      expect(confirmed.code, confirmed.stderr).toBe(0);
    }
    const early = await simpul(
      ...['requests', 'rate', awardId, '--as', 'maker@uji.example', '--side', 'poster', '--on-time', '5'],
      ...['--quality', '4', '--communication', '5'],
    );
    expect(early.code, 'the supplier may not rate as the poster').not.toBe(0);
    const posterRates = await simpul(
      ...['requests', 'rate', awardId, '--as', 'poster@uji.example', '--side', 'poster', '--on-time', '5'],
      ...['--quality', '4', '--communication', '5', '--comment', 'Rapi'],
    );
    expect(posterRates.code, posterRates.stderr).toBe(0);
    expect(posterRates.stdout).toContain('poster:5/4/5');
    const makerRates = await simpul(
      ...['requests', 'rate', awardId, '--as', 'maker@uji.example', '--side', 'supplier', '--on-time', '4'],
      ...['--quality', '5', '--communication', '4', '--json'],
    );
    expect(makerRates.code, makerRates.stderr).toBe(0);
    expect(JSON.parse(makerRates.stdout).ratings).toHaveLength(2);
    const shown = await simpul('requests', 'show', id, '--json');
    const detail = JSON.parse(shown.stdout) as {
      status: string;
      invitations: { enterpriseId: string; declinedAt: string | null }[];
    };
    expect(detail.status).toBe('rated');
    expect(detail.invitations.find((i) => i.enterpriseId === otherId)?.declinedAt).not.toBeNull();
  }, 300_000);

  it('creates from a JSON file, typed options overriding it', async () => {
    const file = path.join(tmpdir(), `simpul-request-${process.pid}.json`);
    await writeFile(
      file,
      JSON.stringify({
        posterEnterpriseId: posterId,
        product: 'Sandal hotel',
        processCodes: ['footwear.cutting'],
        quantity: 300,
        unit: 'pasang',
        answerDeadline: inDays(5),
        deliveryDate: inDays(40),
        tieType: 'SUBCONTRACT',
        targetCenterIds: [centerId],
      }),
    );
    const created = await simpul(
      ...['requests', 'create', '--as', 'poster@uji.example', '--file', file, '--quantity', '450', '--json'],
    );
    expect(created.code, created.stderr).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({
      product: 'Sandal hotel',
      quantity: 450,
      tieType: 'SUBCONTRACT',
      status: 'draft',
    });
  }, 120_000);

  it('refuses bad input naming the option, in the user’s language, and writes nothing', async () => {
    const before = await requestCount();
    const badDate = await simpul(...createArgs('--answer-by', '2026-02-30', '--lang', 'en'));
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--answer-by: Answer deadline must be a real date written YYYY-MM-DD');
    const zero = await simpul(...createArgs('--quantity', '0', '--lang', 'id'));
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('Jumlah harus lebih dari 0.');
    expect(zero.stderr).toContain('--quantity');
    const word = await simpul(...createArgs('--quantity', 'banyak', '--lang', 'en'));
    expect(word.stderr).toContain('--quantity: Quantity must be a number.');
    const unknown = await simpul(...createArgs('--process', 'footwear.lastingx', '--lang', 'en'));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--process: Processes: unknown code "footwear.lastingx"');
    expect(unknown.stderr).toContain('footwear.lasting, footwear.sole');
    const past = await simpul(...createArgs('--answer-by', inDays(-3), '--lang', 'id'));
    expect(past.code).toBe(2);
    expect(past.stderr).toContain('--answer-by: Batas waktu penawaran tidak boleh sudah lewat');
    const file = await simpul(...createArgs('--file', '/nonexistent/request.json', '--lang', 'en'));
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('The file /nonexistent/request.json cannot be read as JSON');
    const rating = await simpul(
      ...['requests', 'rate', '00000000-0000-4000-8000-000000000000', '--as', 'poster@uji.example'],
      ...['--side', 'poster', '--on-time', '7', '--quality', '4', '--communication', '5', '--lang', 'en'],
    );
    expect(rating.code).toBe(2);
    expect(rating.stderr).toContain('--on-time: On time must be at most 5.');
    expect(await requestCount()).toBe(before);
  }, 300_000);
});

import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildChallengeInput } from '../../test/factories.ts';
import { createInstitution } from '../memberships/memberships.test-helpers.ts';

const ctx = useTestApp();
const MISSING = '00000000-0000-4000-8000-000000000000';

async function record(institutionId: string, overrides: Record<string, unknown> = {}) {
  const response = await ctx.app.inject({
    method: 'POST',
    url: `/api/institutions/${institutionId}/challenges`,
    payload: buildChallengeInput(overrides),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function patch(id: string, payload: Record<string, unknown>, lang = 'id') {
  return ctx.app.inject({ method: 'PATCH', url: `/api/challenges/${id}?lang=${lang}`, payload });
}

describe('institution challenges log', () => {
  it('records challenges and lists them newest first, filtered by status and category', async () => {
    const institution = await createInstitution(ctx);
    const other = await createInstitution(ctx);
    const first = await record(institution, { observedOn: '2023-05-01', category: 'idle_facility' });
    expect(first).toMatchObject({ institutionId: institution, status: 'open', resolvedOn: null, version: 1 });
    await record(institution, { observedOn: '2024-01-10', status: 'addressing' });
    await record(institution, { observedOn: '2022-09-01', status: 'resolved', resolvedOn: '2023-01-15' });
    await record(other, { observedOn: '2024-06-01' });

    const all = (await ctx.app.inject({ url: `/api/institutions/${institution}/challenges` })).json();
    expect(all.total).toBe(3);
    expect(all.items.map((c: { observedOn: string }) => c.observedOn)).toEqual([
      '2024-01-10',
      '2023-05-01',
      '2022-09-01',
    ]);
    const oldestFirst = (
      await ctx.app.inject({ url: `/api/institutions/${institution}/challenges?sort=observedOn&limit=1` })
    ).json();
    expect(oldestFirst).toMatchObject({ total: 3, limit: 1 });
    expect(oldestFirst.items[0].observedOn).toBe('2022-09-01');
    const resolved = (
      await ctx.app.inject({ url: `/api/institutions/${institution}/challenges?status=resolved` })
    ).json();
    expect(resolved.items.map((c: { resolvedOn: string }) => c.resolvedOn)).toEqual(['2023-01-15']);
    const idle = (
      await ctx.app.inject({ url: `/api/institutions/${institution}/challenges?category=idle_facility` })
    ).json();
    expect(idle.items.map((c: { id: string }) => c.id)).toEqual([first.id]);
  });

  it('requires a resolution date exactly when resolved, never before the observation', async () => {
    const institution = await createInstitution(ctx);
    const url = `/api/institutions/${institution}/challenges`;
    const missing = await ctx.app.inject({
      method: 'POST',
      url,
      payload: buildChallengeInput({ status: 'resolved' }),
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.details[0].path).toBe('resolvedOn');
    const forbidden = await ctx.app.inject({
      method: 'POST',
      url: `${url}?lang=en`,
      payload: buildChallengeInput({ status: 'addressing', resolvedOn: '2024-05-01' }),
    });
    expect(forbidden.statusCode).toBe(422);
    expect(forbidden.json().error.details).toEqual([
      {
        path: 'resolvedOn',
        message: 'resolvedOn is only allowed when the challenge is resolved (status is "addressing").',
      },
    ]);
    const early = await ctx.app.inject({
      method: 'POST',
      url,
      payload: buildChallengeInput({
        observedOn: '2024-02-01',
        status: 'resolved',
        resolvedOn: '2024-01-31',
      }),
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.message).toBe('Tanggal selesai tidak boleh sebelum tanggal mulai.');
    const sameDay = await ctx.app.inject({
      method: 'POST',
      url,
      payload: buildChallengeInput({
        observedOn: '2024-02-01',
        status: 'resolved',
        resolvedOn: '2024-02-01',
      }),
    });
    expect(sameDay.statusCode).toBe(201);
    const list = (await ctx.app.inject({ url })).json();
    expect(list.total).toBe(1);
  });

  it('moves open → addressing → resolved, reopens, and refuses moving backwards otherwise', async () => {
    const institution = await createInstitution(ctx);
    const challenge = await record(institution, { observedOn: '2024-01-01' });
    const addressing = await patch(challenge.id, { version: 1, status: 'addressing' });
    expect(addressing.statusCode, addressing.body).toBe(200);
    const backToOpen = await patch(challenge.id, { version: 2, status: 'open' });
    expect(backToOpen.statusCode).toBe(422);
    expect(backToOpen.json().error.details[0].path).toBe('status');
    const resolvedWithoutDate = await patch(challenge.id, { version: 2, status: 'resolved' });
    expect(resolvedWithoutDate.statusCode).toBe(422);
    const resolved = await patch(challenge.id, { version: 2, status: 'resolved', resolvedOn: '2024-04-30' });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json()).toMatchObject({ status: 'resolved', resolvedOn: '2024-04-30', version: 3 });
    const toAddressing = await patch(challenge.id, { version: 3, status: 'addressing' }, 'en');
    expect(toAddressing.statusCode).toBe(422);
    expect(toAddressing.json().error.message).toBe('Status cannot change from resolved to addressing.');
    const reopenedWithDate = await patch(challenge.id, {
      version: 3,
      status: 'open',
      resolvedOn: '2024-05-01',
    });
    expect(reopenedWithDate.statusCode).toBe(422);
    const reopened = await patch(challenge.id, { version: 3, status: 'open', severity: 'high' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'open', resolvedOn: null, severity: 'high', version: 4 });
    const institutionNow = (await ctx.app.inject({ url: `/api/institutions/${institution}` })).json();
    expect(institutionNow.openChallengeCount).toBe(1);
  });

  it('refuses to move the observation after an existing resolution date', async () => {
    const institution = await createInstitution(ctx);
    const challenge = await record(institution, {
      observedOn: '2024-01-01',
      status: 'resolved',
      resolvedOn: '2024-03-01',
    });
    const moved = await patch(challenge.id, { version: 1, observedOn: '2024-03-02' });
    expect(moved.statusCode).toBe(422);
    expect(moved.json().error.details[0].path).toBe('resolvedOn');
    const fine = await patch(challenge.id, { version: 1, resolvedOn: '2024-02-15', notes: null });
    expect(fine.json()).toMatchObject({ resolvedOn: '2024-02-15', notes: null, status: 'resolved' });
  });

  it('refuses a stale version without changing anything', async () => {
    const institution = await createInstitution(ctx);
    const challenge = await record(institution, { severity: 'low' });
    expect((await patch(challenge.id, { version: 1, severity: 'medium' })).statusCode).toBe(200);
    const stale = await patch(challenge.id, { version: 1, severity: 'high', status: 'addressing' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const current = (await ctx.app.inject({ url: `/api/challenges/${challenge.id}` })).json();
    expect(current).toMatchObject({ severity: 'medium', status: 'open', version: 2 });
  });

  it('answers 404 for unknown institutions and challenges, 400 for unknown fields', async () => {
    const missingList = await ctx.app.inject({ url: `/api/institutions/${MISSING}/challenges` });
    expect(missingList.statusCode).toBe(404);
    const missingPost = await ctx.app.inject({
      method: 'POST',
      url: '/api/institutions/nope/challenges',
      payload: buildChallengeInput(),
    });
    expect(missingPost.statusCode).toBe(404);
    expect((await patch(MISSING, { version: 1 })).statusCode).toBe(404);
    expect((await ctx.app.inject({ url: '/api/challenges/nope' })).statusCode).toBe(404);
    const institution = await createInstitution(ctx);
    const unknown = await ctx.app.inject({
      method: 'POST',
      url: `/api/institutions/${institution}/challenges`,
      payload: { ...buildChallengeInput(), institutionId: institution },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.map((d: { path: string }) => d.path)).toEqual(['institutionId']);
    const badCategory = await ctx.app.inject({
      method: 'POST',
      url: `/api/institutions/${institution}/challenges`,
      payload: buildChallengeInput({ category: 'laziness' as never, observedOn: '2024-13-01' }),
    });
    expect(badCategory.statusCode).toBe(400);
    const paths = badCategory.json().error.details.map((d: { path: string }) => d.path);
    expect(paths.sort()).toEqual(['category', 'observedOn']);
  });

  it('takes no new challenges for an archived institution', async () => {
    const institution = await createInstitution(ctx);
    await ctx.app.inject({ method: 'POST', url: `/api/institutions/${institution}/archive` });
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/institutions/${institution}/challenges?lang=en`,
      payload: buildChallengeInput(),
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.message).toBe('This Institution is archived.');
  });
});

import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildInteractionInput } from '../../test/factories.ts';
import { recordFacility } from '../facilities/facilities.test-helpers.ts';
import { poolWorld, post } from '../pools/pools.test-helpers.ts';
import { QUESTIONNAIRE, QUESTIONNAIRE_VERSION } from './questionnaire.ts';

const ctx = useTestApp();

const answers = (value: number) =>
  Object.fromEntries(QUESTIONNAIRE.map((i) => [i.id, i.scale === 'yes_no' ? Math.min(1, value) : value]));
const body = (value: number) => ({ questionnaireVersion: QUESTIONNAIRE_VERSION, answers: answers(value) });

describe('institution self-assessment', () => {
  it('computes the live part from memberships and the members’ ties', async () => {
    const world = await poolWorld(ctx, 3);
    const [a, b] = world.members as [string, string];
    const start = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    await post(
      ctx,
      '/api/interactions',
      buildInteractionInput(a, b, { centerId: world.centerId, startDate: start }),
    );

    const preview = await ctx.app.inject({
      url: `/api/institutions/${world.institutionId}/assessment-preview`,
    });
    expect(preview.statusCode, preview.body).toBe(200);
    const live = Object.fromEntries(
      preview.json().live.map((i: { id: string; value: number }) => [i.id, i.value]),
    );
    expect(live.members).toBe(3);
    expect(live.active_share).toBeCloseTo(2 / 3);
    expect(live.member_tie_density).toBeCloseTo(1 / 3);
    expect(preview.json().questionnaire.items).toHaveLength(QUESTIONNAIRE.length);
  });

  it('lets the board answer, stores the snapshot, and shows the trend to a member but not an outsider', async () => {
    const world = await poolWorld(ctx, 3);
    const [chair, member] = world.members as [string, string];
    const board = await ctx.as('enterprise', { enterprises: [chair] });
    const plain = await ctx.as('enterprise', { enterprises: [member] });
    const outsider = await ctx.as('enterprise', { enterprises: [world.outsider] });
    const url = `/api/institutions/${world.institutionId}/assessments`;

    const previewUrl = `/api/institutions/${world.institutionId}/assessment-preview`;
    expect((await ctx.app.inject({ url: previewUrl, headers: plain })).json().mayAnswer).toBe(false);
    expect((await ctx.app.inject({ url: previewUrl, headers: board })).json().mayAnswer).toBe(true);
    const byMember = await ctx.app.inject({ method: 'POST', url, headers: plain, payload: body(4) });
    expect(byMember.statusCode).toBe(403);
    const first = await ctx.app.inject({ method: 'POST', url, headers: board, payload: body(1) });
    expect(first.statusCode, first.body).toBe(201);
    const second = await ctx.app.inject({ method: 'POST', url, headers: board, payload: body(4) });
    expect(second.json().total).toBeGreaterThan(first.json().total);
    // Three members cannot reach Perunggu's five active members, whatever the answers.
    expect(second.json().tier).toBe('none');
    expect(second.json().next.requirements.map((r: { kind: string }) => r.kind)).toContain('active_members');

    const history = await ctx.app.inject({ url, headers: plain });
    expect(history.statusCode).toBe(200);
    expect(history.json().items.map((s: { id: string }) => s.id)).toEqual([
      second.json().id,
      first.json().id,
    ]);
    expect((await ctx.app.inject({ url, headers: outsider })).statusCode).toBe(403);
  });

  it('refuses an answer out of range naming the item, and writes nothing', async () => {
    const world = await poolWorld(ctx, 2);
    const url = `/api/institutions/${world.institutionId}/assessments`;
    const bad = { ...body(2), answers: { ...answers(2), dues_paid: 7 } };
    const response = await ctx.app.inject({ method: 'POST', url: `${url}?lang=en`, payload: bad });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details[0]).toMatchObject({ path: 'answers.dues_paid' });
    expect(response.json().error.message).toContain('Share of members who pay their dues');
    expect((await ctx.app.inject({ url })).json().items).toEqual([]);
  });

  it('scores the facility utilisation live: left out without a facility, rising as usage is recorded', async () => {
    const world = await poolWorld(ctx, 3);
    const previewUrl = `/api/institutions/${world.institutionId}/assessment-preview`;
    const url = `/api/institutions/${world.institutionId}/assessments`;
    const liveValue = async () =>
      (await ctx.app.inject({ url: previewUrl }))
        .json()
        .live.find((i: { id: string }) => i.id === 'facility_utilisation')?.value;
    type Scored = { total: number; areas: { area: string; score: number }[]; indicators: { id: string }[] };
    const assessNow = async (): Promise<Scored> => {
      const response = await ctx.app.inject({ method: 'POST', url, payload: body(2) });
      expect(response.statusCode, response.body).toBe(201);
      return response.json();
    };
    const services = (s: Scored) => s.areas.find((a) => a.area === 'services')?.score ?? -1;

    // No facility in the institution's centre: nothing to judge, the indicator does not count.
    expect(await liveValue()).toBeNull();
    const without = await assessNow();
    expect(without.indicators.map((i) => i.id)).not.toContain('facility_utilisation');

    // A kiln it manages, open every day, unused: idle, scores 0 and pulls the services area down.
    const kiln = await recordFacility(ctx, world.centerId, { institutionId: world.institutionId });
    expect(await liveValue()).toBe(0);
    const idle = await assessNow();
    expect(idle.indicators.map((i) => i.id)).toContain('facility_utilisation');
    expect(services(idle)).toBeLessThan(services(without));

    // Used on 45 of the last 90 days: 50 %, between the thresholds (20 % → 0, 60 % → 1).
    const today = Date.now() + 7 * 3_600_000;
    for (let back = 0; back < 45; back++) {
      const usedOn = new Date(today - back * 2 * 86_400_000).toISOString().slice(0, 10);
      await post(ctx, `/api/facilities/${kiln.id}/usage`, { usedOn });
    }
    expect(await liveValue()).toBeCloseTo(45 / 90);
    const busy = await assessNow();
    expect(services(busy)).toBeGreaterThan(services(idle));
    expect(busy.total).toBeGreaterThan(idle.total);
  });

  it('answers 404 for an institution that does not exist', async () => {
    const url = '/api/institutions/00000000-0000-4000-8000-000000000000/assessments';
    expect((await ctx.app.inject({ url })).statusCode).toBe(404);
  });
});

import { describe, expect, it } from 'vitest';
import { ANONYMOUS, useTestApp } from '../../test/app.ts';
import { buildCaseInput, caseAt, caseWorld, send, TO_MEDIATION } from './cases.test-helpers.ts';

const ctx = useTestApp();

interface Step {
  fromStatus: string | null;
  toStatus: string;
  byRole: string | null;
  byName: string | null;
  moveNote: string | null;
}

const read = async (id: string, headers?: Record<string, string>) => {
  const response = await ctx.app.inject({ url: `/api/cases/${id}`, ...(headers && { headers }) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { history: Step[]; version: number };
};

describe('the status history of a case', () => {
  it('keeps every move with its mover and note; the report step names no one', async () => {
    const world = await caseWorld(ctx);
    const manager = await ctx.as('center_manager', { centers: [world.centerId] });
    const created = await send(ctx, 'POST', '/api/cases', buildCaseInput(world), manager);
    await send(
      ctx,
      'POST',
      `/api/cases/${created.id}/move`,
      { version: created.version, status: 'verifying', moveNote: 'Foto motif sudah diterima.' },
      manager,
    );
    const kase = await read(created.id, manager);
    expect(kase.history.map((s) => [s.fromStatus, s.toStatus])).toEqual([
      [null, 'reported'],
      ['reported', 'verifying'],
    ]);
    // The reporter is never named, even when a signed-in user reported.
    expect(kase.history[0]).toMatchObject({ byRole: null, byName: null, moveNote: null });
    const mover = await ctx.db
      .selectFrom('users')
      .select('display_name')
      .where(
        'id',
        '=',
        (
          await ctx.db
            .selectFrom('conflict_case_moves')
            .select('moved_by')
            .where('case_id', '=', created.id)
            .where('to_status', '=', 'verifying')
            .executeTakeFirstOrThrow()
        ).moved_by ?? '',
      )
      .executeTakeFirstOrThrow();
    expect(kase.history[1]).toMatchObject({
      byRole: 'center_manager',
      byName: mover.display_name,
      moveNote: 'Foto motif sudah diterima.',
    });

    // An illegal move is refused and leaves the history as it was.
    const refused = await ctx.app.inject({
      method: 'POST',
      url: `/api/cases/${created.id}/move`,
      payload: { version: kase.version, status: 'closed' },
      headers: manager,
    });
    expect(refused.statusCode).toBe(409);
    expect((await read(created.id, manager)).history).toHaveLength(2);
  });

  it('records the agreement and the closing as moves, in order', async () => {
    const world = await caseWorld(ctx);
    const inMediation = await caseAt(ctx, world, TO_MEDIATION);
    const agreed = await send(ctx, 'POST', `/api/cases/${inMediation.id}/agreement`, {
      version: inMediation.version,
      agreedOn: '2026-03-01',
      agreementText: 'Saling menghormati motif.',
    });
    await send(ctx, 'POST', `/api/cases/${inMediation.id}/move`, {
      version: agreed.version,
      status: 'closed',
      outcome: 'Selesai.',
    });
    const { history } = await read(inMediation.id);
    expect(history.map((s) => s.toStatus)).toEqual([
      'reported',
      'verifying',
      'mediation_scheduled',
      'in_mediation',
      'agreed',
      'closed',
    ]);
    expect(history.slice(1).every((s) => s.byRole === 'admin')).toBe(true);
  });

  it('names no mover to a pseudonymised reader and no reporter for an anonymous report', async () => {
    const world = await caseWorld(ctx);
    const research = await caseAt(ctx, world, ['verifying'], { allowsResearch: true });
    await send(ctx, 'POST', `/api/cases/${research.id}/move`, {
      version: research.version,
      status: 'mediation_scheduled',
      moveNote: 'Pak Darto bersedia hadir.',
    });
    const researcher = await ctx.as('researcher');
    const seen = await read(research.id, researcher);
    expect(seen.history).toHaveLength(3);
    for (const step of seen.history) expect(step).toMatchObject({ byRole: null, byName: null });
    expect(JSON.stringify(seen.history)).not.toContain('Darto');

    const anonymous = await ctx.app.inject({
      method: 'POST',
      url: '/api/cases/anonymous',
      payload: {
        centerId: world.centerId,
        caseType: 'BUYER_POACHING',
        title: 'Pembeli direbut',
        description: 'Ada yang menawar pembeli kami.',
      },
      headers: ANONYMOUS,
    });
    expect(anonymous.statusCode, anonymous.body).toBe(201);
    const row = await ctx.db
      .selectFrom('conflict_case_moves as mv')
      .innerJoin('conflict_cases as k', 'k.id', 'mv.case_id')
      .select(['mv.moved_by', 'mv.moved_by_role', 'mv.to_status'])
      .where('k.reporter_role', '=', 'anonymous')
      .where('k.center_id', '=', world.centerId)
      .execute();
    expect(row).toEqual([{ moved_by: null, moved_by_role: null, to_status: 'reported' }]);
  });
});

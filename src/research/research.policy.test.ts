import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import type { Actor } from '../auth/actor.ts';
import { assertProjectRole, projectRoleOf, projectScope } from './research.policy.ts';
import { insertProject, researcherIn, userIdOf } from './research.test-helpers.ts';

const ctx = useTestApp();

function researcher(userId: string, projects: string[] = []): Actor {
  return {
    kind: 'user',
    userId,
    email: 'r@uji.example',
    role: 'researcher',
    scopes: { regions: [], centers: [], enterprises: [], projects },
    personalDataAccess: false,
    via: 'token',
    readOnly: false,
  };
}

describe('research project access', () => {
  it('gives members their role, refuses others, and lets the projects scope narrow it', async () => {
    const mine = await insertProject(ctx.db);
    const other = await insertProject(ctx.db);
    const { userId, headers } = await researcherIn(ctx.db, mine, 'coder');
    expect(await userIdOf(ctx, headers)).toBe(userId);

    expect(await projectRoleOf(ctx.db, researcher(userId), mine)).toBe('coder');
    expect(await projectRoleOf(ctx.db, researcher(userId), other)).toBeNull();
    // An account scope naming another project leaves this one out, membership or not.
    expect(await projectRoleOf(ctx.db, researcher(userId, [other]), mine)).toBeNull();

    await expect(assertProjectRole(ctx.db, researcher(userId), mine, 'coder')).resolves.toBeUndefined();
    await expect(assertProjectRole(ctx.db, researcher(userId), mine, 'lead')).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(assertProjectRole(ctx.db, researcher(userId), other, 'reader')).rejects.toMatchObject({
      code: 'forbidden',
    });
    // A project that does not exist passes, so the service answers 404.
    await expect(
      assertProjectRole(ctx.db, researcher(userId), '00000000-0000-4000-8000-000000000000', 'lead'),
    ).resolves.toBeUndefined();

    const visible = await ctx.db
      .selectFrom('research_projects as p')
      .select('p.id')
      .where(projectScope(researcher(userId), 'p.id'))
      .execute();
    expect(visible.map((r) => r.id)).toEqual([mine]);
  });
});

describe('excerpts of withdrawn informants', () => {
  it('hides a segment spoken by a withdrawn informant, and unattributed segments of their documents', async () => {
    const { insertDocument, insertInformant } = await import('./research.test-helpers.ts');
    const { segmentStillConsented } = await import('./excerpts.ts');
    const project = await insertProject(ctx.db);
    const { userId } = await researcherIn(ctx.db, project, 'coder');
    const stays = await insertInformant(ctx.db, project);
    const leaves = await insertInformant(ctx.db, project);
    const group = await insertDocument(ctx.db, project, 'Kami sering maklun bersama.', [stays, leaves]);
    const solo = await insertDocument(ctx.db, project, 'Saya sendiri.', [stays]);
    const segment = async (document_id: string, informant_id: string | null) =>
      (
        await ctx.db
          .insertInto('research_segments')
          .values({ document_id, coder_id: userId, informant_id, start_cp: 0, end_cp: 4 })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const byStayer = await segment(group, stays);
    const byLeaver = await segment(group, leaves);
    const unattributed = await segment(group, null);
    const elsewhere = await segment(solo, null);
    await ctx.db
      .updateTable('research_informants')
      .set({ withdrawn_on: '2024-03-01' })
      .where('id', '=', leaves)
      .execute();
    const visible = await ctx.db
      .selectFrom('research_segments as s')
      .select('s.id')
      .where(segmentStillConsented('s'))
      .execute();
    const ids = visible.map((r) => r.id);
    expect(ids).toContain(byStayer);
    expect(ids).toContain(elsewhere);
    expect(ids).not.toContain(byLeaver);
    expect(ids).not.toContain(unattributed);
  });
});

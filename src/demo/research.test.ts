import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { createUser } from '../auth/users.service.ts';
import { codePointLength } from '../shared/code-points.ts';
import { seedResearchDemo } from './research.ts';

const ctx = useTestApp();

describe('the demo research project', () => {
  it('has a lead and two coders, six informants (one withdrawn) and three transcripts of a few hundred words', async () => {
    await createUser(ctx.db, {
      email: 'peneliti@simpul.demo',
      displayName: 'Peneliti (demo)',
      role: 'researcher',
      scopes: { regions: [], centers: [], enterprises: [], projects: [] },
      personalDataAccess: false,
    });
    const projectId = await seedResearchDemo(ctx.db);
    const members = await ctx.db
      .selectFrom('research_project_members')
      .select('role')
      .where('project_id', '=', projectId)
      .execute();
    expect(members.map((m) => m.role).sort()).toEqual(['coder', 'coder', 'lead']);
    const informants = await ctx.db
      .selectFrom('research_informants')
      .select(['pseudonym', 'withdrawn_on'])
      .where('project_id', '=', projectId)
      .execute();
    expect(informants).toHaveLength(6);
    expect(informants.filter((i) => i.withdrawn_on !== null).map((i) => i.pseudonym)).toEqual(['Mbak Wati']);
    const texts = await ctx.db
      .selectFrom('research_documents as d')
      .innerJoin('research_document_texts as t', 't.document_id', 'd.id')
      .select(['t.body', 'd.body_code_points'])
      .where('d.project_id', '=', projectId)
      .execute();
    expect(texts).toHaveLength(3);
    for (const { body, body_code_points } of texts) {
      expect(body_code_points).toBe(codePointLength(body));
      const words = body.split(/\s+/).length;
      expect(words).toBeGreaterThan(200);
      expect(words).toBeLessThan(700);
    }
  });
});

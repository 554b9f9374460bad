import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { createUser } from '../auth/users.service.ts';
import { insertProject, researcherIn } from './research.test-helpers.ts';

const ctx = useTestApp();
const NO_SCOPES = { regions: [], centers: [], enterprises: [], projects: [] };

describe('member candidates', () => {
  it('offers the lead the active researcher and admin accounts that are not yet members, and no one else', async () => {
    const projectId = await insertProject(ctx.db);
    const lead = await researcherIn(ctx.db, projectId, 'lead', { label: 'ketua' });
    const coder = await researcherIn(ctx.db, projectId, 'coder', { label: 'pengode' });
    const outsider = await createUser(ctx.db, {
      email: 'calon-anggota@peneliti.example',
      displayName: 'Calon Anggota',
      role: 'researcher',
      scopes: NO_SCOPES,
      personalDataAccess: false,
    });
    const viewer = await createUser(ctx.db, {
      email: 'tamu-calon@peneliti.example',
      displayName: 'Tamu Calon',
      role: 'viewer',
      scopes: NO_SCOPES,
      personalDataAccess: false,
    });
    const url = `/api/research/projects/${projectId}/member-candidates`;

    const answer = await ctx.app.inject({ url, headers: lead.headers });
    expect(answer.statusCode).toBe(200);
    const items = answer.json().items as { userId: string; displayName: string; email: string }[];
    const ids = items.map((i) => i.userId);
    expect(items).toContainEqual({
      userId: outsider.id,
      displayName: 'Calon Anggota',
      email: 'calon-anggota@peneliti.example',
    });
    expect(ids).not.toContain(lead.userId);
    expect(ids).not.toContain(coder.userId);
    expect(ids).not.toContain(viewer.id);

    // A coder does not manage members, so is not shown who could be added.
    const byCoder = await ctx.app.inject({ url, headers: coder.headers });
    expect(byCoder.statusCode).toBe(403);
    const missing = await ctx.app.inject({
      url: '/api/research/projects/00000000-0000-4000-8000-000000000000/member-candidates',
    });
    expect(missing.statusCode).toBe(404);
  });
});

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { insertInformant, insertProject, researcherIn } from '../research/research.test-helpers.ts';
import type { FieldSyncChange } from './field.schema.ts';
import { sync } from './field.test-helpers.ts';

const ctx = useTestApp();

/** A research change in `projectId`, collected an hour ago. */
function researchChange(
  kind: 'research.note' | 'informant.consent',
  projectId: string,
  payload: Record<string, unknown>,
  clientChangeId: string = randomUUID(),
): FieldSyncChange {
  return {
    clientChangeId,
    projectId,
    kind,
    collectedAt: new Date(Date.now() - 3_600_000).toISOString(),
    payload,
  };
}

async function project() {
  const projectId = await insertProject(ctx.db);
  const lead = await researcherIn(ctx.db, projectId, 'lead');
  const informantId = await insertInformant(ctx.db, projectId, { pseudonym: 'Bu Ani' });
  return { projectId, lead, informantId };
}

const documentsOf = (projectId: string) =>
  ctx.db
    .selectFrom('research_documents')
    .select(['id', 'title'])
    .where('project_id', '=', projectId)
    .execute();

describe('field sync of research notes and consent', () => {
  it('gives a member the project package without contact details or registry links; others are refused', async () => {
    const { projectId, lead } = await project();
    const res = await ctx.app.inject({
      url: `/api/field/projects/${projectId}/package`,
      headers: lead.headers,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.project.id).toBe(projectId);
    expect(body.informants).toHaveLength(1);
    expect(Object.keys(body.informants[0]).sort()).toEqual([
      'consents',
      'id',
      'pseudonym',
      'role',
      'withdrawnOn',
    ]);
    const again = await ctx.app.inject({
      url: `/api/field/projects/${projectId}/package`,
      headers: { ...lead.headers, 'if-none-match': res.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    const other = await researcherIn(ctx.db, await insertProject(ctx.db), 'lead');
    const refused = await ctx.app.inject({
      url: `/api/field/projects/${projectId}/package`,
      headers: other.headers,
    });
    expect(refused.statusCode).toBe(403);
  });

  it('stores a note as a project document and a consent change once, even when retried', async () => {
    const { projectId, lead, informantId } = await project();
    const note = researchChange('research.note', projectId, {
      title: 'Wawancara pasar',
      text: 'Catatan lapangan tentang harga kulit.',
      informantIds: [informantId],
      heldOn: '2024-03-01',
    });
    const consent = researchChange('informant.consent', projectId, {
      informantId,
      withdrawn: ['quotation'],
      on: '2024-03-02',
    });
    const first = await sync(ctx, [note, consent], lead.headers);
    expect(first.statusCode).toBe(200);
    expect(first.json().results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
    const retry = await sync(ctx, [note, consent], lead.headers);
    expect(retry.json().results.map((r: { replayed: boolean }) => r.replayed)).toEqual([true, true]);
    const docs = await documentsOf(projectId);
    expect(docs.map((d) => d.title)).toEqual(['Wawancara pasar']);
    expect(first.json().results[0].recordId).toBe(docs[0]!.id);
    const quotation = await ctx.db
      .selectFrom('research_consents')
      .select('withdrawn_on')
      .where('informant_id', '=', informantId)
      .where('scope', '=', 'quotation')
      .executeTakeFirstOrThrow();
    expect(String(quotation.withdrawn_on).slice(0, 10)).toBe('2024-03-02');
  });

  it('applies a consent withdrawal before a note sent ahead of it in the same batch', async () => {
    const { projectId, lead, informantId } = await project();
    const note = researchChange('research.note', projectId, {
      title: 'Catatan',
      text: 'Isi',
      informantIds: [informantId],
    });
    const consent = researchChange('informant.consent', projectId, {
      informantId,
      withdrawn: ['sharing'],
      on: '2024-03-02',
    });
    const res = await sync(ctx, [note, consent], lead.headers);
    const results = res.json().results;
    expect(results.map((r: { kind: string }) => r.kind)).toEqual(['research.note', 'informant.consent']);
    const rows = await ctx.db
      .selectFrom('field_changes')
      .select(['client_change_id', 'received_at'])
      .where('client_change_id', 'in', [note.clientChangeId, consent.clientChangeId])
      .execute();
    const at = (id: string) => new Date(rows.find((r) => r.client_change_id === id)!.received_at).getTime();
    expect(at(consent.clientChangeId)).toBeLessThan(at(note.clientChangeId));
  });

  it('refuses per item a researcher of another project, a coder, and a centre collector (an officer)', async () => {
    const { projectId, informantId } = await project();
    const outsider = await researcherIn(ctx.db, await insertProject(ctx.db), 'lead');
    const coder = await researcherIn(ctx.db, projectId, 'coder');
    const note = () => researchChange('research.note', projectId, { title: 'X', text: 'Y' });
    const consent = () =>
      researchChange('informant.consent', projectId, {
        informantId,
        withdrawn: ['sharing'],
        on: '2024-03-02',
      });
    for (const headers of [outsider.headers, coder.headers]) {
      const res = await sync(ctx, [note(), consent()], headers);
      expect(res.statusCode).toBe(200);
      expect(res.json().results.map((r: { status: string }) => r.status)).toEqual(['forbidden', 'forbidden']);
    }
    const officer = await ctx.as('regional_officer', { regions: ['32.73'] });
    const res = await sync(ctx, [note()], officer);
    expect(res.json().results[0].status).toBe('forbidden');
    expect(await documentsOf(projectId)).toEqual([]);
  });

  it('rejects an informant of another project, a change without its project, and a bad payload', async () => {
    const { projectId, lead } = await project();
    const otherInformant = await insertInformant(ctx.db, await insertProject(ctx.db));
    const noProject = { ...researchChange('research.note', projectId, { title: 'A', text: 'B' }) };
    delete noProject.projectId;
    const res = await sync(
      ctx,
      [
        researchChange('informant.consent', projectId, {
          informantId: otherInformant,
          withdrawn: ['sharing'],
          on: '2024-03-02',
        }),
        noProject,
        researchChange('research.note', projectId, { title: '', text: 'B' }),
      ],
      lead.headers,
    );
    const results = res.json().results;
    expect(results.map((r: { status: string }) => r.status)).toEqual(['forbidden', 'rejected', 'rejected']);
    expect(results[1].error.details[0].path).toBe('projectId');
    expect(results[2].error.details[0].path).toBe('payload.title');
  });
});

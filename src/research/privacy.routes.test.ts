import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildEnterpriseInput } from '../../test/factories.ts';
import { centerWith, created, enterpriseIn } from '../interactions/interactions.test-helpers.ts';
import {
  insertDocument,
  insertInformant,
  insertProject,
  researcherIn,
  userIdOf,
} from './research.test-helpers.ts';

const ctx = useTestApp();

async function segment(documentId: string, coderId: string, start: number, end: number, codeId: string) {
  const row = await ctx.db
    .insertInto('research_segments')
    .values({ document_id: documentId, coder_id: coderId, start_cp: start, end_cp: end })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.db.insertInto('research_codings').values({ segment_id: row.id, code_id: codeId }).execute();
  return row.id;
}

async function code(projectId: string, name: string) {
  return (
    await ctx.db
      .insertInto('research_codes')
      .values({ project_id: projectId, name })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

/** Two centres: Maju's (three firms of its kind) and a larger one; informants of both. */
async function world() {
  const maju = (
    await created(
      ctx,
      '/api/enterprises',
      buildEnterpriseInput({ name: 'Sepatu Maju Jaya', phone: '081234567890' }),
    )
  ).id as string;
  const small = await centerWith(ctx, [maju, await enterpriseIn(ctx), await enterpriseIn(ctx)]);
  const others = [];
  for (let n = 0; n < 5; n += 1) others.push(await enterpriseIn(ctx));
  const large = await centerWith(ctx, others);
  const project = await insertProject(ctx.db, [small, large]);
  const lead = await researcherIn(ctx.db, project, 'lead');
  const asep = await insertInformant(ctx.db, project, {
    pseudonym: 'Pak Asep',
    enterpriseId: maju,
    centerId: small,
  });
  const owners = [];
  for (const pseudonym of ['Bu Nur', 'Bu Ani', 'Pak Budi'])
    owners.push(await insertInformant(ctx.db, project, { pseudonym, centerId: large }));
  const docA = await insertDocument(ctx.db, project, 'Usaha saya Sepatu Maju Jaya, telepon 0812 3456 7890.', [
    asep,
  ]);
  const docB = await insertDocument(ctx.db, project, 'Kami sering oper order ke tetangga.', owners);
  const partnership = await code(project, 'Oper order');
  const conflict = await code(project, 'Konflik');
  const me = await userIdOf(ctx, lead.headers);
  await segment(docA, me, 0, 52, partnership);
  await segment(docB, me, 0, 20, partnership);
  await segment(docB, me, 21, 35, conflict);
  return { project, lead, small, large, asep, owners, docA, docB, partnership, conflict, me };
}

describe('re-identification warnings', () => {
  it('warns of a quotation naming the firm, a rare attribute combination and a small centre', async () => {
    const w = await world();
    const response = await ctx.app.inject({
      url: `/api/research/projects/${w.project}/reidentification`,
      headers: { ...w.lead.headers, 'accept-language': 'en' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ k: 3, smallCenterFirms: 5, informantsChecked: 4, quotationsChecked: 3 });
    const asep = report.warnings.filter((x: { pseudonym: string }) => x.pseudonym === 'Pak Asep');
    expect(asep.map((x: { kind: string }) => x.kind)).toEqual(['quotation', 'attributes', 'small_center']);
    expect(asep[0]).toMatchObject({ identifiers: ['enterprise_name', 'phone'], documentId: w.docA });
    expect(asep[0].masked.en).toBe('Usaha saya [business name], telepon [phone number].');
    expect(asep[0].reason.id).toContain('Pak Asep');
    expect(asep[0].action.en).toContain('Mask');
    expect(asep[2].reason.en).toContain('only 3 firm(s)');
    // The three owners of the large centre share role × centre: no attribute or centre warning for them.
    expect(report.warnings.some((x: { pseudonym: string }) => x.pseudonym === 'Bu Nur')).toBe(false);
  });

  it('stops warning about an informant who withdrew, and refuses non-members', async () => {
    const w = await world();
    await ctx.db
      .updateTable('research_informants')
      .set({ withdrawn_on: '2024-05-01' })
      .where('id', '=', w.asep)
      .execute();
    const after = await ctx.app.inject({
      url: `/api/research/projects/${w.project}/reidentification`,
      headers: w.lead.headers,
    });
    expect(after.json().warnings).toEqual([]);
    const outsider = await researcherIn(ctx.db, await insertProject(ctx.db), 'lead');
    const refused = await ctx.app.inject({
      url: `/api/research/projects/${w.project}/reidentification`,
      headers: outsider.headers,
    });
    expect(refused.statusCode).toBe(403);
  });
});

describe('code-by-centre matrix', () => {
  it('counts coded segments per code and centre, with each centre’s stored indicators', async () => {
    const w = await world();
    const response = await ctx.app.inject({
      url: `/api/research/projects/${w.project}/code-by-center`,
      headers: w.lead.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    const matrix = response.json();
    expect(matrix.codes.map((c: { name: string }) => c.name).sort()).toEqual(['Konflik', 'Oper order']);
    expect(matrix.cells).toEqual(
      expect.arrayContaining([
        { codeId: w.partnership, centerId: w.small, segments: 1, documents: 1 },
        { codeId: w.partnership, centerId: w.large, segments: 1, documents: 1 },
        { codeId: w.conflict, centerId: w.large, segments: 1, documents: 1 },
      ]),
    );
    expect(matrix.cells).toHaveLength(3);
    const large = matrix.centers.find((c: { id: string }) => c.id === w.large);
    expect(large).toMatchObject({ networkReadable: true, tiesWithEvidence: 0, corroborationRate: null });
    expect(large.pattern.en).toBeTruthy();
    const stored = await ctx.db
      .selectFrom('center_analyses')
      .select('center_id')
      .where('center_id', '=', w.large)
      .execute();
    expect(stored).toHaveLength(1);
  });

  it('leaves out a withdrawn informant’s segments', async () => {
    const w = await world();
    await ctx.db
      .updateTable('research_informants')
      .set({ withdrawn_on: '2024-05-01' })
      .where('id', '=', w.asep)
      .execute();
    const matrix = (
      await ctx.app.inject({
        url: `/api/research/projects/${w.project}/code-by-center`,
        headers: w.lead.headers,
      })
    ).json();
    expect(matrix.cells.some((c: { centerId: string }) => c.centerId === w.small)).toBe(false);
    expect(matrix.cells).toHaveLength(2);
  });
});

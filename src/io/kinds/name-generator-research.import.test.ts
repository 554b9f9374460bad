import { describe, expect, it } from 'vitest';
import { type AuthHeaders, useTestApp } from '../../../test/app.ts';
import { buildCenterInput, buildEnterpriseInput } from '../../../test/factories.ts';
import { created } from '../../interactions/interactions.test-helpers.ts';
import { insertProject, userIdOf } from '../../research/research.test-helpers.ts';
import { CONTENT_TYPES } from '../read-table.ts';

const ctx = useTestApp();

/** A centre with three firms, a project studying it (the caller a coder of it), and a survey of them. */
async function world(label: string) {
  const center = (await created(ctx, '/api/centers', buildCenterInput({ externalId: `SNT-${label}` }))).id!;
  const names = ['Sepatu Asri', 'Sepatu Bagja', 'Sepatu Cahaya'].map((n) => `${n} ${label}`);
  const ids: string[] = [];
  for (const name of names) {
    const id = (await created(ctx, '/api/enterprises', buildEnterpriseInput({ name }))).id!;
    await created(ctx, '/api/center-memberships', {
      centerId: center,
      enterpriseId: id,
      validFrom: '2010-01-01',
    });
    ids.push(id);
  }
  const project = await insertProject(ctx.db, [center]);
  const [a, b, c] = names;
  const survey = [
    'sentra,responden,nama_disebut,pertanyaan,tanggal_wawancara,pewawancara',
    `SNT-${label},${a},${b},Dengan siapa Anda maklun?,2024-03-12,Dewi`,
    `SNT-${label},${b},${a},Untuk siapa Anda mengerjakan maklun?,2024-03-13,Rudi`,
    `SNT-${label},${c},${a},Dari siapa Anda meminjam modal?,2024-03-14,Dewi`,
  ].join('\n');
  return { center, ids, project, survey };
}

const send = (projectId: string, survey: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/import/name-generator?researchProjectId=${projectId}&lang=en`,
    payload: survey,
    headers: { 'content-type': CONTENT_TYPES.csv, ...headers },
  });

async function joinAsCoder(projectId: string, headers: AuthHeaders) {
  const userId = await userIdOf(ctx, headers);
  await ctx.db
    .insertInto('research_project_members')
    .values({ project_id: projectId, user_id: userId, role: 'coder' })
    .execute();
}

describe('a name-generator survey imported into a research project', () => {
  it('makes each respondent an informant and each answer evidence of its tie, corroborated from both sides', async () => {
    const w = await world('A');
    const admin = await ctx.as('admin');
    await joinAsCoder(w.project, admin);
    const response = await send(w.project, w.survey, admin);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      inserted: 2,
      research: {
        projectId: w.project,
        informantsCreated: 3,
        questionnaires: 3,
        evidence: 3,
        skippedWithdrawn: 0,
      },
    });
    const informants = await ctx.db
      .selectFrom('research_informants')
      .select(['id', 'enterprise_id', 'pseudonym', 'center_id', 'role'])
      .where('project_id', '=', w.project)
      .execute();
    expect(informants.map((i) => i.enterprise_id).sort()).toEqual([...w.ids].sort());
    expect(informants.every((i) => i.pseudonym.startsWith('Responden ') && i.center_id === w.center)).toBe(
      true,
    );
    const consents = await ctx.db
      .selectFrom('research_consents')
      .select(['scope'])
      .where('informant_id', '=', informants[0]!.id)
      .orderBy('scope')
      .execute();
    expect(consents.map((c) => c.scope)).toEqual(['interview', 'registry_link']);
    const evidence = await ctx.db
      .selectFrom('research_tie_evidence as e')
      .innerJoin('interactions as i', 'i.id', 'e.interaction_id')
      .select(['e.perspective', 'e.stance', 'i.type', 'i.confidence'])
      .orderBy('i.type')
      .orderBy('e.perspective')
      .execute();
    expect(evidence).toEqual([
      { perspective: 'alter', stance: 'supports', type: 'INFORMAL_CREDIT', confidence: 'reported' },
      { perspective: 'alter', stance: 'supports', type: 'TOLL_MANUFACTURING', confidence: 'verified' },
      { perspective: 'ego', stance: 'supports', type: 'TOLL_MANUFACTURING', confidence: 'verified' },
    ]);
    // The centre's evidence counts the survey in its dyadic corroboration.
    const center = await ctx.app.inject({ url: `/api/research/centers/${w.center}/evidence` });
    expect(center.json()).toMatchObject({ tiesWithEvidence: 2, bothSides: 1, oneSide: 1 });

    // Importing the same file again links the same informants and adds nothing.
    const again = await send(w.project, w.survey, admin);
    expect(again.json().research).toMatchObject({
      informantsCreated: 0,
      informantsLinked: 3,
      questionnaires: 0,
      evidence: 0,
    });
  });

  it('refuses a project the importer is not a coder of, and a centre the project does not study, writing nothing', async () => {
    const w = await world('B');
    const ties = async () => (await ctx.db.selectFrom('interactions').select('id').execute()).length;
    const before = await ties();
    const outsider = await send(w.project, w.survey, await ctx.as('admin', {}, { access: 'write' }));
    expect(outsider.statusCode).toBe(422);
    expect(outsider.json().error.details).toEqual([
      expect.objectContaining({
        path: 'researchProjectId',
        message: expect.stringContaining('not a coder or lead'),
      }),
    ]);
    const other = await insertProject(ctx.db);
    const admin = await ctx.as('admin');
    await joinAsCoder(other, admin);
    const unstudied = await send(other, w.survey, admin);
    expect(unstudied.statusCode).toBe(422);
    expect(unstudied.json().error.details[0].message).toContain(
      'not one the chosen research project studies',
    );
    const ties2 = await ctx.app.inject({
      method: 'POST',
      url: `/api/import/interactions?researchProjectId=${w.project}&lang=en`,
      payload: 'a\n1',
      headers: { 'content-type': CONTENT_TYPES.csv, ...admin },
    });
    expect(ties2.statusCode, ties2.body).toBe(422);
    expect(await ties()).toBe(before);
    expect(
      await ctx.db
        .selectFrom('research_informants')
        .select('id')
        .where('project_id', 'in', [w.project, other])
        .execute(),
    ).toEqual([]);
  });
});

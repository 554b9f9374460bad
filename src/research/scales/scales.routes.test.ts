import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { centerWith, enterpriseIn, tie } from '../../interactions/interactions.test-helpers.ts';
import { insertProject, researcherIn } from '../research.test-helpers.ts';
import { seedInstruments } from './scales-seed.ts';

const ctx = useTestApp();

/** The cronbach.test.ts rows: α = 0.9548387096774194 (Python statistics; the covariance form agrees). */
const WORKED = [
  [1, 2, 3],
  [2, 3, 3],
  [3, 3, 4],
  [4, 4, 5],
  [5, 5, 5],
  [2, 1, 2],
];

async function world() {
  const firms: string[] = [];
  for (let i = 0; i < 6; i += 1) firms.push(await enterpriseIn(ctx));
  const center = await centerWith(ctx, firms);
  const project = await insertProject(ctx.db, [center]);
  await seedInstruments(ctx.db, project);
  const lead = await researcherIn(ctx.db, project, 'lead');
  const coder = await researcherIn(ctx.db, project, 'coder');
  const reader = await researcherIn(ctx.db, project, 'reader');
  return { firms, center, project, lead, coder, reader };
}

const csv = (text: string) => Buffer.from(text, 'utf8');

async function upload(project: string, headers: Record<string, string>, body: Buffer) {
  return ctx.app.inject({
    method: 'POST',
    url: `/api/research/projects/${project}/scales/responses/file`,
    headers: { ...headers, 'content-type': 'text/csv' },
    payload: body,
  });
}

async function responseCount(project: string): Promise<number> {
  const row = await ctx.db
    .selectFrom('research_survey_responses as r')
    .innerJoin('research_instruments as i', 'i.id', 'r.instrument_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('i.project_id', '=', project)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('survey scales', () => {
  it('seeds the four scales of DOMAIN.md §7.4 when a project is created', async () => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/research/projects',
      payload: { name: 'Survei skala', centerIds: [] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const scales = await ctx.app.inject({ url: `/api/research/projects/${created.json().id}/scales` });
    expect(scales.statusCode, scales.body).toBe(200);
    const body = scales.json();
    expect(body.instruments.map((i: { scale: string }) => i.scale)).toEqual([
      'cooperation',
      'constructive_conflict',
      'destructive_conflict',
      'institutional_support',
    ]);
    expect(body.instruments.map((i: { items: unknown[] }) => i.items.length)).toEqual([4, 3, 3, 3]);
    expect(body.instruments[0]).toMatchObject({ version: 1, current: true, name: { id: 'Kerja sama' } });
    expect(body.instruments[0].items[0].text.en).toContain('other firms in this sentra');
  });

  it('records a questionnaire from the form and refuses a second one, a stranger firm and unknown items', async () => {
    const w = await world();
    const url = `/api/research/projects/${w.project}/scales/responses`;
    const payload = {
      enterpriseId: w.firms[0],
      wave: '2024-1',
      answeredOn: '2024-03-02',
      answers: { coop1: 4, coop2: 5, coop3: null, cons1: 3, dest1: 2 },
    };
    const first = await ctx.app.inject({ method: 'POST', url, headers: w.coder.headers, payload });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({ questionnaires: 1, responses: 3, waves: ['2024-1'] });
    const again = await ctx.app.inject({ method: 'POST', url, headers: w.coder.headers, payload });
    expect(again.statusCode).toBe(422);
    expect(again.json().error.details[0].path).toBe('wave');
    expect(again.json().error.message).toContain('Kerja sama');
    const stranger = await enterpriseIn(ctx);
    const outside = await ctx.app.inject({
      method: 'POST',
      url,
      headers: w.coder.headers,
      payload: { ...payload, enterpriseId: stranger },
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.details[0].path).toBe('enterpriseId');
    const unknown = await ctx.app.inject({
      method: 'POST',
      url,
      headers: w.coder.headers,
      payload: { ...payload, wave: '2024-2', answers: { coop9: 3 } },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.details[0].path).toBe('answers.coop9');
    const badValue = await ctx.app.inject({
      method: 'POST',
      url: `${url}?lang=en`,
      headers: w.coder.headers,
      payload: { ...payload, wave: '2024-2', answers: { coop1: 6 } },
    });
    expect(badValue.statusCode).toBe(400);
    expect(badValue.json().error.details[0]).toMatchObject({ path: 'answers.coop1' });
    expect(badValue.json().error.details[0].message).toContain('at most 5');
    const byReader = await ctx.app.inject({ method: 'POST', url, headers: w.reader.headers, payload });
    expect(byReader.statusCode).toBe(403);
    expect(await responseCount(w.project)).toBe(3);
  });

  it('imports a CSV, naming every bad row and column and writing nothing when one is wrong', async () => {
    const w = await world();
    const scales = (
      await ctx.app.inject({ url: `/api/research/projects/${w.project}/scales`, headers: w.coder.headers })
    ).json();
    // A researcher without personal-data access sees pseudonyms, and may name a firm by one.
    const pseudonym = scales.firms.find((f: { id: string }) => f.id === w.firms[1]).label as string;
    expect(pseudonym).toMatch(/^IKM-[0-9a-f]{8}$/);
    const bad = [
      'ikm;gelombang;coop1;coop2;cons1;answered_on',
      `${w.firms[0]};2024-1;4;5;3;2024-03-01`,
      `${w.firms[2]};2024-1;6;x;;2024-13-01`,
      `IKM-00000000;2024-1;3;3;3;`,
      `${w.firms[0]};2024-1;1;1;1;`,
    ].join('\n');
    const refused = await upload(w.project, w.coder.headers, csv(bad));
    expect(refused.statusCode).toBe(422);
    const paths = refused.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual([
      'row 3, column 6',
      'row 3, column 3',
      'row 3, column 4',
      'row 4, column 1',
      'row 5',
    ]);
    expect(refused.json().error.details[1].message).toContain('harapkan bilangan bulat 1–5 atau sel kosong');
    expect(await responseCount(w.project)).toBe(0);

    const unknownColumn = await upload(w.project, w.coder.headers, csv('ikm,gelombang,coop1,kerjasama\n'));
    expect(unknownColumn.json().error.details[0]).toMatchObject({ path: 'row 1, column 4' });

    const latin1 = Buffer.from(`ikm;gelombang;coop1\n${w.firms[0]};Gelombang \xe9;3\n`, 'latin1');
    const notUtf8 = await upload(w.project, w.coder.headers, latin1);
    expect(notUtf8.statusCode).toBe(422);
    expect(notUtf8.json().error.details[0].message).toContain('CSV UTF-8');

    const good = [
      'ikm,gelombang,coop1,coop2,coop3,coop4,cons1',
      `${w.firms[0]},2024-1,4,5,4,,3`,
      `${pseudonym},2024-1,2,2,3,2,`,
    ].join('\r\n');
    const imported = await upload(w.project, w.coder.headers, csv(good));
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toEqual({ questionnaires: 2, responses: 3, waves: ['2024-1'] });
    const twice = await upload(w.project, w.coder.headers, csv(good));
    expect(twice.statusCode).toBe(422);
    expect(twice.json().error.details.map((d: { path: string }) => d.path)).toEqual(['row 2', 'row 3']);
    expect(await responseCount(w.project)).toBe(3);
  });

  it("gives Cronbach's α per scale and wave, scores by the half rule, and the firms' network positions", async () => {
    const w = await world();
    await tie(ctx, w.firms[0]!, w.firms[1]!, { centerId: w.center });
    await tie(ctx, w.firms[0]!, w.firms[2]!, { centerId: w.center });
    const rows = WORKED.map((r, i) => `${w.firms[i]};2024-1;${r.join(';')};5;;`);
    rows.push(`${w.firms[0]};2025-1;3;3;3;1;;`);
    const file = ['ikm;gelombang;cons1;cons2;cons3;inst1;inst2;inst3', ...rows].join('\n');
    expect((await upload(w.project, w.coder.headers, csv(file))).statusCode).toBe(201);

    const results = await ctx.app.inject({
      url: `/api/research/projects/${w.project}/scales/results?lang=en`,
      headers: w.reader.headers,
    });
    expect(results.statusCode, results.body).toBe(200);
    const body = results.json();
    expect(body.waves).toEqual(['2024-1', '2025-1']);
    const alpha = (scale: string, wave: string) =>
      body.alphas.find((a: { scale: string; wave: string }) => a.scale === scale && a.wave === wave);
    expect(alpha('constructive_conflict', '2024-1').alpha).toBeCloseTo(0.9548387096774194, 12);
    expect(alpha('constructive_conflict', '2024-1')).toMatchObject({
      items: 3,
      respondents: 6,
      responses: 6,
    });
    // inst2 and inst3 never answered: nobody answered every item, so α is undefined, with its reason.
    expect(alpha('institutional_support', '2024-1')).toMatchObject({
      alpha: null,
      reason: 'too_few_respondents',
      respondents: 0,
    });
    expect(alpha('institutional_support', '2024-1').reasonText).toContain('fewer than 2 respondents');
    expect(alpha('constructive_conflict', '2025-1')).toMatchObject({
      alpha: null,
      reason: 'too_few_respondents',
    });
    expect(JSON.stringify(body)).not.toContain('NaN');

    const first = body.scores.find(
      (s: { enterpriseId: string; wave: string }) => s.enterpriseId === w.firms[0] && s.wave === '2024-1',
    );
    const score = (scale: string) => first.scores.find((s: { scale: string }) => s.scale === scale);
    expect(score('constructive_conflict')).toEqual({
      scale: 'constructive_conflict',
      score: 2,
      answered: 3,
      items: 3,
    });
    // One of three institutional items answered: below the half rule, no score.
    expect(score('institutional_support')).toMatchObject({ score: null, answered: 1, items: 3 });
    expect(score('cooperation')).toMatchObject({ score: null, answered: 0, items: 4 });
    expect(first.position).toMatchObject({ degree: 2, positiveDegree: 2, negativeDegree: 0 });
    expect(first.label).toMatch(/^IKM-/);
    expect(body.scoreRule).toContain('at least half');
  });

  it('rewords an item as a new instrument version; answers keep the version they answered', async () => {
    const w = await world();
    const file = [
      'ikm;gelombang;dest1;dest2;dest3',
      ...WORKED.map((r, i) => `${w.firms[i]};2024-1;${r.join(';')}`),
    ];
    expect((await upload(w.project, w.coder.headers, csv(file.join('\n')))).statusCode).toBe(201);
    const scales = (
      await ctx.app.inject({ url: `/api/research/projects/${w.project}/scales`, headers: w.lead.headers })
    ).json();
    const destructive = scales.instruments.find((i: { scale: string }) => i.scale === 'destructive_conflict');
    const item = destructive.items[1];
    const byCoder = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/research/survey-items/${item.id}`,
      headers: w.coder.headers,
      payload: { textId: 'IKM lain di sentra ini meniru desain kami.' },
    });
    expect(byCoder.statusCode).toBe(403);
    const edited = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/research/survey-items/${item.id}`,
      headers: w.lead.headers,
      payload: {
        textId: 'IKM lain di sentra ini meniru desain kami.',
        textEn: 'Other firms here copy our designs.',
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, current: true, responses: 0 });
    expect(edited.json().items[1]).toMatchObject({
      key: 'dest2',
      text: { en: 'Other firms here copy our designs.' },
    });
    const stale = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/research/survey-items/${item.id}`,
      headers: w.lead.headers,
      payload: { reverse: true },
    });
    expect(stale.statusCode).toBe(409);
    const after = (
      await ctx.app.inject({ url: `/api/research/projects/${w.project}/scales`, headers: w.lead.headers })
    ).json();
    const versions = after.instruments.filter((i: { scale: string }) => i.scale === 'destructive_conflict');
    expect(
      versions.map((v: { version: number; current: boolean; responses: number }) => [
        v.version,
        v.current,
        v.responses,
      ]),
    ).toEqual([
      [1, false, 6],
      [2, true, 0],
    ]);
    // The next wave is written to version 2; α is reported per version, never pooling the two wordings.
    const next = [
      'ikm;gelombang;dest1;dest2;dest3',
      ...WORKED.map((r, i) => `${w.firms[i]};2024-2;${r.join(';')}`),
    ];
    expect((await upload(w.project, w.coder.headers, csv(next.join('\n')))).statusCode).toBe(201);
    const results = (
      await ctx.app.inject({
        url: `/api/research/projects/${w.project}/scales/results`,
        headers: w.lead.headers,
      })
    ).json();
    expect(
      results.alphas.map((a: { wave: string; version: number; respondents: number }) => [
        a.wave,
        a.version,
        a.respondents,
      ]),
    ).toEqual([
      ['2024-1', 1, 6],
      ['2024-2', 2, 6],
    ]);
    const oneWave = (
      await ctx.app.inject({
        url: `/api/research/projects/${w.project}/scales/results?wave=2024-2`,
        headers: w.lead.headers,
      })
    ).json();
    expect(oneWave.alphas).toHaveLength(1);
    expect(oneWave.scores).toHaveLength(6);
  });

  it('deletes one questionnaire so it can be entered again', async () => {
    const w = await world();
    const file = `ikm;gelombang;coop1\n${w.firms[0]};2024-1;3\n`;
    expect((await upload(w.project, w.coder.headers, csv(file))).statusCode).toBe(201);
    const url = `/api/research/projects/${w.project}/scales/responses?enterpriseId=${w.firms[0]}&wave=2024-1`;
    expect((await ctx.app.inject({ method: 'DELETE', url, headers: w.reader.headers })).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'DELETE', url, headers: w.coder.headers })).statusCode).toBe(204);
    expect((await ctx.app.inject({ method: 'DELETE', url, headers: w.coder.headers })).statusCode).toBe(404);
    expect((await upload(w.project, w.coder.headers, csv(file))).statusCode).toBe(201);
  });
});

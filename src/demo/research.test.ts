import { beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, useTestApp } from '../../test/app.ts';
import type { Db } from '../db/database.ts';
import { codePointLength } from '../shared/code-points.ts';
import { withLang } from '../shared/i18n.ts';
import { loadDemo } from './demo.ts';
import { createDemoUsers } from './demo-users.ts';
import { DEMO_PROJECT_NAME } from './research.ts';
import { loadDemoResearch } from './research-load.ts';

const ctx = useTestApp();
const passwords = new Map<string, string>();
let projectId = '';
let loadMs = 0;

/** Every research table of the demo project and every tie, as sorted JSON lines. */
async function dump(db: Db): Promise<string[]> {
  const tables = [
    'research_projects',
    'research_project_members',
    'research_informants',
    'research_consents',
    'research_documents',
    'research_codes',
    'research_codebook_versions',
    'research_rounds',
    'research_segments',
    'research_codings',
    'research_memos',
    'research_tie_evidence',
    'research_events',
    'interactions',
  ] as const;
  const lines: string[] = [];
  for (const table of tables) {
    const rows = await db.selectFrom(table).selectAll().execute();
    lines.push(...rows.map((row) => `${table} ${JSON.stringify(row)}`));
  }
  return lines.sort();
}

async function signIn(email: string) {
  const login = await ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: ANONYMOUS,
    payload: { email, password: passwords.get(email) },
  });
  expect(login.statusCode, login.body).toBe(200);
  return { cookie: (login.headers['set-cookie'] as string).split(';')[0] ?? '', authorization: '' };
}

beforeAll(async () => {
  const begun = performance.now();
  await loadDemo(ctx.db, { seed: 7 });
  const datasetMs = performance.now() - begun;
  for (const user of await createDemoUsers(ctx.db)) passwords.set(user.email, user.password);
  const started = performance.now();
  const line = await withLang('en', () => loadDemoResearch(ctx.db, { seed: 7 }));
  loadMs = performance.now() - started;
  // What the research project adds to a demo start, beside the dataset's own load (docs/PERFORMANCE.md).
  console.info(
    `demo dataset ${Math.round(datasetMs)} ms, research project ${Math.round(loadMs)} ms: ${line}`,
  );
  const project = await ctx.db
    .selectFrom('research_projects')
    .select('id')
    .where('name', '=', DEMO_PROJECT_NAME)
    .executeTakeFirstOrThrow();
  projectId = project.id;
}, 180_000);

describe('the demo research project', () => {
  it('is loaded quickly, with a lead, two coders, six informants (one withdrawn), three transcripts and the seeded codebook', async () => {
    expect(loadMs).toBeLessThan(15_000);
    const members = await ctx.db
      .selectFrom('research_project_members')
      .select('role')
      .where('project_id', '=', projectId)
      .execute();
    expect(members.map((m) => m.role).sort()).toEqual(['coder', 'coder', 'lead']);
    const informants = await ctx.db
      .selectFrom('research_informants')
      .select(['pseudonym', 'withdrawn_on', 'enterprise_id'])
      .where('project_id', '=', projectId)
      .execute();
    expect(informants).toHaveLength(6);
    expect(informants.filter((i) => i.withdrawn_on !== null).map((i) => i.pseudonym)).toEqual(['Mbak Wati']);
    expect(
      informants
        .filter((i) => i.enterprise_id !== null)
        .map((i) => i.pseudonym)
        .sort(),
    ).toEqual(['Bu Nur', 'Kang Dedi', 'Pak Asep']);
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
    const keys = await ctx.db
      .selectFrom('research_codes')
      .select('key')
      .where('project_id', '=', projectId)
      .execute();
    expect(keys.map((k) => k.key)).toEqual(
      expect.arrayContaining(['institutions', 'partnership', 'conflict', 'partnership.maklun']),
    );
  });

  it('lets both coders sign in with their demo password and find the project as coders', async () => {
    for (const email of ['koder1@simpul.demo', 'koder2@simpul.demo']) {
      const headers = await signIn(email);
      const list = await ctx.app.inject({ url: '/api/research/projects', headers });
      expect(list.statusCode, list.body).toBe(200);
      expect(list.json().items).toEqual([expect.objectContaining({ id: projectId, myRole: 'coder' })]);
    }
  });

  it('has survey answers in two waves, with α defined on every scale, for the lead to read', async () => {
    const headers = await signIn('peneliti@simpul.demo');
    const response = await ctx.app.inject({
      url: `/api/research/projects/${projectId}/scales/results`,
      headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    const results = response.json();
    expect(results.waves).toHaveLength(2);
    expect(results.alphas.length).toBeGreaterThanOrEqual(4);
    for (const row of results.alphas) expect(row.alpha, `${row.scale} ${row.wave}`).toBeGreaterThan(0.5);
    expect(results.scores.length).toBeGreaterThan(10);
  });

  it('has a closed blind round whose agreement per code is defined and below 1, and an open blind round', async () => {
    const lead = await signIn('peneliti@simpul.demo');
    const rounds = (
      await ctx.app.inject({ url: `/api/research/projects/${projectId}/rounds`, headers: lead })
    ).json().items as { id: string; open: boolean; blind: boolean; coders: { segments: number }[] }[];
    expect(rounds.map((r) => [r.open, r.blind]).sort()).toEqual([
      [false, true],
      [true, true],
    ]);
    const closed = rounds.find((r) => !r.open);
    const response = await ctx.app.inject({
      url: `/api/research/rounds/${closed?.id}/agreement`,
      headers: lead,
    });
    expect(response.statusCode, response.body).toBe(200);
    const agreement = response.json();
    const { overall } = agreement;
    expect(overall.codes).toBeGreaterThanOrEqual(10);
    for (const value of [overall.cohenKappa, overall.krippendorffAlpha]) {
      expect(value).toBeGreaterThan(0.4);
      expect(value).toBeLessThan(0.8);
    }
    const used = agreement.perCode.filter((c: { percentAgreement: unknown }) => c.percentAgreement !== null);
    for (const code of used) {
      for (const coefficient of [code.cohenKappa, code.krippendorffAlpha]) {
        expect(coefficient.value, code.name).not.toBeNull();
        expect(coefficient.value, code.name).toBeLessThan(1);
        expect(coefficient.value, code.name).toBeGreaterThan(0);
      }
    }
    // The open round is blind: the second coder does not see the first coder's segments in it.
    const open = rounds.find((r) => r.open);
    expect(open?.coders.map((c) => c.segments).sort()).toEqual([1, 3]);
    const coder = await signIn('koder2@simpul.demo');
    const document = await ctx.db
      .selectFrom('research_documents')
      .select('id')
      .where('project_id', '=', projectId)
      .where('title', '=', 'Wawancara Bu Yanti')
      .executeTakeFirstOrThrow();
    const segments = (
      await ctx.app.inject({ url: `/api/research/documents/${document.id}/segments`, headers: coder })
    ).json();
    expect(segments.hiddenByBlindRound).toBe(1);
  });

  it('links evidence so that the centres show both-sides, one-side and contradicted ties, one of them new', async () => {
    const lead = await signIn('peneliti@simpul.demo');
    const kinds = { bothSides: 0, oneSide: 0, thirdParty: 0, contradicted: 0 };
    for (const externalId of ['DEMO-CIBADUYUT', 'DEMO-TRUSMI']) {
      const center = await ctx.db
        .selectFrom('centers')
        .select('id')
        .where('external_id', '=', externalId)
        .executeTakeFirstOrThrow();
      const response = await ctx.app.inject({
        url: `/api/research/centers/${center.id}/evidence`,
        headers: lead,
      });
      expect(response.statusCode, response.body).toBe(200);
      const evidence = response.json();
      expect(evidence.tiesWithEvidence).toBeGreaterThan(0);
      for (const kind of Object.keys(kinds) as (keyof typeof kinds)[]) kinds[kind] += evidence[kind];
    }
    expect(kinds).toEqual({ bothSides: 1, oneSide: 2, thirdParty: 1, contradicted: 1 });
    // The tie Kang Dedi's words recorded: reported by the researcher, the interview named as its source.
    const recorded = await ctx.db
      .selectFrom('interactions')
      .select(['type', 'confidence', 'reported_by'])
      .where('evidence_notes', 'like', '%Wawancara Pak Asep dan Kang Dedi%')
      .execute();
    expect(recorded).toEqual([{ type: 'ORDER_SHARING', confidence: 'reported', reported_by: 'researcher' }]);
  });

  it('changes nothing when loaded again', async () => {
    const before = await dump(ctx.db);
    const line = await withLang('en', () => loadDemoResearch(ctx.db, { seed: 7 }));
    expect(line).toContain('nothing changed');
    expect(await dump(ctx.db)).toEqual(before);
  });

  it('finishes a load that stopped half-way: the unfinished project replaced, the tie it recorded reused', async () => {
    const evidenceBefore = await ctx.db.selectFrom('research_tie_evidence').select('stance').execute();
    // As if the load had stopped before its last step, which marks the project as loaded whole.
    await ctx.db.deleteFrom('research_events').where('kind', '=', 'demo_loaded').execute();
    const line = await withLang('en', () => loadDemoResearch(ctx.db, { seed: 7 }));
    expect(line).toContain('6 informants');
    const projects = await ctx.db.selectFrom('research_projects').select('id').execute();
    expect(projects).toHaveLength(1);
    expect(projects[0]?.id).not.toBe(projectId);
    const evidenceAfter = await ctx.db.selectFrom('research_tie_evidence').select('stance').execute();
    expect(evidenceAfter.length).toBe(evidenceBefore.length);
    const recorded = await ctx.db
      .selectFrom('interactions')
      .select('id')
      .where('evidence_notes', 'like', '%Wawancara Pak Asep dan Kang Dedi%')
      .execute();
    expect(recorded).toHaveLength(1);
  });

  it('loads again whole after the registry is reset under it', async () => {
    await loadDemo(ctx.db, { seed: 7, reset: true });
    const line = await withLang('en', () => loadDemoResearch(ctx.db, { seed: 7 }));
    expect(line).toContain('6 informants');
    const projects = await ctx.db.selectFrom('research_projects').select('id').execute();
    expect(projects).toHaveLength(1);
    const evidence = await ctx.db
      .selectFrom('research_tie_evidence')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(evidence.n)).toBe(6);
  }, 120_000);
});

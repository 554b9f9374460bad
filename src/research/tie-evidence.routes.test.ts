import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { centerWith, enterpriseIn, JEPARA, tie } from '../interactions/interactions.test-helpers.ts';
import { insertDocument, insertInformant, insertProject, researcherIn } from './research.test-helpers.ts';
import { afterInformantWithdrawn } from './withdrawal-hooks.ts';

const ctx = useTestApp();

const BODY_A = 'Kami maklun sol ke Pak Darto sejak 2019, tiap bulan lima ratus pasang.';
const BODY_B = 'Benar, kami mengerjakan sol untuk dia. Bayarnya kadang telat.';

async function segment(documentId: string, coderId: string, start: number, end: number) {
  const row = await ctx.db
    .insertInto('research_segments')
    .values({ document_id: documentId, coder_id: coderId, start_cp: start, end_cp: end })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function world() {
  const a = await enterpriseIn(ctx);
  const b = await enterpriseIn(ctx);
  const center = await centerWith(ctx, [a, b]);
  const project = await insertProject(ctx.db, [center]);
  const coder = await researcherIn(ctx.db, project, 'coder');
  const lead = await researcherIn(ctx.db, project, 'lead');
  const reader = await researcherIn(ctx.db, project, 'reader');
  const informantA = await insertInformant(ctx.db, project, { enterpriseId: a, centerId: center });
  // Informant B gave no quotation consent: their words are withheld on the tie.
  const informantB = await insertInformant(ctx.db, project, {
    enterpriseId: b,
    centerId: center,
    consents: ['interview', 'registry_link'],
  });
  const docA = await insertDocument(ctx.db, project, BODY_A, [informantA]);
  const docB = await insertDocument(ctx.db, project, BODY_B, [informantB]);
  const segA = await segment(docA, coder.userId, 0, 25);
  const segB = await segment(docB, coder.userId, 0, 38);
  return { a, b, center, project, coder, lead, reader, informantA, informantB, docA, segA, segB };
}

describe('tie evidence', () => {
  it('records a tie from a segment, corroborates it from the other side, and shows it on the centre', async () => {
    const w = await world();
    const newTie = {
      centerId: w.center,
      fromEnterpriseId: w.a,
      toEnterpriseId: w.b,
      type: 'TOLL_MANUFACTURING',
      startDate: '2019-01-01',
    };
    const first = await ctx.app.inject({
      method: 'POST',
      url: '/api/research/evidence',
      headers: w.coder.headers,
      payload: { segmentId: w.segA, stance: 'supports', newTie },
    });
    expect(first.statusCode, first.body).toBe(201);
    const linked = first.json();
    expect(linked).toMatchObject({ tieCreated: true, corroboration: 'one_side', confidence: 'reported' });
    expect(linked.evidence.perspective).toBe('ego');
    const tieId = linked.evidence.interactionId as string;
    const stored = await ctx.db
      .selectFrom('interactions')
      .selectAll()
      .where('id', '=', tieId)
      .executeTakeFirstOrThrow();
    expect(stored.reported_by).toBe('researcher');
    const title = (
      await ctx.db
        .selectFrom('research_documents')
        .select('title')
        .where('id', '=', w.docA)
        .executeTakeFirstOrThrow()
    ).title;
    expect(stored.evidence_notes).toContain(title);

    const version = await networkVersion(w.center);
    const second = await ctx.app.inject({
      method: 'POST',
      url: '/api/research/evidence',
      headers: w.coder.headers,
      payload: { segmentId: w.segB, stance: 'supports', interactionId: tieId },
    });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ corroboration: 'both_sides', confidence: 'verified' });
    expect(second.json().evidence.perspective).toBe('alter');
    expect(await networkVersion(w.center)).toBeGreaterThan(version);

    const again = await ctx.app.inject({
      method: 'POST',
      url: '/api/research/evidence',
      headers: w.coder.headers,
      payload: { segmentId: w.segB, stance: 'supports', interactionId: tieId },
    });
    expect(again.statusCode).toBe(409);

    const view = await ctx.app.inject({
      url: `/api/research/centers/${w.center}/evidence`,
      headers: w.reader.headers,
    });
    expect(view.statusCode, view.body).toBe(200);
    const centre = view.json();
    expect(centre).toMatchObject({ tiesWithEvidence: 1, bothSides: 1, corroborationRate: 1 });
    const evidence = centre.ties[0].evidence as { segmentId: string; excerpt: string | null }[];
    expect(evidence.find((e) => e.segmentId === w.segA)?.excerpt).toBe(BODY_A.slice(0, 25));
    expect(evidence.find((e) => e.segmentId === w.segB)?.excerpt).toBeNull();

    // A researcher of another project sees the counts, not the pieces.
    const stranger = await researcherIn(ctx.db, await insertProject(ctx.db), 'lead');
    const theirs = (
      await ctx.app.inject({ url: `/api/research/centers/${w.center}/evidence`, headers: stranger.headers })
    ).json();
    expect(theirs.ties[0].supports).toBe(2);
    expect(theirs.ties[0].evidence).toEqual([]);
    expect(JSON.stringify(theirs)).not.toContain('maklun');

    // Withdrawal of B unlinks their evidence: one side again.
    await ctx.db
      .updateTable('research_informants')
      .set({ withdrawn_on: '2024-05-01' })
      .where('id', '=', w.informantB)
      .execute();
    const removed = await afterInformantWithdrawn(ctx.db, w.informantB);
    expect(removed.interactionIds).toEqual([tieId]);
    const after = await ctx.db
      .selectFrom('interactions')
      .select('confidence')
      .where('id', '=', tieId)
      .executeTakeFirstOrThrow();
    expect(after.confidence).toBe('reported');
    const left = await ctx.db
      .selectFrom('research_tie_evidence')
      .select('id')
      .where('interaction_id', '=', tieId)
      .execute();
    expect(left).toHaveLength(1);
  });

  it('refuses readers, strangers, ties outside the studied centres and an ambiguous body; nothing written', async () => {
    const w = await world();
    const recorded = await tie(ctx, w.a, w.b, { centerId: w.center });
    const payload = { segmentId: w.segA, stance: 'contradicts', interactionId: recorded.id };
    const asReader = await ctx.app.inject({
      method: 'POST',
      url: '/api/research/evidence',
      headers: w.reader.headers,
      payload,
    });
    expect(asReader.statusCode).toBe(403);
    const stranger = await researcherIn(ctx.db, await insertProject(ctx.db), 'lead');
    const asStranger = await ctx.app.inject({
      method: 'POST',
      url: '/api/research/evidence',
      headers: stranger.headers,
      payload,
    });
    expect(asStranger.statusCode).toBe(403);

    const x = await enterpriseIn(ctx, JEPARA);
    const y = await enterpriseIn(ctx, JEPARA);
    const elsewhere = await centerWith(ctx, [x, y], JEPARA);
    const outside = await tie(ctx, x, y, { centerId: elsewhere });
    const notStudied = await ctx.app.inject({
      method: 'POST',
      url: '/api/research/evidence',
      headers: w.coder.headers,
      payload: { ...payload, interactionId: outside.id },
    });
    expect(notStudied.statusCode).toBe(422);
    expect(notStudied.json().error.details[0].path).toBe('interactionId');

    const both = await ctx.app.inject({
      method: 'POST',
      url: '/api/research/evidence',
      headers: { ...w.coder.headers, 'accept-language': 'en' },
      payload: {
        ...payload,
        newTie: {
          centerId: w.center,
          fromEnterpriseId: w.a,
          toEnterpriseId: w.b,
          type: 'TOLL_MANUFACTURING',
          startDate: '2019-01-01',
        },
      },
    });
    expect(both.statusCode).toBe(422);
    expect(both.json().error.details[0].message).toContain('exactly one');
    const count = await ctx.db
      .selectFrom('research_tie_evidence')
      .select('id')
      .where('segment_id', '=', w.segA)
      .execute();
    expect(count).toHaveLength(0);

    // A contradiction by an end makes the recorded tie suspected; only its author or the lead unlinks it.
    const contra = await ctx.app.inject({
      method: 'POST',
      url: '/api/research/evidence',
      headers: w.coder.headers,
      payload,
    });
    expect(contra.statusCode, contra.body).toBe(201);
    expect(contra.json()).toMatchObject({ corroboration: 'contradicted', confidence: 'suspected' });
    const other = await researcherIn(ctx.db, w.project, 'coder');
    const id = contra.json().evidence.id as string;
    expect(
      (
        await ctx.app.inject({
          method: 'DELETE',
          url: `/api/research/evidence/${id}`,
          headers: other.headers,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await ctx.app.inject({
          method: 'DELETE',
          url: `/api/research/evidence/${id}`,
          headers: w.lead.headers,
        })
      ).statusCode,
    ).toBe(204);
  });

  it('gives members the segments and the studied centres’ firms and ties', async () => {
    const w = await world();
    const ok = await ctx.app.inject({
      url: `/api/research/projects/${w.project}/evidence`,
      headers: w.reader.headers,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const body = ok.json();
    expect(body.segments.map((s: { text: string }) => s.text)).toContain(BODY_A.slice(0, 25));
    expect(body.centers[0].firms.map((f: { id: string }) => f.id).sort()).toEqual([w.a, w.b].sort());
    const stranger = await researcherIn(ctx.db, await insertProject(ctx.db), 'lead');
    const refused = await ctx.app.inject({
      url: `/api/research/projects/${w.project}/evidence`,
      headers: stranger.headers,
    });
    expect(refused.statusCode).toBe(403);
  });
});

async function networkVersion(centerId: string): Promise<number> {
  const row = await ctx.db
    .selectFrom('center_network_versions')
    .select('version')
    .where('center_id', '=', centerId)
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

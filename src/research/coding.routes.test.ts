import { describe, expect, it } from 'vitest';
import { type AuthHeaders, useTestApp } from '../../test/app.ts';
import { SEED_CODEBOOK, seedCodebook } from './codebook-seed.ts';
import { insertDocument, insertInformant, insertProject, researcherIn } from './research.test-helpers.ts';

const ctx = useTestApp();

const BODY =
  'Kalau pesanan numpuk, saya oper ke tetangga. Tapi ada yang banting harga 🙂 di bawah modal, pembeli lari semua.';

const api = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  headers: AuthHeaders,
  payload?: unknown,
  lang = 'id',
) =>
  ctx.app.inject({
    method,
    url: `/api${url}`,
    headers: { ...headers, 'accept-language': lang },
    payload: payload as Record<string, unknown>,
  });

async function project() {
  const projectId = await insertProject(ctx.db);
  await ctx.db.transaction().execute((trx) => seedCodebook(trx, projectId));
  const lead = await researcherIn(ctx.db, projectId, 'lead', { label: 'ketua' });
  const a = await researcherIn(ctx.db, projectId, 'coder', { label: 'a' });
  const b = await researcherIn(ctx.db, projectId, 'coder', { label: 'b' });
  const reader = await researcherIn(ctx.db, projectId, 'reader', { label: 'baca' });
  const informant = await insertInformant(ctx.db, projectId);
  const documentId = await insertDocument(ctx.db, projectId, BODY, [informant]);
  const codes = (await api('GET', `/research/projects/${projectId}/codes`, reader.headers)).json().items as {
    id: string;
    key: string;
    codable: boolean;
    name: string;
  }[];
  const code = (key: string) => codes.find((c) => c.key === key)!.id;
  return { projectId, lead, a, b, reader, informant, documentId, codes, code };
}

describe('codebook', () => {
  it('seeds the three findings with their sub-codes once, themes not codable', async () => {
    const { projectId, codes } = await project();
    const expected = SEED_CODEBOOK.reduce((n, t) => n + 1 + (t.children?.length ?? 0), 0);
    expect(codes).toHaveLength(expected);
    expect(codes.filter((c) => !c.codable).map((c) => c.key)).toEqual([
      'institutions',
      'partnership',
      'conflict',
    ]);
    expect(codes.map((c) => c.key)).toContain('partnership.maklun');
    expect(codes.map((c) => c.key)).toContain('conflict.undercutting');
    expect(await ctx.db.transaction().execute((trx) => seedCodebook(trx, projectId))).toBe(0);
  });

  it('lets the lead add, edit and archive codes, checks the version, refuses a cycle; coders may not', async () => {
    const { projectId, lead, a, code } = await project();
    const created = await api('POST', `/research/projects/${projectId}/codes`, lead.headers, {
      parentId: code('conflict'),
      name: 'Klaim palsu produk',
      glossEn: 'Misrepresentation',
      color: '#AA3300',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(
      (await api('POST', `/research/projects/${projectId}/codes`, a.headers, { name: 'x' })).statusCode,
    ).toBe(403);
    const edited = await api('PATCH', `/research/codes/${id}`, lead.headers, { version: 1, archived: true });
    expect(edited.json()).toMatchObject({ archived: true, version: 2 });
    const stale = await api('PATCH', `/research/codes/${id}`, lead.headers, { version: 1, name: 'y' });
    expect(stale.statusCode).toBe(409);
    const cycle = await api('PATCH', `/research/codes/${code('conflict')}`, lead.headers, {
      version: 1,
      parentId: id,
    });
    expect(cycle.statusCode).toBe(422);
    expect(cycle.json().error.details[0].path).toBe('parentId');
    const badColour = await api('POST', `/research/projects/${projectId}/codes`, lead.headers, {
      name: 'z',
      color: 'red',
    });
    expect(badColour.statusCode).toBe(400);
    expect(badColour.body).toContain('Warna');
  });

  it('freezes numbered versions of the tree', async () => {
    const { projectId, lead, codes } = await project();
    const first = await api('POST', `/research/projects/${projectId}/codebook-versions`, lead.headers, {
      note: 'awal',
    });
    expect(first.json()).toMatchObject({ number: 1, codes: codes.length });
    await api('POST', `/research/projects/${projectId}/codebook-versions`, lead.headers, {});
    const list = await api('GET', `/research/projects/${projectId}/codebook-versions`, lead.headers);
    expect(list.json().items.map((v: { number: number }) => v.number)).toEqual([2, 1]);
  });
});

describe('segments and blind rounds', () => {
  it('refuses an end beyond the document, naming the field in the reader language; nothing written', async () => {
    const { documentId, a, code } = await project();
    const length = [...BODY].length;
    const beyond = await api('POST', `/research/documents/${documentId}/segments`, a.headers, {
      startCp: 0,
      endCp: length + 1,
      codeIds: [code('partnership.order_sharing')],
    });
    expect(beyond.statusCode).toBe(422);
    expect(beyond.json().error.details[0].path).toBe('endCp');
    expect(beyond.json().error.message).toContain('Akhir segmen');
    const en = await api(
      'POST',
      `/research/documents/${documentId}/segments`,
      a.headers,
      { startCp: 0, endCp: length + 1, codeIds: [code('partnership.order_sharing')] },
      'en',
    );
    expect(en.json().error.message).toContain('Segment end');
    const theme = await api('POST', `/research/documents/${documentId}/segments`, a.headers, {
      startCp: 0,
      endCp: 5,
      codeIds: [code('partnership')],
    });
    expect(theme.statusCode).toBe(422);
    expect(theme.json().error.details[0].path).toBe('codeIds');
    const atEnd = await api('POST', `/research/documents/${documentId}/segments`, a.headers, {
      startCp: length - 5,
      endCp: length,
      codeIds: [code('conflict.undercutting'), code('conflict.buyer_poaching')],
    });
    expect(atEnd.statusCode, atEnd.body).toBe(201);
    expect(atEnd.json().codeIds).toHaveLength(2);
    const list = await api('GET', `/research/documents/${documentId}/segments`, a.headers);
    expect(list.json().items).toHaveLength(1);
  });

  it('keeps an open round blind, refuses deleting others’ segments, and computes κ/α per code once closed', async () => {
    const { projectId, documentId, lead, a, b, reader, code } = await project();
    const round = await api('POST', `/research/projects/${projectId}/rounds`, lead.headers, {
      name: 'Putaran 1',
      documentIds: [documentId],
      coderIds: [a.userId, b.userId],
    });
    expect(round.statusCode, round.body).toBe(201);
    const roundId = round.json().id as string;
    const order = code('partnership.order_sharing');
    const cut = code('conflict.undercutting');
    // Same order-sharing span; undercutting spans overlapping partly.
    const seg = (who: AuthHeaders, startCp: number, endCp: number, codeIds: string[]) =>
      api('POST', `/research/documents/${documentId}/segments`, who, { startCp, endCp, codeIds });
    const a1 = await seg(a.headers, 0, 44, [order]);
    expect(a1.json().roundId).toBe(roundId);
    await seg(a.headers, 50, 80, [cut]);
    await seg(b.headers, 0, 44, [order]);
    const b2 = await seg(b.headers, 60, 90, [cut]);

    const seenByA = (await api('GET', `/research/documents/${documentId}/segments`, a.headers)).json();
    expect(seenByA.items.every((s: { mine: boolean }) => s.mine)).toBe(true);
    expect(seenByA.items).toHaveLength(2);
    expect(seenByA.hiddenByBlindRound).toBe(2);
    const seenByLead = (await api('GET', `/research/documents/${documentId}/segments`, lead.headers)).json();
    expect(seenByLead.items).toHaveLength(0);
    expect((await api('GET', `/research/codes/${cut}/segments`, a.headers)).json().items).toHaveLength(1);
    expect((await api('DELETE', `/research/segments/${b2.json().id}`, a.headers)).statusCode).toBe(422);
    const early = await api('GET', `/research/rounds/${roundId}/agreement`, lead.headers);
    expect(early.statusCode).toBe(422);
    expect((await api('POST', `/research/rounds/${roundId}/close`, a.headers)).statusCode).toBe(403);

    const closed = await api('POST', `/research/rounds/${roundId}/close`, lead.headers);
    expect(closed.json()).toMatchObject({ open: false });
    expect(closed.json().coders.map((c: { segments: number }) => c.segments)).toEqual([2, 2]);
    expect(
      (await api('GET', `/research/documents/${documentId}/segments`, reader.headers)).json().items,
    ).toHaveLength(4);
    expect((await api('DELETE', `/research/segments/${b2.json().id}`, b.headers)).statusCode).toBe(422);

    const agreement = (await api('GET', `/research/rounds/${roundId}/agreement`, reader.headers)).json();
    const length = [...BODY].length;
    expect(agreement.units).toBe(length);
    const orderRow = agreement.perCode.find((p: { codeId: string }) => p.codeId === order);
    expect(orderRow.cohenKappa.value).toBeCloseTo(1, 10);
    // Undercutting: A codes [50, 80), B [60, 90): 20 characters disagree.
    const cutRow = agreement.perCode.find((p: { codeId: string }) => p.codeId === cut);
    expect(cutRow.percentAgreement.value).toBeCloseTo((length - 20) / length, 10);
    const pa = 30 / length;
    const pe = pa * pa + (1 - pa) * (1 - pa);
    expect(cutRow.cohenKappa.value).toBeCloseTo(((length - 20) / length - pe) / (1 - pe), 10);
    expect(cutRow.krippendorffAlpha.value).not.toBeNull();
    expect(agreement.overall.codes).toBe(2);
    expect(agreement.method).toContain('NVivo');
    const coded = (
      await api('GET', `/research/rounds/${roundId}/agreement?unitisation=coded_text`, reader.headers)
    ).json();
    expect(coded.units).toBe(44 + 40);
    expect(
      coded.perCode.find((p: { codeId: string }) => p.codeId === cut).percentAgreement.value,
    ).toBeCloseTo((84 - 20) / 84, 10);
  });

  it('hides a withdrawn informant’s segments from lists, counts and agreement', async () => {
    const { projectId, documentId, a, code, informant } = await project();
    await api('POST', `/research/documents/${documentId}/segments`, a.headers, {
      startCp: 0,
      endCp: 10,
      codeIds: [code('partnership.order_sharing')],
    });
    const before = (await api('GET', `/research/projects/${projectId}/code-frequencies`, a.headers)).json();
    expect(before.items[0]).toMatchObject({ segments: 1, documents: 1, coders: 1 });
    await ctx.db
      .updateTable('research_informants')
      .set({ withdrawn_on: '2024-03-01' })
      .where('id', '=', informant)
      .execute();
    expect(
      (await api('GET', `/research/documents/${documentId}/segments`, a.headers)).json().items,
    ).toHaveLength(0);
    const after = (await api('GET', `/research/projects/${projectId}/code-frequencies`, a.headers)).json();
    expect(after.items.every((i: { segments: number }) => i.segments === 0)).toBe(true);
  });

  it('counts co-occurring codes and retrieves a code’s segments with context', async () => {
    const { projectId, documentId, a, code } = await project();
    const order = code('partnership.order_sharing');
    const cut = code('conflict.undercutting');
    await api('POST', `/research/documents/${documentId}/segments`, a.headers, {
      startCp: 0,
      endCp: 60,
      codeIds: [order],
    });
    await api('POST', `/research/documents/${documentId}/segments`, a.headers, {
      startCp: 50,
      endCp: 70,
      codeIds: [cut],
    });
    const co = (await api('GET', `/research/projects/${projectId}/code-cooccurrence`, a.headers)).json();
    const i = co.codes.findIndex((c: { id: string }) => c.id === order);
    const j = co.codes.findIndex((c: { id: string }) => c.id === cut);
    expect(co.counts[i][j]).toBe(1);
    expect(co.counts[j][i]).toBe(1);
    const segments = (await api('GET', `/research/codes/${cut}/segments`, a.headers)).json().items;
    expect(segments[0].text).toBe([...BODY].slice(50, 70).join(''));
    expect(segments[0].before).toBe([...BODY].slice(0, 50).join(''));
  });

  it('keeps non-members out, and readers from coding', async () => {
    const { documentId, projectId, reader, code } = await project();
    const other = await insertProject(ctx.db);
    const stranger = await researcherIn(ctx.db, other, 'lead');
    expect(
      (await api('GET', `/research/documents/${documentId}/segments`, stranger.headers)).statusCode,
    ).toBe(403);
    expect((await api('GET', `/research/projects/${projectId}/codes`, stranger.headers)).statusCode).toBe(
      403,
    );
    const byReader = await api('POST', `/research/documents/${documentId}/segments`, reader.headers, {
      startCp: 0,
      endCp: 5,
      codeIds: [code('partnership.maklun')],
    });
    expect(byReader.statusCode).toBe(403);
    expect((await api('GET', '/research/documents/not-a-uuid/segments', reader.headers)).statusCode).toBe(
      404,
    );
  });
});

describe('memos', () => {
  it('writes memos on the project and its objects, refusing a target of another project', async () => {
    const { projectId, a, documentId, code } = await project();
    const onProject = await api('POST', `/research/projects/${projectId}/memos`, a.headers, {
      targetKind: 'project',
      body: 'Tema kemitraan muncul kuat.',
    });
    expect(onProject.statusCode, onProject.body).toBe(201);
    const onCode = await api('POST', `/research/projects/${projectId}/memos`, a.headers, {
      targetKind: 'code',
      targetId: code('conflict.undercutting'),
      body: 'Banting harga sering disebut bersama oper order.',
    });
    expect(onCode.statusCode).toBe(201);
    const foreign = await insertDocument(ctx.db, await insertProject(ctx.db), 'teks lain');
    const bad = await api('POST', `/research/projects/${projectId}/memos`, a.headers, {
      targetKind: 'document',
      targetId: foreign,
      body: 'x',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details[0].path).toBe('targetId');
    expect(documentId).toBeTruthy();
    expect((await api('GET', `/research/projects/${projectId}/memos`, a.headers)).json().items).toHaveLength(
      2,
    );
  });
});

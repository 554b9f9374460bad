import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildCenterInput, buildEnterpriseInput } from '../../test/factories.ts';
import { codePointLength } from '../shared/code-points.ts';
import { makeDocx } from './docx.test-helpers.ts';
import {
  insertDocument,
  insertInformant,
  insertProject,
  researcherIn,
  userIdOf,
} from './research.test-helpers.ts';
import { carryOutWithdrawal } from './withdrawal.task.ts';

const ctx = useTestApp();

async function post(url: string, payload: unknown, headers?: Record<string, string>) {
  return ctx.app.inject({ method: 'POST', url, payload: payload as Record<string, unknown>, headers });
}

describe('research projects and members', () => {
  it('makes the creator lead, lists only the caller’s projects, and lets the account scope narrow them', async () => {
    const researcher = await ctx.as('researcher', {}, {});
    const created = await post('/api/research/projects', { name: 'Kemitraan di sentra' }, researcher);
    expect(created.statusCode).toBe(201);
    const project = created.json();
    expect(project.myRole).toBe('lead');
    expect(project.members).toHaveLength(1);

    const other = await insertProject(ctx.db);
    const list = await ctx.app.inject({ url: '/api/research/projects', headers: researcher });
    const ids = list.json().items.map((p: { id: string }) => p.id);
    expect(ids).toContain(project.id);
    expect(ids).not.toContain(other);
    // The admin lists every project, member or not.
    const all = (await ctx.app.inject({ url: '/api/research/projects' }))
      .json()
      .items.map((p: { id: string }) => p.id);
    expect(all).toEqual(expect.arrayContaining([project.id, other]));

    // A member whose account scope names another project reaches neither its list entry nor its content.
    const narrowed = await researcherIn(ctx.db, project.id, 'lead', { scopes: [other] });
    const narrowList = await ctx.app.inject({ url: '/api/research/projects', headers: narrowed.headers });
    expect(narrowList.json().items).toEqual([]);
    const refused = await ctx.app.inject({
      url: `/api/research/projects/${project.id}/informants`,
      headers: narrowed.headers,
    });
    expect(refused.statusCode).toBe(403);
  });

  it('adds, changes and removes members, but never the last lead; the admin manages without reading content', async () => {
    const projectId = await insertProject(ctx.db);
    const lead = await researcherIn(ctx.db, projectId, 'lead');
    const coder = await researcherIn(ctx.db, projectId, 'coder');
    const put = await ctx.app.inject({
      method: 'PUT',
      url: `/api/research/projects/${projectId}/members`,
      headers: lead.headers,
      payload: { userId: coder.userId, role: 'reader' },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().members.find((m: { userId: string }) => m.userId === coder.userId).role).toBe('reader');
    // A coder cannot manage members.
    const byCoder = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/research/projects/${projectId}/members/${lead.userId}`,
      headers: coder.headers,
    });
    expect(byCoder.statusCode).toBe(403);
    const lastLead = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/research/projects/${projectId}/members/${lead.userId}`,
    });
    expect(lastLead.statusCode).toBe(422);
    expect(lastLead.json().error.details[0].path).toBe('userId');
    const removed = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/research/projects/${projectId}/members/${coder.userId}`,
    });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().members).toHaveLength(1);
    // The admin is no member: the project's content stays closed to them.
    const content = await ctx.app.inject({ url: `/api/research/projects/${projectId}/documents` });
    expect(content.statusCode).toBe(403);
  });
});

describe('informants and consent', () => {
  it('needs registry_link consent for a registry link, and shows the link only to who may see personal data', async () => {
    const center = (await post('/api/centers', buildCenterInput())).json();
    const enterprise = (await post('/api/enterprises', buildEnterpriseInput())).json();
    const projectId = await insertProject(ctx.db, [center.id]);
    const lead = await researcherIn(ctx.db, projectId, 'lead', { personalDataAccess: true });
    const plain = await researcherIn(ctx.db, projectId, 'reader');
    const url = `/api/research/projects/${projectId}/informants`;

    const noConsent = await post(
      url,
      {
        pseudonym: 'Bu Sri',
        role: 'owner',
        enterpriseId: enterprise.id,
        consents: [{ scope: 'interview', grantedOn: '2024-01-10' }],
      },
      lead.headers,
    );
    expect(noConsent.statusCode).toBe(422);
    expect(noConsent.json().error.details[0].path).toBe('enterpriseId');
    expect((await ctx.app.inject({ url, headers: lead.headers })).json().items).toEqual([]);

    const created = await post(
      url,
      {
        pseudonym: 'Bu Sri',
        role: 'owner',
        centerId: center.id,
        enterpriseId: enterprise.id,
        consents: [
          { scope: 'interview', grantedOn: '2024-01-10' },
          { scope: 'registry_link', grantedOn: '2024-01-10' },
        ],
      },
      lead.headers,
    );
    expect(created.statusCode).toBe(201);
    expect(created.json().enterpriseId).toBe(enterprise.id);
    const asPlain = (await ctx.app.inject({ url, headers: plain.headers })).json().items[0];
    expect(asPlain.pseudonym).toBe('Bu Sri');
    expect(asPlain.enterpriseId).toBeNull();

    // Withdrawing registry_link removes the link itself.
    const withdrawn = await post(
      `/api/research/informants/${created.json().id}/consents/withdraw`,
      { scope: 'registry_link', withdrawnOn: '2024-05-01' },
      lead.headers,
    );
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().enterpriseId).toBeNull();
    const row = await ctx.db
      .selectFrom('research_informants')
      .select('enterprise_id')
      .where('id', '=', created.json().id)
      .executeTakeFirstOrThrow();
    expect(row.enterprise_id).toBeNull();

    const early = await post(
      `/api/research/informants/${created.json().id}/withdraw`,
      { withdrawnOn: '2023-12-31' },
      lead.headers,
    );
    expect(early.statusCode).toBe(422);
    expect(early.json().error.details[0].path).toBe('withdrawnOn');
  });

  it('withdrawal from the study erases texts whose every informant left, keeps shared ones, and logs it', async () => {
    const projectId = await insertProject(ctx.db);
    const lead = await researcherIn(ctx.db, projectId, 'lead');
    const leaving = await insertInformant(ctx.db, projectId, { pseudonym: 'Pak Darto' });
    const staying = await insertInformant(ctx.db, projectId, { pseudonym: 'Mas Yanto' });
    const alone = await insertDocument(ctx.db, projectId, 'Kami maklun ke tetangga.', [leaving]);
    const shared = await insertDocument(ctx.db, projectId, 'Kami beli bahan bersama.', [leaving, staying]);

    const response = await post(
      `/api/research/informants/${leaving}/withdraw`,
      { withdrawnOn: '2024-06-01' },
      lead.headers,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().withdrawnOn).toBe('2024-06-01');
    expect(
      response.json().consents.every((c: { withdrawnOn: string | null }) => c.withdrawnOn === '2024-06-01'),
    ).toBe(true);
    const jobs = await sql<{ task_identifier: string }>`
      SELECT task_identifier FROM graphile_worker.jobs WHERE key = ${`research-withdrawal:${leaving}`}`.execute(
      ctx.db,
    );
    expect(jobs.rows).toEqual([{ task_identifier: 'research.withdrawal' }]);

    const result = await ctx.db.transaction().execute((trx) => carryOutWithdrawal(trx, leaving, lead.userId));
    expect(result?.erasedDocumentIds).toEqual([alone]);
    const gone = await ctx.app.inject({ url: `/api/research/documents/${alone}`, headers: lead.headers });
    expect(gone.json()).toMatchObject({ text: null, textErased: true });
    const kept = await ctx.app.inject({ url: `/api/research/documents/${shared}`, headers: lead.headers });
    expect(kept.json().text).toBe('Kami beli bahan bersama.');
    const event = await ctx.db
      .selectFrom('research_events')
      .select(['kind', 'payload'])
      .where('project_id', '=', projectId)
      .where('kind', '=', 'informant_withdrawn')
      .executeTakeFirstOrThrow();
    expect(event.payload).toMatchObject({ informantId: leaving, erasedDocumentIds: [alone] });
    // A second run finds nothing more to erase.
    const again = await ctx.db.transaction().execute((trx) => carryOutWithdrawal(trx, leaving, null));
    expect(again?.erasedDocumentIds).toEqual([]);
  });
});

describe('documents', () => {
  async function leadProject() {
    const projectId = await insertProject(ctx.db);
    const lead = await researcherIn(ctx.db, projectId, 'lead');
    return { projectId, lead };
  }
  const fileUrl = (projectId: string, filename: string) =>
    `/api/research/projects/${projectId}/documents/file?filename=${encodeURIComponent(filename)}`;

  it('reads a UTF-8 .txt: BOM stripped, CRLF to LF, offsets in code points (emoji count one)', async () => {
    const { projectId, lead } = await leadProject();
    const text = 'P: Sudah berapa lama maklun? 👍🏽\r\nJ: Sejak 2019, café di depan.\r\n';
    const response = await ctx.app.inject({
      method: 'POST',
      url: fileUrl(projectId, 'wawancara 1.txt'),
      headers: { ...lead.headers, 'content-type': 'text/plain' },
      payload: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    });
    expect(response.statusCode, response.body).toBe(201);
    const stored = 'P: Sudah berapa lama maklun? 👍🏽\nJ: Sejak 2019, café di depan.';
    expect(response.json()).toMatchObject({
      title: 'wawancara 1',
      sourceFormat: 'text',
      codePoints: codePointLength(stored),
    });
    expect(codePointLength(stored)).toBe([...stored].length);
    const detail = await ctx.app.inject({
      url: `/api/research/documents/${response.json().id}`,
      headers: lead.headers,
    });
    expect(detail.json().text).toBe(stored);
  });

  it('refuses Windows-1252 text and a false .docx with a message, writing nothing', async () => {
    const { projectId, lead } = await leadProject();
    const cp1252 = Buffer.from([0x4b, 0x61, 0x66, 0xe9, 0x0a]); // "Kafé" in Windows-1252
    const legacy = await ctx.app.inject({
      method: 'POST',
      url: fileUrl(projectId, 'lama.txt'),
      headers: { ...lead.headers, 'content-type': 'text/plain' },
      payload: cp1252,
    });
    expect(legacy.statusCode).toBe(422);
    expect(legacy.json().error.message).toMatch(/UTF-8/);
    const fake = await ctx.app.inject({
      method: 'POST',
      url: fileUrl(projectId, 'palsu.docx'),
      headers: { ...lead.headers, 'content-type': 'application/octet-stream' },
      payload: Buffer.from('ini bukan docx'),
    });
    expect(fake.statusCode).toBe(422);
    expect(fake.json().error.message).toMatch(/palsu\.docx/);
    const zipNotDocx = await ctx.app.inject({
      method: 'POST',
      url: fileUrl(projectId, 'arsip.docx'),
      headers: { ...lead.headers, 'content-type': 'application/octet-stream' },
      payload: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]),
    });
    expect(zipNotDocx.statusCode).toBe(422);
    const count = await ctx.db
      .selectFrom('research_documents')
      .select('id')
      .where('project_id', '=', projectId)
      .execute();
    expect(count).toEqual([]);
  });

  it('reads a .docx with mammoth, and freezes the text once a segment exists', async () => {
    const { projectId, lead } = await leadProject();
    const docx = await makeDocx([
      'P: Bagaimana oper order?',
      'J: Kalau pesanan banyak, saya oper ke Pak Darto.',
    ]);
    const response = await ctx.app.inject({
      method: 'POST',
      url: fileUrl(projectId, 'wawancara.docx'),
      headers: {
        ...lead.headers,
        'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
      payload: docx,
    });
    expect(response.statusCode, response.body).toBe(201);
    const id = response.json().id;
    const detail = (
      await ctx.app.inject({ url: `/api/research/documents/${id}`, headers: lead.headers })
    ).json();
    expect(detail.text).toBe('P: Bagaimana oper order?\n\nJ: Kalau pesanan banyak, saya oper ke Pak Darto.');
    expect(detail.sourceFormat).toBe('docx');

    const edit = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/research/documents/${id}`,
      headers: lead.headers,
      payload: { text: 'Teks baru.', version: detail.version },
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json()).toMatchObject({ text: 'Teks baru.', codePoints: 10 });

    await ctx.db
      .insertInto('research_segments')
      .values({ document_id: id, coder_id: lead.userId, start_cp: 0, end_cp: 4 })
      .execute();
    const frozen = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/research/documents/${id}`,
      headers: lead.headers,
      payload: { text: 'Lain lagi.', version: edit.json().version },
    });
    expect(frozen.statusCode).toBe(422);
    expect(frozen.json().error.details[0].path).toBe('text');
    const still = (
      await ctx.app.inject({ url: `/api/research/documents/${id}`, headers: lead.headers })
    ).json();
    expect(still.text).toBe('Teks baru.');
  });

  it('stores pasted text with its informants, and refuses an informant of another project', async () => {
    const { projectId, lead } = await leadProject();
    const informant = await insertInformant(ctx.db, projectId);
    const stranger = await insertInformant(ctx.db, await insertProject(ctx.db));
    const url = `/api/research/projects/${projectId}/documents`;
    const bad = await post(
      url,
      { title: 'W', text: 'Teks.', informantIds: [informant, stranger] },
      lead.headers,
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details[0].path).toBe('informantIds.1');
    const good = await post(
      url,
      { title: 'W', text: 'Teks.\r\nBaris dua.', informantIds: [informant], interviewerIds: [lead.userId] },
      lead.headers,
    );
    expect(good.statusCode).toBe(201);
    expect(good.json()).toMatchObject({
      informantIds: [informant],
      interviewerIds: [lead.userId],
      codePoints: 16,
    });
    expect(await userIdOf(ctx, lead.headers)).toBe(lead.userId);
  });
});

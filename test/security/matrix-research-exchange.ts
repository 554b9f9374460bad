import { createHash } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { insertDocument, insertProject } from '../../src/research/research.test-helpers.ts';
import type { TestContext } from '../app.ts';
import type { Rule } from './matrix.ts';
import type { Side, World } from './world.ts';

/**
 * The REFI-QDA exchange and audio attachments × roles. In scope: a fresh project the caller leads (only the
 * admin and researchers pass the route rules); out of scope: a project the caller is not a member of —
 * refused to everyone, the admin included (content leaves only through members). A new project from a
 * file is open to whoever may create a project.
 */
const IN = 'YNNNNYNU';
const OUT = 'NNNNNNNU';

/** A tiny WAV (RIFF/WAVE header and 16 samples). */
const WAV = (() => {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(52, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(16, 40);
  return Buffer.concat([header, Buffer.alloc(16, 128)]);
})();

const QDE =
  '<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="Matriks"><CodeBook><Codes><Code guid="11111111-2222-4333-8444-555555555599" name="Bakul" isCodable="true"/></Codes></CodeBook></Project>\n';
const QDC =
  '<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="11111111-2222-4333-8444-555555555598" name="Juragan" isCodable="true"/></Codes></CodeBook>\n';

interface Fixture {
  projectId: string;
  documentId: string;
  attachmentId: string;
}

async function callerId(ctx: TestContext, headers: Record<string, string>): Promise<string | null> {
  if (!headers.authorization && !headers.cookie) return null;
  const me = await ctx.app.inject({ url: '/api/auth/me', headers });
  return me.statusCode === 200 ? (me.json() as { user: { id: string } }).user.id : null;
}

/** A fresh project with one code, one document and one attachment; the caller leads it in scope. */
async function fixture(
  ctx: TestContext,
  side: Side,
  world: World,
  caller: { headers: Record<string, string> },
): Promise<Fixture> {
  const db = ctx.db;
  const projectId = await insertProject(db);
  await db.insertInto('research_codes').values({ project_id: projectId, name: 'Maklun' }).execute();
  const documentId = await insertDocument(db, projectId, 'Kami maklun ke tetangga.');
  const me = await callerId(ctx, caller.headers);
  if (me && side === world.in)
    await db
      .insertInto('research_project_members')
      .values({ project_id: projectId, user_id: me, role: 'lead' })
      .execute();
  const attachment = await db
    .insertInto('research_attachments')
    .values({
      document_id: documentId,
      filename: 'rekaman.wav',
      media_type: 'audio/wav',
      size_bytes: WAV.length,
      sha256: createHash('sha256').update(WAV).digest('hex'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('research_attachment_bytes')
    .values({ attachment_id: attachment.id, bytes: WAV })
    .execute();
  return { projectId, documentId, attachmentId: attachment.id };
}

const rule = (request: (f: Fixture) => InjectOptions): Rule => ({
  inScope: IN,
  outOfScope: OUT,
  request: async (ctx, side, world, caller) => request(await fixture(ctx, side, world, caller)),
});
const file = (url: string, payload: Buffer | string, type: string): InjectOptions => ({
  method: 'POST',
  url,
  payload,
  headers: { 'content-type': type },
});

export const RESEARCH_EXCHANGE_MATRIX: Record<string, Rule> = {
  'GET /api/research/projects/:id/qdpx': rule((f) => ({
    method: 'GET',
    url: `/api/research/projects/${f.projectId}/qdpx`,
  })),
  'GET /api/research/projects/:id/qdc': rule((f) => ({
    method: 'GET',
    url: `/api/research/projects/${f.projectId}/qdc`,
  })),
  'POST /api/research/projects/:id/qdpx': rule((f) =>
    file(`/api/research/projects/${f.projectId}/qdpx?filename=m.qde`, QDE, 'application/xml'),
  ),
  'POST /api/research/projects/:id/qdc': rule((f) =>
    file(`/api/research/projects/${f.projectId}/qdc?filename=m.qdc`, QDC, 'application/xml'),
  ),
  'POST /api/research/qdpx': {
    inScope: IN,
    outOfScope: IN,
    request: async () => file('/api/research/qdpx?filename=m.qde', QDE, 'application/xml'),
  },
  'POST /api/research/documents/:id/attachments': rule((f) =>
    file(`/api/research/documents/${f.documentId}/attachments?filename=r.wav`, WAV, 'audio/wav'),
  ),
  'GET /api/research/documents/:id/attachments': rule((f) => ({
    method: 'GET',
    url: `/api/research/documents/${f.documentId}/attachments`,
  })),
  'GET /api/research/attachments/:id': rule((f) => ({
    method: 'GET',
    url: `/api/research/attachments/${f.attachmentId}`,
  })),
  'DELETE /api/research/attachments/:id': rule((f) => ({
    method: 'DELETE',
    url: `/api/research/attachments/${f.attachmentId}`,
  })),
};

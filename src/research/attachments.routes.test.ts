import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { insertDocument, insertInformant, insertProject, researcherIn } from './research.test-helpers.ts';
import { carryOutWithdrawal } from './withdrawal.task.ts';

const LIMIT = 64 * 1024;
const ctx = useTestApp({ attachmentMaxBytes: LIMIT });

/** A real PCM WAV file of `samples` 8-bit mono samples at 8 kHz. */
function wavBytes(samples = 800): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + samples, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(samples, 40);
  const data = Buffer.alloc(samples);
  for (let i = 0; i < samples; i++) data[i] = 128 + Math.round(60 * Math.sin(i / 4));
  return Buffer.concat([header, data]);
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

async function world() {
  const project = await insertProject(ctx.db);
  const lead = await researcherIn(ctx.db, project, 'lead');
  const reader = await researcherIn(ctx.db, project, 'reader');
  const outsider = await researcherIn(ctx.db, await insertProject(ctx.db), 'lead');
  const speaker = await insertInformant(ctx.db, project, { pseudonym: 'Bu Sari' });
  const other = await insertInformant(ctx.db, project, { pseudonym: 'Pak Joko' });
  const document = await insertDocument(ctx.db, project, 'Kami menjahit tas untuk koperasi.', [
    speaker,
    other,
  ]);
  return { project, lead, reader, outsider, speaker, document };
}

const upload = (documentId: string, bytes: Buffer, headers: Record<string, string>, type = 'audio/wav') =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/research/documents/${documentId}/attachments?filename=${encodeURIComponent('wawancara Sari.wav')}`,
    headers: { ...headers, 'content-type': type, 'accept-language': 'en' },
    payload: bytes,
  });

describe('audio attachments', () => {
  it('stores a recording by its bytes, lists it to members, plays it with byte ranges, and deletes it', async () => {
    const w = await world();
    const wav = wavBytes();
    // The browser may not know the type: the bytes decide.
    const created = await upload(w.document, wav, w.lead.headers, 'application/octet-stream');
    expect(created.statusCode, created.body).toBe(201);
    const attachment = created.json();
    expect(attachment).toMatchObject({
      documentId: w.document,
      filename: 'wawancara Sari.wav',
      mediaType: 'audio/wav',
      sizeBytes: wav.length,
      available: true,
    });

    const list = await ctx.app.inject({
      url: `/api/research/documents/${w.document}/attachments`,
      headers: w.reader.headers,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ maxBytes: LIMIT, items: [{ id: attachment.id }] });

    const whole = await ctx.app.inject({
      url: `/api/research/attachments/${attachment.id}`,
      headers: w.reader.headers,
    });
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['content-type']).toBe('audio/wav');
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.rawPayload.equals(wav)).toBe(true);
    const part = await ctx.app.inject({
      url: `/api/research/attachments/${attachment.id}`,
      headers: { ...w.reader.headers, range: 'bytes=40-49' },
    });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 40-49/${wav.length}`);
    expect(part.rawPayload.equals(wav.subarray(40, 50))).toBe(true);
    const beyond = await ctx.app.inject({
      url: `/api/research/attachments/${attachment.id}`,
      headers: { ...w.reader.headers, range: `bytes=${wav.length}-` },
    });
    expect(beyond.statusCode).toBe(416);

    const outsider = await ctx.app.inject({
      url: `/api/research/attachments/${attachment.id}`,
      headers: w.outsider.headers,
    });
    expect(outsider.statusCode).toBe(403);
    const byReader = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/research/attachments/${attachment.id}`,
      headers: w.reader.headers,
    });
    expect(byReader.statusCode).toBe(403);
    const deleted = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/research/attachments/${attachment.id}`,
      headers: w.lead.headers,
    });
    expect(deleted.statusCode).toBe(204);
    const after = await ctx.app.inject({
      url: `/api/research/attachments/${attachment.id}`,
      headers: w.lead.headers,
    });
    expect(after.statusCode).toBe(404);
  });

  it('refuses what is not audio (415), an empty file (422) and a file past the limit (413), writing nothing', async () => {
    const w = await world();
    const png = await upload(w.document, PNG, w.lead.headers, 'audio/mpeg');
    expect(png.statusCode).toBe(415);
    expect(png.json().error.message).toMatch(/not recognised audio \(image\/png\)/);
    const empty = await upload(w.document, Buffer.alloc(0), w.lead.headers);
    expect([415, 422]).toContain(empty.statusCode);
    const big = await upload(w.document, wavBytes(LIMIT + 10), w.lead.headers);
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toMatch(/limit of 0\.1 MB/);
    const byReader = await upload(w.document, wavBytes(), w.reader.headers);
    expect(byReader.statusCode).toBe(403);
    const rows = await ctx.db
      .selectFrom('research_attachments')
      .select('id')
      .where('document_id', '=', w.document)
      .execute();
    expect(rows).toEqual([]);
  });

  it('deletes the recordings of an interview when one of its informants withdraws from the study', async () => {
    const w = await world();
    const created = await upload(w.document, wavBytes(), w.lead.headers);
    expect(created.statusCode).toBe(201);
    await ctx.db
      .updateTable('research_informants')
      .set({ withdrawn_on: '2024-06-01' })
      .where('id', '=', w.speaker)
      .execute();
    await ctx.db.transaction().execute((trx) => carryOutWithdrawal(trx, w.speaker, w.lead.userId));
    const left = await ctx.db
      .selectFrom('research_attachments')
      .select('id')
      .where('document_id', '=', w.document)
      .execute();
    expect(left).toEqual([]);
    const event = await ctx.db
      .selectFrom('research_events')
      .select('payload')
      .where('project_id', '=', w.project)
      .where('kind', '=', 'informant_withdrawn')
      .executeTakeFirstOrThrow();
    expect(event.payload).toMatchObject({ deletedAttachmentIds: [created.json().id] });
    // The text stays (the other informant is still in the study); no new recording is refused for that.
    const again = await upload(w.document, wavBytes(), w.lead.headers);
    expect(again.statusCode).toBe(201);
  });
});

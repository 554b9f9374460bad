import { Readable } from 'node:stream';
import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import {
  addAttachment,
  attachmentPart,
  deleteAttachment,
  getAttachment,
  listAttachments,
} from './attachments.service.ts';
import { AUDIO_UPLOAD_MEDIA_TYPES, readAudioUpload } from './audio-file.ts';
import { byteRange } from './byte-range.ts';
import { assertAttachmentRole, assertDocumentRole, researchPolicy as policy } from './research.policy.ts';

const tags = ['research'];
const NOT_A_FILE = {
  id: 'Kirim berkas audio sebagai isi permintaan (Content-Type audio/…).',
  en: 'Send the audio file as the request body (Content-Type audio/…).',
};

/** Audio attachments of research documents: stored, listed, played (with byte ranges), deleted (#21 point 3). */
export async function attachmentRoutes(app: SimpulApp, deps: AppDeps, maxBytes: number): Promise<void> {
  // Its own scope, so its stream parsers for audio types meet no other route.
  await app.register(async (scope) => routes(scope as SimpulApp, deps, maxBytes));
}

function routes(app: SimpulApp, { db }: AppDeps, maxBytes: number): void {
  for (const type of AUDIO_UPLOAD_MEDIA_TYPES)
    if (app.hasContentTypeParser(type)) app.removeContentTypeParser(type);
  // Hand the file over unread: readAudioUpload counts its bytes against the attachment limit.
  app.addContentTypeParser([...AUDIO_UPLOAD_MEDIA_TYPES], (_request, payload, done) => done(null, payload));

  route(
    app,
    'POST /research/documents/:id/attachments',
    {
      access: policy.lead,
      tags,
      summary: 'Attach an audio recording to a document (lead)',
      description:
        'The body is the file. Its type is decided by its first bytes (MP3, WAV, OGG/Opus, M4A/MP4, FLAC, ' +
        'WebM, AAC), not by the Content-Type; larger than SIMPUL_ATTACHMENT_MAX_BYTES is a 413.',
    },
    async (request, reply) => {
      await assertDocumentRole(db, request.actor, request.params.id, 'lead');
      const body = request.body as unknown;
      if (!(body instanceof Readable)) throw new AppError('unsupported_media_type', tr(NOT_A_FILE));
      const file = await readAudioUpload(body, maxBytes);
      const attachment = await addAttachment(db, request.actor, request.params.id, {
        ...file,
        filename: request.query.filename,
      });
      return reply.status(201).send(attachment);
    },
  );
  route(
    app,
    'GET /research/documents/:id/attachments',
    { access: policy.read, tags, summary: "A document's audio attachments (members)" },
    async (request) => {
      await assertDocumentRole(db, request.actor, request.params.id, 'reader');
      return { items: await listAttachments(db, request.params.id), maxBytes };
    },
  );
  route(
    app,
    'GET /research/attachments/:id',
    {
      access: policy.read,
      tags,
      summary: 'Play or download an attachment (members); answers a single byte range with 206',
    },
    async (request, reply) => {
      await assertAttachmentRole(db, request.actor, request.params.id, 'reader');
      const attachment = await getAttachment(db, request.params.id);
      const size = attachment.sizeBytes;
      const range = byteRange(request.headers.range, size);
      reply
        .header('accept-ranges', 'bytes')
        .header('content-type', attachment.mediaType)
        .header('cache-control', 'private, no-store')
        .header(
          'content-disposition',
          `inline; filename="attachment${extensionOf(attachment.filename)}"; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
        );
      if (range === 'unsatisfiable') {
        return reply.status(416).header('content-range', `bytes */${size}`).send();
      }
      const { start, end } = range ?? { start: 0, end: size - 1 };
      const bytes = await attachmentPart(db, request.params.id, start, end);
      if (range) reply.status(206).header('content-range', `bytes ${start}-${end}/${size}`);
      return reply.send(bytes);
    },
  );
  route(
    app,
    'DELETE /research/attachments/:id',
    { access: policy.lead, tags, summary: 'Delete an attachment and its bytes (lead)' },
    async (request, reply) => {
      await assertAttachmentRole(db, request.actor, request.params.id, 'lead');
      await deleteAttachment(db, request.actor, request.params.id);
      return reply.status(204).send();
    },
  );
}

/** The file's extension, if a short plain one (kept in the ASCII `filename`). */
function extensionOf(name: string): string {
  const match = /\.[A-Za-z0-9]{1,5}$/.exec(name);
  return match ? match[0] : '';
}

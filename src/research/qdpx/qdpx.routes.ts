import { Readable } from 'node:stream';
import { route } from '../../http/route.ts';
import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { AppError } from '../../shared/errors.ts';
import { tr } from '../../shared/lang.ts';
import { assertMayExportProject, assertProjectRole, researchPolicy as policy } from '../research.policy.ts';
import { QDA_MEDIA_TYPES } from './qdpx.schema.ts';
import { exportCodebookQdc, exportProjectQdpx } from './qdpx.service.ts';
import { importQdaFile } from './qdpx-import.service.ts';
import { readQdaUpload } from './qdpx-upload.ts';

const tags = ['research'];
const NOT_A_FILE = {
  id: 'Kirim berkas .qdpx, .qde atau .qdc sebagai isi permintaan.',
  en: 'Send the .qdpx, .qde or .qdc file as the request body.',
};

/** REFI-QDA exchange over HTTP: QDPX/QDC export and import with the import report (#21 point 9). */
export async function qdpxRoutes(app: SimpulApp, deps: AppDeps, maxBytes: number): Promise<void> {
  // Its own scope, so its stream parsers for ZIP and XML meet no other route.
  await app.register(async (scope) => routes(scope as SimpulApp, deps, maxBytes));
}

function upload(body: unknown): Readable {
  if (!(body instanceof Readable)) throw new AppError('unsupported_media_type', tr(NOT_A_FILE));
  return body;
}

function routes(app: SimpulApp, { db, pseudonymKey }: AppDeps, maxBytes: number): void {
  for (const type of QDA_MEDIA_TYPES) if (app.hasContentTypeParser(type)) app.removeContentTypeParser(type);
  app.addContentTypeParser([...QDA_MEDIA_TYPES], (_request, payload, done) => done(null, payload));

  route(
    app,
    'GET /research/projects/:id/qdpx',
    {
      access: policy.read,
      tags,
      summary: 'The project as a REFI-QDA .qdpx, consent-cleared and pseudonymised (coder or lead)',
      description:
        'Streams the package. `identities=true` names firms and coders (a lead who may see personal data ' +
        'only; anyone else gets 403). The header X-Simpul-Export-Withheld counts what was left out.',
    },
    async (request, reply) => {
      const identities = request.query.identities === true;
      await assertMayExportProject(db, request.actor, request.params.id, identities);
      const { stream, withheld, fileName } = await exportProjectQdpx(db, request.params.id, {
        pseudonymKey,
        identities,
      });
      const count = withheld.entries.reduce((n, e) => n + e.count, 0);
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'private, no-store')
        .header('x-simpul-export-withheld', String(count))
        .send(stream);
    },
  );
  route(
    app,
    'GET /research/projects/:id/qdc',
    { access: policy.read, tags, summary: "The project's codebook as a REFI-QDA .qdc (members)" },
    async (request, reply) => {
      await assertProjectRole(db, request.actor, request.params.id, 'reader');
      const { xml, fileName } = await exportCodebookQdc(db, request.params.id);
      return reply
        .header('content-type', 'application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(xml);
    },
  );
  route(
    app,
    'POST /research/qdpx',
    {
      access: policy.createProject,
      tags,
      summary: 'Import a .qdpx/.qde as a new research project led by the caller; answers the import report',
      description:
        'The body is the file. Lenient by default (vendor deviations are reported per element and line); ' +
        '`strict=true` refuses any schema departure. A file that is not REFI-QDA is a 422 naming element and line.',
    },
    async (request, reply) => {
      const bytes = await readQdaUpload(upload(request.body), maxBytes);
      const report = await importQdaFile(db, request.actor, bytes, { ...request.query, pseudonymKey });
      return reply.status(201).send(report);
    },
  );
  route(
    app,
    'POST /research/projects/:id/qdpx',
    {
      access: policy.lead,
      tags,
      summary: 'Import a .qdpx/.qde (or a .qdc codebook) into this project (lead); answers the import report',
    },
    async (request) => {
      await assertProjectRole(db, request.actor, request.params.id, 'lead');
      const bytes = await readQdaUpload(upload(request.body), maxBytes);
      return importQdaFile(db, request.actor, bytes, {
        ...request.query,
        pseudonymKey,
        into: request.params.id,
      });
    },
  );
  route(
    app,
    'POST /research/projects/:id/qdc',
    { access: policy.lead, tags, summary: "Import a .qdc codebook's codes into this project (lead)" },
    async (request) => {
      await assertProjectRole(db, request.actor, request.params.id, 'lead');
      const bytes = await readQdaUpload(upload(request.body), maxBytes);
      return importQdaFile(db, request.actor, bytes, {
        ...request.query,
        pseudonymKey,
        into: request.params.id,
        codebookOnly: true,
      });
    },
  );
}

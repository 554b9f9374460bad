import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import {
  createDocument,
  createPastedDocument,
  getDocument,
  listDocuments,
  updateDocument,
} from './documents.service.ts';
import {
  createInformant,
  grantConsent,
  listInformants,
  updateInformant,
  withdrawConsent,
  withdrawFromStudy,
} from './informants.service.ts';
import { TRANSCRIPT_MEDIA_TYPES } from './projects.schema.ts';
import {
  archiveProject,
  createProject,
  getProject,
  listMemberCandidates,
  listProjects,
  putMember,
  removeMember,
  updateProject,
} from './projects.service.ts';
import {
  assertDocumentRole,
  assertInformantRole,
  assertMayManageMembers,
  assertMayReadProjectCard,
  assertProjectRole,
  researchPolicy as policy,
} from './research.policy.ts';
import { readTranscript } from './transcript.ts';

const tags = ['research'];
const NOT_A_FILE = {
  id: 'Kirim berkas transkrip (.txt atau .docx) sebagai isi permintaan.',
  en: 'Send the transcript file (.txt or .docx) as the request body.',
};

/** Research projects, members, informants with consent, documents (issue #21 points 1–3). */
export async function researchProjectRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(
    app,
    'GET /research/projects',
    { access: policy.projects, tags, summary: 'My research projects' },
    (request) => listProjects(db, request.actor, request.query),
  );
  route(
    app,
    'POST /research/projects',
    { access: policy.createProject, tags, summary: 'Create a research project (its creator leads it)' },
    async (request, reply) => reply.status(201).send(await createProject(db, request.actor, request.body)),
  );
  route(app, 'GET /research/projects/:id', { access: policy.read, tags }, async (request) => {
    await assertMayReadProjectCard(db, request.actor, request.params.id);
    return getProject(db, request.actor, request.params.id);
  });
  route(app, 'PATCH /research/projects/:id', { access: policy.lead, tags }, async (request) => {
    await assertProjectRole(db, request.actor, request.params.id, 'lead');
    return updateProject(db, request.actor, request.params.id, request.body);
  });
  route(app, 'POST /research/projects/:id/archive', { access: policy.lead, tags }, async (request) => {
    await assertProjectRole(db, request.actor, request.params.id, 'lead');
    return archiveProject(db, request.actor, request.params.id, true, request.body?.version);
  });
  route(app, 'PUT /research/projects/:id/members', { access: policy.lead, tags }, async (request) => {
    await assertMayManageMembers(db, request.actor, request.params.id);
    return putMember(db, request.actor, request.params.id, request.body);
  });
  route(
    app,
    'GET /research/projects/:id/member-candidates',
    {
      access: policy.lead,
      tags,
      summary: 'Accounts that may be added as members',
      description:
        'Active researcher and admin accounts that are not yet members, for the lead (or the admin).',
    },
    async (request) => {
      await assertMayManageMembers(db, request.actor, request.params.id);
      return listMemberCandidates(db, request.params.id);
    },
  );
  route(
    app,
    'DELETE /research/projects/:id/members/:userId',
    { access: policy.lead, tags },
    async (request) => {
      await assertMayManageMembers(db, request.actor, request.params.id);
      return removeMember(db, request.actor, request.params.id, request.params.userId);
    },
  );

  route(app, 'GET /research/projects/:id/informants', { access: policy.read, tags }, async (request) => {
    await assertProjectRole(db, request.actor, request.params.id, 'reader');
    return listInformants(db, request.actor, request.params.id);
  });
  route(
    app,
    'POST /research/projects/:id/informants',
    { access: policy.lead, tags },
    async (request, reply) => {
      await assertProjectRole(db, request.actor, request.params.id, 'lead');
      return reply
        .status(201)
        .send(await createInformant(db, request.actor, request.params.id, request.body));
    },
  );
  route(app, 'PATCH /research/informants/:id', { access: policy.lead, tags }, async (request) => {
    await assertInformantRole(db, request.actor, request.params.id, 'lead');
    return updateInformant(db, request.actor, request.params.id, request.body);
  });
  route(app, 'POST /research/informants/:id/consents', { access: policy.lead, tags }, async (request) => {
    await assertInformantRole(db, request.actor, request.params.id, 'lead');
    return grantConsent(db, request.actor, request.params.id, request.body);
  });
  route(
    app,
    'POST /research/informants/:id/consents/withdraw',
    {
      access: policy.lead,
      tags,
      description: 'Withdrawing the interview scope is a withdrawal from the study.',
    },
    async (request) => {
      await assertInformantRole(db, request.actor, request.params.id, 'lead');
      return withdrawConsent(db, request.actor, request.params.id, request.body);
    },
  );
  route(
    app,
    'POST /research/informants/:id/withdraw',
    {
      access: policy.lead,
      tags,
      summary: 'The informant withdraws from the study',
      description:
        'Their excerpts disappear from every view at once; a job erases the texts of documents whose every ' +
        'informant withdrew and records what it removed in the project’s event log.',
    },
    async (request) => {
      await assertInformantRole(db, request.actor, request.params.id, 'lead');
      return withdrawFromStudy(db, request.actor, request.params.id, request.body.withdrawnOn);
    },
  );

  route(app, 'GET /research/projects/:id/documents', { access: policy.read, tags }, async (request) => {
    await assertProjectRole(db, request.actor, request.params.id, 'reader');
    return listDocuments(db, request.params.id);
  });
  route(
    app,
    'POST /research/projects/:id/documents',
    { access: policy.lead, tags },
    async (request, reply) => {
      await assertProjectRole(db, request.actor, request.params.id, 'lead');
      return reply
        .status(201)
        .send(await createPastedDocument(db, request.actor, request.params.id, request.body));
    },
  );
  route(app, 'GET /research/documents/:id', { access: policy.read, tags }, async (request) => {
    await assertDocumentRole(db, request.actor, request.params.id, 'reader');
    return getDocument(db, request.params.id);
  });
  route(app, 'PATCH /research/documents/:id', { access: policy.lead, tags }, async (request) => {
    await assertDocumentRole(db, request.actor, request.params.id, 'lead');
    return updateDocument(db, request.actor, request.params.id, request.body);
  });
  // Its own scope, so its parsers for the transcript's media types meet no other route.
  await app.register(async (scope) => transcriptFileRoute(scope as SimpulApp, { db } as AppDeps));
}

function transcriptFileRoute(app: SimpulApp, { db }: AppDeps): void {
  for (const type of TRANSCRIPT_MEDIA_TYPES)
    if (app.hasContentTypeParser(type)) app.removeContentTypeParser(type);
  app.addContentTypeParser([...TRANSCRIPT_MEDIA_TYPES], { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );
  route(
    app,
    'POST /research/projects/:id/documents/file',
    {
      access: policy.lead,
      tags,
      summary: 'Upload a transcript (.txt in UTF-8 or .docx) as a new document',
      description:
        'The body is the file. A .txt must be UTF-8 (a BOM is stripped; Windows-1252 or UTF-16 is refused ' +
        'with a message); a .docx is read with mammoth; line ends become LF before offsets are counted.',
    },
    async (request, reply) => {
      await assertProjectRole(db, request.actor, request.params.id, 'lead');
      const body = request.body as unknown;
      if (!Buffer.isBuffer(body)) throw new AppError('unsupported_media_type', tr(NOT_A_FILE));
      const { query } = request;
      const { text, format } = await readTranscript(body, query.filename);
      const informantIds = (query.informantIds ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const document = await createDocument(
        db,
        request.actor,
        request.params.id,
        {
          kind: query.kind,
          title: query.title ?? query.filename.replace(/\.(docx|txt)$/i, ''),
          heldOn: query.heldOn ?? null,
          place: query.place ?? null,
          informantIds,
          interviewerIds: [],
        },
        text,
        { format, filename: query.filename },
      );
      return reply.status(201).send(document);
    },
  );
}

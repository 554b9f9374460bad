import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import {
  addCoding,
  closeRound,
  codeCooccurrence,
  codeFrequencies,
  codeSegments,
  codingView,
  createCode,
  createMemo,
  createRound,
  createSegment,
  deleteSegment,
  freezeCodebook,
  getRound,
  listCodebookVersions,
  listCodes,
  listMemos,
  listRounds,
  listSegments,
  projectOf,
  roundAgreement,
  updateCode,
} from './coding.service.ts';
import { assertProjectRole, researchPolicy as policy } from './research.policy.ts';

const tags = ['research'];

/**
 * A project's codebook, blind coding rounds, segments and codings, memos, and the views over them. Every
 * route finds the project of its object (404 when missing), then asks for the member role it needs:
 * reader to read, coder to code and write memos, lead for the codebook and rounds.
 */
export async function codingRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  const member = async (
    actor: Parameters<typeof assertProjectRole>[1],
    target: Parameters<typeof projectOf>[1],
    id: string,
    least: 'reader' | 'coder' | 'lead',
  ) => {
    const projectId = await projectOf(db, target, id);
    await assertProjectRole(db, actor, projectId, least);
    return projectId;
  };

  route(
    app,
    'GET /research/projects/:id/codes',
    { access: policy.read, tags, summary: "The project's code tree, parents first" },
    async (request) => {
      const projectId = await member(request.actor, 'project', request.params.id, 'reader');
      return listCodes(db, projectId);
    },
  );
  route(
    app,
    'POST /research/projects/:id/codes',
    { access: policy.lead, tags, summary: 'Add a code or theme (lead)' },
    async (request, reply) => {
      const projectId = await member(request.actor, 'project', request.params.id, 'lead');
      return reply.status(201).send(await createCode(db, projectId, request.body));
    },
  );
  route(
    app,
    'PATCH /research/codes/:id',
    { access: policy.lead, tags, summary: 'Edit, move, archive or restore a code (lead)' },
    async (request) => {
      await member(request.actor, 'code', request.params.id, 'lead');
      return updateCode(db, request.params.id, request.body);
    },
  );
  route(
    app,
    'GET /research/projects/:id/codebook-versions',
    { access: policy.read, tags, summary: 'Frozen versions of the codebook' },
    async (request) => {
      const projectId = await member(request.actor, 'project', request.params.id, 'reader');
      return listCodebookVersions(db, projectId);
    },
  );
  route(
    app,
    'POST /research/projects/:id/codebook-versions',
    { access: policy.lead, tags, summary: 'Freeze the code tree as the next version (lead)' },
    async (request, reply) => {
      const projectId = await member(request.actor, 'project', request.params.id, 'lead');
      return reply.status(201).send(await freezeCodebook(db, request.actor, projectId, request.body.note));
    },
  );
  route(
    app,
    'GET /research/projects/:id/rounds',
    { access: policy.read, tags, summary: 'Coding rounds, newest first' },
    async (request) => {
      const projectId = await member(request.actor, 'project', request.params.id, 'reader');
      return listRounds(db, projectId);
    },
  );
  route(
    app,
    'POST /research/projects/:id/rounds',
    {
      access: policy.lead,
      tags,
      summary: 'Open a coding round: documents × coders, blind by default (lead)',
    },
    async (request, reply) => {
      const projectId = await member(request.actor, 'project', request.params.id, 'lead');
      return reply.status(201).send(await createRound(db, request.actor, projectId, request.body));
    },
  );
  route(
    app,
    'GET /research/rounds/:id',
    { access: policy.read, tags, summary: "A round, its documents and each coder's segment count" },
    async (request) => {
      await member(request.actor, 'round', request.params.id, 'reader');
      return getRound(db, request.params.id);
    },
  );
  route(
    app,
    'POST /research/rounds/:id/close',
    {
      access: policy.lead,
      tags,
      summary: "Close a round: its codings freeze and become visible to the project's members (lead)",
    },
    async (request) => {
      await member(request.actor, 'round', request.params.id, 'lead');
      return closeRound(db, request.actor, request.params.id);
    },
  );
  route(
    app,
    'GET /research/rounds/:id/agreement',
    {
      access: policy.read,
      tags,
      summary:
        "Inter-coder agreement per code and overall of a closed round (percent, Cohen's and Fleiss' κ, Krippendorff's α)",
      description:
        'Units are characters (NVivo-compatible, `all_text`) or only the characters some coder coded (`coded_text`); the method is stated in the answer.',
    },
    async (request) => {
      await member(request.actor, 'round', request.params.id, 'reader');
      return roundAgreement(db, request.params.id, request.query.unitisation);
    },
  );
  route(
    app,
    'GET /research/documents/:id/coding',
    { access: policy.read, tags, summary: "A document's text with the codebook, for the coding screen" },
    async (request) => {
      await member(request.actor, 'document', request.params.id, 'reader');
      return codingView(db, request.actor, request.params.id);
    },
  );
  route(
    app,
    'GET /research/documents/:id/segments',
    {
      access: policy.read,
      tags,
      summary:
        "A document's segments the reader may see (an open blind round shows each coder only their own)",
    },
    async (request) => {
      await member(request.actor, 'document', request.params.id, 'reader');
      return listSegments(db, request.actor, request.params.id);
    },
  );
  route(
    app,
    'POST /research/documents/:id/segments',
    {
      access: policy.code,
      tags,
      summary: 'Code a span [startCp, endCp) of a document with one or more codes (coder)',
    },
    async (request, reply) => {
      await member(request.actor, 'document', request.params.id, 'coder');
      return reply.status(201).send(await createSegment(db, request.actor, request.params.id, request.body));
    },
  );
  route(
    app,
    'DELETE /research/segments/:id',
    { access: policy.code, tags, summary: "Delete one's own segment while its round is open" },
    async (request, reply) => {
      await member(request.actor, 'segment', request.params.id, 'coder');
      await deleteSegment(db, request.actor, request.params.id);
      return reply.status(204).send();
    },
  );
  route(
    app,
    'POST /research/segments/:id/codings',
    { access: policy.code, tags, summary: "Add a code to one's own segment" },
    async (request) => {
      await member(request.actor, 'segment', request.params.id, 'coder');
      return addCoding(db, request.actor, request.params.id, request.body.codeId);
    },
  );
  route(
    app,
    'GET /research/projects/:id/code-frequencies',
    { access: policy.read, tags, summary: 'Segments, documents and coders per code' },
    async (request) => {
      const projectId = await member(request.actor, 'project', request.params.id, 'reader');
      return codeFrequencies(db, request.actor, projectId);
    },
  );
  route(
    app,
    'GET /research/projects/:id/code-cooccurrence',
    { access: policy.read, tags, summary: 'Code × code counts of overlapping coded segments' },
    async (request) => {
      const projectId = await member(request.actor, 'project', request.params.id, 'reader');
      return codeCooccurrence(db, request.actor, projectId);
    },
  );
  route(
    app,
    'GET /research/codes/:id/segments',
    { access: policy.read, tags, summary: 'Every segment of a code with the text around it' },
    async (request) => {
      await member(request.actor, 'code', request.params.id, 'reader');
      return codeSegments(db, request.actor, request.params.id);
    },
  );
  route(
    app,
    'GET /research/projects/:id/memos',
    { access: policy.read, tags, summary: "The project's memos, newest first" },
    async (request) => {
      const projectId = await member(request.actor, 'project', request.params.id, 'reader');
      return listMemos(db, projectId);
    },
  );
  route(
    app,
    'POST /research/projects/:id/memos',
    {
      access: policy.code,
      tags,
      summary: 'A memo on the project, a document, segment, code or informant (coder)',
    },
    async (request, reply) => {
      const projectId = await member(request.actor, 'project', request.params.id, 'coder');
      return reply.status(201).send(await createMemo(db, request.actor, projectId, request.body));
    },
  );
}

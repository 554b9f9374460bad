import { Readable } from 'node:stream';
import type { Actor } from '../auth/actor.ts';
import { PUBLIC } from '../auth/policy.ts';
import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { addFollowUpNote, followUp, reportAnonymously } from './anonymous-cases.service.ts';
import {
  addEvidence,
  addEvidenceFile,
  addParty,
  addSession,
  linkTie,
  markCommitment,
  recordAgreement,
  verifyEvidence,
} from './case-items.service.ts';
import { caseNetworkEffect } from './case-network-effect.ts';
import { ANONYMOUS_PER_MINUTE, EVIDENCE_MEDIA_TYPES } from './cases.constants.ts';
import { CASE_MESSAGES as m } from './cases.messages.ts';
import {
  assertCaseReadable,
  assertMayHandleCase,
  assertMayReport,
  caseLensFor,
  casePolicy as policy,
} from './cases.policy.ts';
import { createCase, getCase, listCases, moveCase, reporterRoleOf, updateCase } from './cases.service.ts';
import { readEvidenceFile } from './evidence-file.ts';

const tags = ['cases'];
/** The public intake and follow-up: a few calls a minute per address, counted in memory only. */
const anonymous = {
  access: PUBLIC,
  tags,
  config: { rateLimit: { max: ANONYMOUS_PER_MINUTE, timeWindow: '1 minute' } },
};

/** Conflict cases: intake (signed in or anonymous), follow-up by code, reading, the status flow and its records. */
export async function caseRoutes(app: SimpulApp, { db, pseudonymKey }: AppDeps): Promise<void> {
  const lensOf = (actor: Actor) => caseLensFor(actor, pseudonymKey);
  // Hand the file over unread: readEvidenceFile counts its bytes against the evidence limit.
  app.addContentTypeParser([...EVIDENCE_MEDIA_TYPES], (_request, payload, done) => done(null, payload));

  route(app, 'GET /cases', { access: policy.read, tags }, async (request) =>
    listCases(db, request.query, policy.scope(request.actor), lensOf(request.actor)),
  );
  route(app, 'POST /cases', { access: policy.report, tags }, async (request, reply) => {
    await assertMayReport(db, request.actor, request.body);
    const role = request.actor.kind === 'user' ? request.actor.role : 'admin';
    return reply.status(201).send(await createCase(db, request.body, reporterRoleOf(role)));
  });
  route(app, 'POST /cases/anonymous', anonymous, async (request, reply) =>
    reply.status(201).send(await reportAnonymously(db, request.body)),
  );
  route(app, 'POST /cases/follow-up', anonymous, async (request) => followUp(db, request.body.followUpCode));
  route(app, 'POST /cases/follow-up/notes', anonymous, async (request) => addFollowUpNote(db, request.body));
  route(app, 'GET /cases/:id', { access: policy.read, tags }, async (request) => {
    await assertCaseReadable(db, request.actor, request.params.id);
    return getCase(db, request.params.id, lensOf(request.actor));
  });
  route(app, 'GET /cases/:id/network-effect', { access: policy.read, tags }, async (request) => {
    await assertCaseReadable(db, request.actor, request.params.id);
    const kase = await getCase(db, request.params.id, lensOf(request.actor));
    return caseNetworkEffect(db, request.actor, kase);
  });

  /** The handling routes: the case must be one the caller handles. */
  const handle = { access: policy.handle, tags };
  route(app, 'PATCH /cases/:id', handle, async (request) => {
    await assertMayHandleCase(db, request.actor, request.params.id);
    return updateCase(db, request.params.id, request.body);
  });
  route(app, 'POST /cases/:id/move', handle, async (request) => {
    await assertMayHandleCase(db, request.actor, request.params.id);
    return moveCase(db, request.params.id, request.body);
  });
  route(app, 'POST /cases/:id/parties', handle, async (request) => {
    await assertMayHandleCase(db, request.actor, request.params.id);
    return addParty(db, request.params.id, request.body);
  });
  route(app, 'POST /cases/:id/ties', handle, async (request) => {
    await assertMayHandleCase(db, request.actor, request.params.id);
    return linkTie(db, request.params.id, request.body);
  });
  route(app, 'POST /cases/:id/evidence', handle, async (request) => {
    await assertMayHandleCase(db, request.actor, request.params.id);
    return addEvidence(db, request.params.id, request.body);
  });
  route(
    app,
    'POST /cases/:id/evidence/file',
    {
      ...handle,
      summary: 'Upload an evidence file; the server computes its SHA-256',
      description: `Send the file as the raw body with its Content-Type (${EVIDENCE_MEDIA_TYPES.join(', ')}).`,
    },
    async (request) => {
      await assertMayHandleCase(db, request.actor, request.params.id);
      const body = request.body as unknown;
      if (!(body instanceof Readable)) throw new AppError('unsupported_media_type', tr(m.badMediaType));
      const file = await readEvidenceFile(body, request.headers['content-type'] ?? '');
      return addEvidenceFile(db, request.params.id, request.query, file);
    },
  );
  route(app, 'POST /cases/:id/evidence/:itemId/verify', handle, async (request) => {
    await assertMayHandleCase(db, request.actor, request.params.id);
    return verifyEvidence(db, request.params.id, request.params.itemId, request.body);
  });
  route(app, 'POST /cases/:id/sessions', handle, async (request) => {
    await assertMayHandleCase(db, request.actor, request.params.id);
    return addSession(db, request.params.id, request.body);
  });
  route(app, 'POST /cases/:id/agreement', handle, async (request) => {
    await assertMayHandleCase(db, request.actor, request.params.id);
    return recordAgreement(db, request.params.id, request.body);
  });
  route(app, 'POST /cases/:id/commitments/:itemId/mark', handle, async (request) => {
    await assertMayHandleCase(db, request.actor, request.params.id);
    return markCommitment(db, request.params.id, request.params.itemId, request.body);
  });
}

import { requireUser } from '../auth/policy.ts';
import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import {
  answerFirm,
  changeAnswer,
  createAnswer,
  firmOf,
  inviteFirms,
  listMessages,
  postMessage,
  replyInvitation,
} from './offers.service.ts';
import { getRequestDetail } from './request-detail.service.ts';
import {
  assertMayManageRequest,
  assertMayPostFor,
  assertMayReadRequest,
  assertMayReviewRequest,
  assertMaySpeakFor,
  requestPolicy as policy,
} from './requests.policy.ts';
import {
  cancelRequest,
  closeRequest,
  createRequest,
  listRequests,
  requireRequest,
  reviewRequest,
  submitRequest,
  updateRequest,
} from './requests.service.ts';

const tags = ['requests'];

/** Requests for quotation / order sharing: the request itself, its invitations, answers and thread. */
export async function requestRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(app, 'GET /requests', { access: policy.read, tags }, async (request) =>
    listRequests(db, request.actor, request.query),
  );
  route(app, 'POST /requests', { access: policy.post, tags }, async (request, reply) => {
    await assertMayPostFor(db, request.actor, request.body);
    return reply.status(201).send(await createRequest(db, requireUser(request.actor), request.body));
  });
  route(app, 'GET /requests/:id', { access: policy.read, tags }, async (request) => {
    const access = await assertMayReadRequest(db, request.actor, request.params.id);
    return getRequestDetail(db, request.actor, request.params.id, access);
  });
  route(app, 'PATCH /requests/:id', { access: policy.post, tags }, async (request) => {
    await assertMayManageRequest(db, request.actor, request.params.id);
    if (request.body.posterEnterpriseId || request.body.targetCenterIds) {
      await assertMayPostFor(db, request.actor, request.body);
    }
    return updateRequest(db, request.params.id, request.body);
  });
  route(app, 'POST /requests/:id/submit', { access: policy.post, tags }, async (request) => {
    await assertMayManageRequest(db, request.actor, request.params.id);
    return submitRequest(db, request.params.id, request.body.version);
  });
  route(app, 'POST /requests/:id/review', { access: policy.review, tags }, async (request) => {
    await assertMayReviewRequest(db, request.actor, request.params.id);
    return reviewRequest(db, requireUser(request.actor), request.params.id, request.body);
  });
  route(app, 'POST /requests/:id/close', { access: policy.post, tags }, async (request) => {
    await assertMayManageRequest(db, request.actor, request.params.id);
    return closeRequest(db, request.params.id, request.body.version);
  });
  route(app, 'POST /requests/:id/cancel', { access: policy.post, tags }, async (request) => {
    await assertMayManageRequest(db, request.actor, request.params.id);
    return cancelRequest(db, request.params.id, request.body.version);
  });
  route(app, 'POST /requests/:id/invitations', { access: policy.post, tags }, async (request) => {
    await assertMayManageRequest(db, request.actor, request.params.id);
    return inviteFirms(db, requireUser(request.actor), request.params.id, request.body);
  });
  route(app, 'POST /requests/:id/invitation-reply', { access: policy.take, tags }, async (request) => {
    await assertMayReadRequest(db, request.actor, request.params.id);
    const firm = firmOf(request.actor, request.body.enterpriseId);
    await assertMaySpeakFor(db, request.actor, firm);
    return replyInvitation(db, request.params.id, firm, request.body.reply);
  });
  route(app, 'POST /requests/:id/answers', { access: policy.take, tags }, async (request, reply) => {
    await assertMayReadRequest(db, request.actor, request.params.id);
    const firm = firmOf(request.actor, request.body.enterpriseId);
    await assertMaySpeakFor(db, request.actor, firm);
    const answer = await createAnswer(db, requireUser(request.actor), request.params.id, firm, request.body);
    return reply.status(201).send(answer);
  });
  route(app, 'PATCH /request-answers/:id', { access: policy.take, tags }, async (request) => {
    await assertMaySpeakFor(db, request.actor, await answerFirm(db, request.params.id));
    return changeAnswer(db, request.params.id, request.body);
  });
  route(app, 'POST /request-answers/:id/withdraw', { access: policy.take, tags }, async (request) => {
    await assertMaySpeakFor(db, request.actor, await answerFirm(db, request.params.id));
    return changeAnswer(db, request.params.id, request.body, true);
  });
  route(app, 'GET /requests/:id/messages', { access: policy.read, tags }, async (request) => {
    await assertMayReadRequest(db, request.actor, request.params.id);
    return { items: await listMessages(db, request.params.id) };
  });
  route(app, 'POST /requests/:id/messages', { access: policy.take, tags }, async (request, reply) => {
    const access = await assertMayReadRequest(db, request.actor, request.params.id);
    const row = await requireRequest(db, request.params.id);
    const speaksFor = request.body.enterpriseId ?? (access.manage ? row.poster_enterprise_id : undefined);
    const firm = speaksFor ?? firmOrNull(request.actor);
    if (firm) await assertMaySpeakFor(db, request.actor, firm);
    const message = await postMessage(
      db,
      requireUser(request.actor),
      request.params.id,
      firm,
      access.manage,
      request.body,
    );
    return reply.status(201).send(message);
  });
}

/** An enterprise user's only firm, if it has exactly one; officers write as themselves. */
function firmOrNull(actor: Parameters<typeof firmOf>[0]): string | null {
  if (actor.kind === 'user' && actor.role === 'enterprise' && actor.scopes.enterprises.length === 1) {
    return actor.scopes.enterprises[0] as string;
  }
  return null;
}

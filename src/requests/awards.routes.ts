import type { Actor } from '../auth/actor.ts';
import { requireUser } from '../auth/policy.ts';
import type { Db } from '../db/database.ts';
import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import {
  awardParties,
  awardRequest,
  confirmDelivery,
  rateAward,
  recordAwardBreach,
  reportFailure,
  startAward,
} from './awards.service.ts';
import type { AwardSide } from './requests.constants.ts';
import { assertMayManageRequest, assertMaySpeakFor, requestPolicy as policy } from './requests.policy.ts';

const tags = ['requests'];

/** 403 unless the actor may act as `side` of the award: the poster's side of its request, or its supplier. */
async function assertSide(db: Db, actor: Actor, awardId: string, side: AwardSide): Promise<void> {
  const parties = await awardParties(db, awardId);
  if (side === 'poster') await assertMayManageRequest(db, actor, parties.requestId);
  else await assertMaySpeakFor(db, actor, parties.enterpriseId);
}

/** Awards (split across firms), production, delivery confirmation by both sides, failures, ratings. */
export async function awardRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(app, 'POST /requests/:id/awards', { access: policy.post, tags }, async (request, reply) => {
    await assertMayManageRequest(db, request.actor, request.params.id);
    const items = await awardRequest(db, requireUser(request.actor), request.params.id, request.body);
    return reply.status(201).send({ items });
  });
  route(app, 'POST /request-awards/:id/start', { access: policy.take, tags }, async (request) => {
    await assertSide(db, request.actor, request.params.id, 'supplier');
    return startAward(db, request.params.id, request.body.version);
  });
  route(app, 'POST /request-awards/:id/confirm', { access: policy.take, tags }, async (request) => {
    await assertSide(db, request.actor, request.params.id, request.body.side);
    return confirmDelivery(db, request.params.id, request.body);
  });
  route(app, 'POST /request-awards/:id/failure', { access: policy.take, tags }, async (request) => {
    await assertSide(db, request.actor, request.params.id, request.body.side);
    return reportFailure(db, request.params.id, request.body);
  });
  route(app, 'POST /request-awards/:id/breach', { access: policy.post, tags }, async (request) => {
    await assertSide(db, request.actor, request.params.id, 'poster');
    return recordAwardBreach(db, request.params.id, request.body.version);
  });
  route(app, 'POST /request-awards/:id/rating', { access: policy.take, tags }, async (request, reply) => {
    await assertSide(db, request.actor, request.params.id, request.body.side);
    return reply
      .status(201)
      .send(await rateAward(db, requireUser(request.actor), request.params.id, request.body));
  });
}

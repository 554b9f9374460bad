import type { Actor } from '../auth/actor.ts';
import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { pledge, withdraw } from './pool-pledges.service.ts';
import { recordPurchase, splitPool } from './pool-purchase.service.ts';
import {
  assertMayManageFor,
  assertMayManagePool,
  assertMayPledge,
  assertPoolReadable,
  mayManagePool,
  pledgeableEnterprises,
  poolPolicy as policy,
} from './pools.policy.ts';
import type { Pool } from './pools.schema.ts';
import { cancelPool, closePool, createPool, getPool, listPools, updatePool } from './pools.service.ts';

const tags = ['pools'];

/** Joint purchasing pools: list, open, read, edit while open, pledge and withdraw, close, cancel, buy, split. */
export async function poolRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  /** The pool as this reader sees it: the firms they may pledge for, and whether they may run it. */
  const asSeenBy = async (actor: Actor, id: string): Promise<Pool> => ({
    ...(await getPool(db, id, pledgeableEnterprises(actor))),
    mayManage: await mayManagePool(db, actor, id),
  });
  route(app, 'GET /pools', { access: policy.read, tags }, async (request) =>
    listPools(db, request.query, policy.scope(request.actor)),
  );
  route(app, 'POST /pools', { access: policy.manage, tags }, async (request, reply) => {
    await assertMayManageFor(db, request.actor, request.body);
    const created = await createPool(db, request.body);
    return reply.status(201).send(await asSeenBy(request.actor, created.id));
  });
  route(app, 'GET /pools/:id', { access: policy.read, tags }, async (request) => {
    await assertPoolReadable(db, request.actor, request.params.id);
    return asSeenBy(request.actor, request.params.id);
  });
  route(app, 'PATCH /pools/:id', { access: policy.manage, tags }, async (request) => {
    await assertMayManagePool(db, request.actor, request.params.id);
    await updatePool(db, request.params.id, request.body);
    return asSeenBy(request.actor, request.params.id);
  });
  route(app, 'POST /pools/:id/pledges', { access: policy.pledge, tags }, async (request) => {
    await assertMayPledge(db, request.actor, request.params.id, request.body.enterpriseId);
    await pledge(db, request.params.id, request.body);
    return asSeenBy(request.actor, request.params.id);
  });
  route(app, 'POST /pools/:id/withdraw', { access: policy.pledge, tags }, async (request) => {
    await assertMayPledge(db, request.actor, request.params.id, request.body.enterpriseId);
    await withdraw(db, request.params.id, request.body);
    return asSeenBy(request.actor, request.params.id);
  });
  route(app, 'POST /pools/:id/close', { access: policy.manage, tags }, async (request) => {
    await assertMayManagePool(db, request.actor, request.params.id);
    await closePool(db, request.params.id, request.body);
    return asSeenBy(request.actor, request.params.id);
  });
  route(app, 'POST /pools/:id/cancel', { access: policy.manage, tags }, async (request) => {
    await assertMayManagePool(db, request.actor, request.params.id);
    await cancelPool(db, request.params.id, request.body);
    return asSeenBy(request.actor, request.params.id);
  });
  route(app, 'POST /pools/:id/purchase', { access: policy.manage, tags }, async (request) => {
    await assertMayManagePool(db, request.actor, request.params.id);
    await recordPurchase(db, request.params.id, request.body);
    return asSeenBy(request.actor, request.params.id);
  });
  route(app, 'POST /pools/:id/split', { access: policy.manage, tags }, async (request) => {
    await assertMayManagePool(db, request.actor, request.params.id);
    await splitPool(db, request.params.id, request.body);
    return asSeenBy(request.actor, request.params.id);
  });
}

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
import { cancelPool, closePool, createPool, getPool, listPools, updatePool } from './pools.service.ts';

const tags = ['pools'];

/** Joint purchasing pools: list, open, read, edit while open, pledge and withdraw, close, cancel, buy, split. */
export async function poolRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(app, 'GET /pools', { access: policy.read, tags }, async (request) =>
    listPools(db, request.query, policy.scope(request.actor)),
  );
  route(app, 'POST /pools', { access: policy.manage, tags }, async (request, reply) => {
    await assertMayManageFor(db, request.actor, request.body);
    return reply.status(201).send(await createPool(db, request.body));
  });
  route(app, 'GET /pools/:id', { access: policy.read, tags }, async (request) => {
    await assertPoolReadable(db, request.actor, request.params.id);
    const pool = await getPool(db, request.params.id, pledgeableEnterprises(request.actor));
    return { ...pool, mayManage: await mayManagePool(db, request.actor, pool.id) };
  });
  route(app, 'PATCH /pools/:id', { access: policy.manage, tags }, async (request) => {
    await assertMayManagePool(db, request.actor, request.params.id);
    return updatePool(db, request.params.id, request.body);
  });
  route(app, 'POST /pools/:id/pledges', { access: policy.pledge, tags }, async (request) => {
    await assertMayPledge(db, request.actor, request.params.id, request.body.enterpriseId);
    return pledge(db, request.params.id, request.body);
  });
  route(app, 'POST /pools/:id/withdraw', { access: policy.pledge, tags }, async (request) => {
    await assertMayPledge(db, request.actor, request.params.id, request.body.enterpriseId);
    return withdraw(db, request.params.id, request.body);
  });
  route(app, 'POST /pools/:id/close', { access: policy.manage, tags }, async (request) => {
    await assertMayManagePool(db, request.actor, request.params.id);
    return closePool(db, request.params.id, request.body);
  });
  route(app, 'POST /pools/:id/cancel', { access: policy.manage, tags }, async (request) => {
    await assertMayManagePool(db, request.actor, request.params.id);
    return cancelPool(db, request.params.id, request.body);
  });
  route(app, 'POST /pools/:id/purchase', { access: policy.manage, tags }, async (request) => {
    await assertMayManagePool(db, request.actor, request.params.id);
    return recordPurchase(db, request.params.id, request.body);
  });
  route(app, 'POST /pools/:id/split', { access: policy.manage, tags }, async (request) => {
    await assertMayManagePool(db, request.actor, request.params.id);
    return splitPool(db, request.params.id, request.body);
  });
}

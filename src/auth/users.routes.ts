import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { listTokens, revokeToken } from './tokens.ts';
import { userPolicy } from './users.policy.ts';
import { createUser, getUser, listUsers, setPassword, updateUser } from './users.service.ts';

const tags = ['users'];

/** Account administration: admins create users, set roles and scopes, reset passwords, revoke tokens. */
export async function userRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(app, 'GET /users', { access: userPolicy.read, tags: tags }, (request) =>
    listUsers(db, request.query.limit, request.query.offset),
  );
  route(app, 'GET /users/:id', { access: userPolicy.read, tags: tags }, (request) =>
    getUser(db, request.params.id),
  );
  route(app, 'POST /users', { access: userPolicy.manage, tags: tags }, async (request, reply) =>
    reply.status(201).send(await createUser(db, request.body)),
  );
  route(app, 'PATCH /users/:id', { access: userPolicy.manage, tags: tags }, (request) =>
    updateUser(db, request.params.id, request.body),
  );
  route(
    app,
    'POST /users/:id/password',
    { access: userPolicy.manage, tags: tags },
    async (request, reply) => {
      await setPassword(db, request.params.id, request.body.newPassword);
      return reply.status(204).send();
    },
  );
  route(app, 'GET /users/:id/tokens', { access: userPolicy.read, tags: tags }, async (request) => {
    await getUser(db, request.params.id);
    return listTokens(db, request.params.id);
  });
  route(app, 'DELETE /users/:id/tokens/:tokenId', { access: userPolicy.manage, tags: tags }, (request) =>
    revokeToken(db, request.params.id, request.params.tokenId),
  );
}

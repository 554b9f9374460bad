import { z } from 'zod';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { IdParamsSchema, pageOf } from '../shared/pagination.ts';
import { listTokens, revokeToken, TokenSchema } from './tokens.ts';
import { userPolicy } from './users.policy.ts';
import { PasswordResetSchema, UserCreateSchema, UserSchema, UserUpdateSchema } from './users.schema.ts';
import { createUser, getUser, listUsers, setPassword, updateUser } from './users.service.ts';

const tags = ['users'];

/** Account administration: admins create users, set roles and scopes, reset passwords, revoke tokens. */
export async function userRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  app.get(
    '/users',
    {
      schema: {
        tags,
        querystring: z
          .object({
            limit: z.coerce.number().int().min(1).max(500).default(100),
            offset: z.coerce.number().int().min(0).default(0),
          })
          .strict(),
        response: { 200: pageOf(UserSchema) },
      },
      config: { access: userPolicy.read },
    },
    (request) => listUsers(db, request.query.limit, request.query.offset),
  );
  app.get(
    '/users/:id',
    {
      schema: { tags, params: IdParamsSchema, response: { 200: UserSchema } },
      config: { access: userPolicy.read },
    },
    (request) => getUser(db, request.params.id),
  );
  app.post(
    '/users',
    {
      schema: { tags, body: UserCreateSchema, response: { 201: UserSchema } },
      config: { access: userPolicy.manage },
    },
    async (request, reply) => reply.status(201).send(await createUser(db, request.body)),
  );
  app.patch(
    '/users/:id',
    {
      schema: { tags, params: IdParamsSchema, body: UserUpdateSchema, response: { 200: UserSchema } },
      config: { access: userPolicy.manage },
    },
    (request) => updateUser(db, request.params.id, request.body),
  );
  app.post(
    '/users/:id/password',
    {
      schema: { tags, params: IdParamsSchema, body: PasswordResetSchema },
      config: { access: userPolicy.manage },
    },
    async (request, reply) => {
      await setPassword(db, request.params.id, request.body.newPassword);
      return reply.status(204).send();
    },
  );
  app.get(
    '/users/:id/tokens',
    {
      schema: { tags, params: IdParamsSchema, response: { 200: z.array(TokenSchema) } },
      config: { access: userPolicy.read },
    },
    async (request) => {
      await getUser(db, request.params.id);
      return listTokens(db, request.params.id);
    },
  );
  app.delete(
    '/users/:id/tokens/:tokenId',
    {
      schema: { tags, params: z.object({ id: z.uuid(), tokenId: z.uuid() }), response: { 200: TokenSchema } },
      config: { access: userPolicy.manage },
    },
    (request) => revokeToken(db, request.params.id, request.params.tokenId),
  );
}

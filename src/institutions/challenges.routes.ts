import type { AppDeps, SimpulApp } from '../http/types.ts';
import { IdParamsSchema, pageOf } from '../shared/pagination.ts';
import {
  ChallengeCreateSchema,
  ChallengeListQuerySchema,
  ChallengeSchema,
  ChallengeUpdateSchema,
} from './challenges.schema.ts';
import { createChallenge, getChallenge, listChallenges, updateChallenge } from './challenges.service.ts';

const tags = ['institutions'];

/** The challenges log of each institution: list and record under the institution, read and update alone. */
export async function challengeRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  app.get(
    '/institutions/:id/challenges',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: ChallengeListQuerySchema,
        response: { 200: pageOf(ChallengeSchema) },
      },
    },
    (request) => listChallenges(db, request.params.id, request.query),
  );
  app.post(
    '/institutions/:id/challenges',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: ChallengeCreateSchema,
        response: { 201: ChallengeSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createChallenge(db, request.params.id, request.body)),
  );
  app.get(
    '/challenges/:id',
    { schema: { tags, params: IdParamsSchema, response: { 200: ChallengeSchema } } },
    (request) => getChallenge(db, request.params.id),
  );
  app.patch(
    '/challenges/:id',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: ChallengeUpdateSchema,
        response: { 200: ChallengeSchema },
      },
    },
    (request) => updateChallenge(db, request.params.id, request.body),
  );
}

import type { Actor } from '../auth/actor.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { IdParamsSchema, pageOf } from '../shared/pagination.ts';
import {
  type Challenge,
  ChallengeCreateSchema,
  ChallengeListQuerySchema,
  ChallengeSchema,
  ChallengeUpdateSchema,
} from './challenges.schema.ts';
import { createChallenge, getChallenge, listChallenges, updateChallenge } from './challenges.service.ts';
import {
  assertChallengeInScope,
  assertInstitutionInScope,
  hidesChallengeNotes,
  institutionPolicy as policy,
} from './institutions.policy.ts';

const tags = ['institutions'];

/**
 * Notes are free text that often name board members and informants, so researchers without personal
 * data access get the structured fields only.
 */
function forReader(actor: Actor): (challenge: Challenge) => Challenge {
  return hidesChallengeNotes(actor)
    ? (challenge) => ({ ...challenge, notes: null })
    : (challenge) => challenge;
}

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
      config: { access: policy.readChallenges },
    },
    async (request) => {
      await assertInstitutionInScope(db, request.actor, request.params.id);
      const page = await listChallenges(db, request.params.id, request.query);
      return { ...page, items: page.items.map(forReader(request.actor)) };
    },
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
      config: { access: policy.editChallenges },
    },
    async (request, reply) => {
      await assertInstitutionInScope(db, request.actor, request.params.id);
      return reply.status(201).send(await createChallenge(db, request.params.id, request.body));
    },
  );
  app.get(
    '/challenges/:id',
    {
      schema: { tags, params: IdParamsSchema, response: { 200: ChallengeSchema } },
      config: { access: policy.readChallenges },
    },
    async (request) => {
      await assertChallengeInScope(db, request.actor, request.params.id);
      return forReader(request.actor)(await getChallenge(db, request.params.id));
    },
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
      config: { access: policy.editChallenges },
    },
    async (request) => {
      await assertChallengeInScope(db, request.actor, request.params.id);
      return updateChallenge(db, request.params.id, request.body);
    },
  );
}

import type { Actor } from '../auth/actor.ts';
import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import type { Challenge } from './challenges.schema.ts';
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
  route(
    app,
    'GET /institutions/:id/challenges',
    { access: policy.readChallenges, tags: tags },
    async (request) => {
      await assertInstitutionInScope(db, request.actor, request.params.id);
      const page = await listChallenges(db, request.params.id, request.query);
      return { ...page, items: page.items.map(forReader(request.actor)) };
    },
  );
  route(
    app,
    'POST /institutions/:id/challenges',
    { access: policy.editChallenges, tags: tags },
    async (request, reply) => {
      await assertInstitutionInScope(db, request.actor, request.params.id);
      return reply.status(201).send(await createChallenge(db, request.params.id, request.body));
    },
  );
  route(app, 'GET /challenges/:id', { access: policy.readChallenges, tags: tags }, async (request) => {
    await assertChallengeInScope(db, request.actor, request.params.id);
    return forReader(request.actor)(await getChallenge(db, request.params.id));
  });
  route(app, 'PATCH /challenges/:id', { access: policy.editChallenges, tags: tags }, async (request) => {
    await assertChallengeInScope(db, request.actor, request.params.id);
    return updateChallenge(db, request.params.id, request.body);
  });
}

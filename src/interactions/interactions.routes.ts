import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { INTERACTION_TYPES, LEGAL_PATTERNS, type LegalPattern } from './interaction-types.ts';
import { interactionAsSeenBy, interactionPolicy as policy } from './interactions.policy.ts';
import {
  createInteraction,
  getInteraction,
  listInteractions,
  setInteractionArchived,
  updateInteraction,
} from './interactions.service.ts';

const tags = ['interactions'];

const CATALOGUE = {
  types: [...INTERACTION_TYPES],
  legalPatterns: Object.entries(LEGAL_PATTERNS).map(([code, label]) => ({
    code: code as LegalPattern,
    label,
  })),
};

/**
 * Interactions (signed, typed, dated ties): the public type catalogue; list, read, record, update with
 * optimistic concurrency, archive and restore. Reads are limited to the actor's scope and writes to what
 * the actor may record (see `interactions.policy.ts`); the service applies both predicates.
 */
export async function interactionRoutes(app: SimpulApp, { db, pseudonymKey }: AppDeps): Promise<void> {
  route(app, 'GET /interaction-types', { access: policy.catalogue, tags: tags }, () => CATALOGUE);
  route(app, 'GET /interactions', { access: policy.read, tags: tags }, async (request) => {
    const { actor, query } = request;
    const page = await listInteractions(db, query, { scope: policy.readScope(actor) });
    return { ...page, items: page.items.map((tie) => interactionAsSeenBy(actor, pseudonymKey, tie)) };
  });
  route(app, 'GET /interactions/:id', { access: policy.read, tags: tags }, async (request) => {
    const { actor, params } = request;
    const tie = await getInteraction(db, params.id, { scope: policy.readScope(actor) });
    return interactionAsSeenBy(actor, pseudonymKey, tie);
  });
  route(app, 'POST /interactions', { access: policy.write, tags: tags }, async (request, reply) => {
    const { actor, body } = request;
    const tie = await createInteraction(db, body, { scope: policy.writeScope(actor) });
    return reply.status(201).send(interactionAsSeenBy(actor, pseudonymKey, tie));
  });
  route(app, 'PATCH /interactions/:id', { access: policy.write, tags: tags }, async (request) => {
    const { actor, params, body } = request;
    const tie = await updateInteraction(db, params.id, body, { scope: policy.writeScope(actor) });
    return interactionAsSeenBy(actor, pseudonymKey, tie);
  });
  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    route(
      app,
      `POST /interactions/:id/${action}` as const,
      { access: policy.write, tags },
      async (request) => {
        const { actor, params, body } = request;
        const tie = await setInteractionArchived(db, params.id, archived, body?.version, {
          scope: policy.writeScope(actor),
        });
        return interactionAsSeenBy(actor, pseudonymKey, tie);
      },
    );
  }
}

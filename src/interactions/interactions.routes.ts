import type { AppDeps, SimpulApp } from '../http/types.ts';
import { IdParamsSchema, pageOf, VersionBodySchema } from '../shared/pagination.ts';
import { INTERACTION_TYPES, LEGAL_PATTERNS, type LegalPattern } from './interaction-types.ts';
import { interactionAsSeenBy, interactionPolicy as policy } from './interactions.policy.ts';
import {
  InteractionCatalogueSchema,
  InteractionCreateSchema,
  InteractionListQuerySchema,
  InteractionSchema,
  InteractionUpdateSchema,
} from './interactions.schema.ts';
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
  app.get(
    '/interaction-types',
    {
      schema: { tags, response: { 200: InteractionCatalogueSchema } },
      config: { access: policy.catalogue },
    },
    () => CATALOGUE,
  );
  app.get(
    '/interactions',
    {
      schema: { tags, querystring: InteractionListQuerySchema, response: { 200: pageOf(InteractionSchema) } },
      config: { access: policy.read },
    },
    async (request) => {
      const { actor, query } = request;
      const page = await listInteractions(db, query, { scope: policy.readScope(actor) });
      return { ...page, items: page.items.map((tie) => interactionAsSeenBy(actor, pseudonymKey, tie)) };
    },
  );
  app.get(
    '/interactions/:id',
    {
      schema: { tags, params: IdParamsSchema, response: { 200: InteractionSchema } },
      config: { access: policy.read },
    },
    async (request) => {
      const { actor, params } = request;
      const tie = await getInteraction(db, params.id, { scope: policy.readScope(actor) });
      return interactionAsSeenBy(actor, pseudonymKey, tie);
    },
  );
  app.post(
    '/interactions',
    {
      schema: { tags, body: InteractionCreateSchema, response: { 201: InteractionSchema } },
      config: { access: policy.write },
    },
    async (request, reply) => {
      const { actor, body } = request;
      const tie = await createInteraction(db, body, { scope: policy.writeScope(actor) });
      return reply.status(201).send(interactionAsSeenBy(actor, pseudonymKey, tie));
    },
  );
  app.patch(
    '/interactions/:id',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: InteractionUpdateSchema,
        response: { 200: InteractionSchema },
      },
      config: { access: policy.write },
    },
    async (request) => {
      const { actor, params, body } = request;
      const tie = await updateInteraction(db, params.id, body, { scope: policy.writeScope(actor) });
      return interactionAsSeenBy(actor, pseudonymKey, tie);
    },
  );
  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/interactions/:id/${action}`,
      {
        schema: {
          tags,
          params: IdParamsSchema,
          body: VersionBodySchema,
          response: { 200: InteractionSchema },
        },
        config: { access: policy.write },
      },
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

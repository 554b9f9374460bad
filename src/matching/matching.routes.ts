import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { assertMayPreview, assertMayReadCandidates, matchingPolicy } from './matching.policy.ts';
import { candidatesForRequest, previewCandidates } from './matching.service.ts';

const tags = ['matching'];

/** The explained candidate ranking of a stored request, and of a draft before it is posted. */
export async function matchingRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(
    app,
    'GET /requests/:id/candidates',
    { access: matchingPolicy.candidates, tags, summary: 'Ranked, explained candidates of a request' },
    async (request) => {
      await assertMayReadCandidates(db, request.actor, request.params.id);
      return candidatesForRequest(db, request.params.id, request.query);
    },
  );
  route(
    app,
    'POST /matching/preview',
    { access: matchingPolicy.preview, tags, summary: 'Ranked, explained candidates of a draft request' },
    async (request) => {
      await assertMayPreview(db, request.actor, request.body.draft);
      return previewCandidates(db, request.body);
    },
  );
}

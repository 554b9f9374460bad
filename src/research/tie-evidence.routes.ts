import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { assertMayReadCenterNetwork, centerNetworkAccess } from '../networks/access/network.policy.ts';
import { researchPolicy } from './research.policy.ts';
import {
  centerEvidenceFor,
  linkEvidence,
  projectEvidenceFor,
  unlinkEvidence,
} from './tie-evidence.service.ts';

const tags = ['research'];

/** Tie evidence (issue #21): coded segments linked to the ties they support or contradict. */
export async function tieEvidenceRoutes(app: SimpulApp, { db, pseudonymKey }: AppDeps): Promise<void> {
  route(
    app,
    'POST /research/evidence',
    {
      access: researchPolicy.code,
      tags,
      summary: 'Link a coded segment to a tie it supports or contradicts, or record the tie from it',
      description:
        'A coder or lead of the segment’s project. `interactionId` names a recorded tie of a centre the ' +
        'project studies; `newTie` records one instead (reported by the researcher, the interview named in its ' +
        'evidence notes). The tie’s confidence is then derived from its evidence (both sides → verified, one ' +
        'side or third parties → reported, contradicted → suspected).',
    },
    async (request, reply) => reply.status(201).send(await linkEvidence(db, request.actor, request.body)),
  );
  route(
    app,
    'DELETE /research/evidence/:id',
    { access: researchPolicy.code, tags, summary: 'Unlink evidence (its author, or the project lead)' },
    async (request, reply) => {
      await unlinkEvidence(db, request.actor, request.params.id);
      return reply.status(204).send();
    },
  );
  route(
    app,
    'GET /research/projects/:id/evidence',
    {
      access: researchPolicy.read,
      tags,
      summary: 'A project’s segments to link, and its studied centres’ firms and ties (members only)',
    },
    async (request) => projectEvidenceFor(db, request.actor, pseudonymKey, request.params.id),
  );
  route(
    app,
    'GET /research/centers/:id/evidence',
    {
      access: centerNetworkAccess,
      tags,
      summary: 'The dyadic corroboration of a centre’s ties and their interview evidence',
      description:
        'Counts over every project’s still-consented evidence of the ties the reader may see; the pieces ' +
        '(document, pseudonym) only from projects the reader is a member of, and the words only with the ' +
        'informant’s quotation consent (otherwise `excerpt` is null: withheld).',
    },
    async (request) => {
      await assertMayReadCenterNetwork(db, request.actor, request.params.id);
      return centerEvidenceFor(db, request.actor, pseudonymKey, request.params.id);
    },
  );
}

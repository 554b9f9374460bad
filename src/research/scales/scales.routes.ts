import { route } from '../../http/route.ts';
import type { AppDeps, SimpulApp } from '../../http/types.ts';
import { AppError } from '../../shared/errors.ts';
import { tr } from '../../shared/lang.ts';
import { assertProjectRole, researchPolicy as policy } from '../research.policy.ts';
import { createResponse, importResponses } from './responses.service.ts';
import { scaleResults } from './results.service.ts';
import { SCALE_MESSAGES as m } from './scales.messages.ts';
import { deleteQuestionnaire, getScales, projectOfSurveyItem, updateItem } from './scales.service.ts';

const tags = ['research'];

/**
 * Survey scales of a research project (#21 item 8): members read the instruments and results, coders and
 * leads record answers, leads reword items (a new instrument version).
 */
export async function scaleRoutes(app: SimpulApp, { db, pseudonymKey }: AppDeps): Promise<void> {
  route(
    app,
    'GET /research/projects/:id/scales',
    {
      access: policy.read,
      tags,
      summary: 'The survey instruments (every version), the firms a response may name, the waves so far',
    },
    async (request) => {
      await assertProjectRole(db, request.actor, request.params.id, 'reader');
      return getScales(db, request.actor, pseudonymKey, request.params.id);
    },
  );
  route(
    app,
    'PATCH /research/survey-items/:id',
    {
      access: policy.lead,
      tags,
      summary: 'Reword (or re-key) an item: a new version of its instrument (lead)',
      description:
        'Responses already recorded keep the version they answered; new ones go to the new version.',
    },
    async (request) => {
      const projectId = await projectOfSurveyItem(db, request.params.id);
      if (projectId) await assertProjectRole(db, request.actor, projectId, 'lead');
      return updateItem(db, request.actor, request.params.id, request.body);
    },
  );
  route(
    app,
    'POST /research/projects/:id/scales/responses',
    { access: policy.code, tags, summary: "Record one enterprise's answers of one wave (coder or lead)" },
    async (request, reply) => {
      await assertProjectRole(db, request.actor, request.params.id, 'coder');
      return reply
        .status(201)
        .send(await createResponse(db, request.actor, pseudonymKey, request.params.id, request.body));
    },
  );
  // Its own scope, so its text/csv parser meets no other route's.
  await app.register(async (scope) => fileRoute(scope as SimpulApp, { db, pseudonymKey }));
  route(
    app,
    'DELETE /research/projects/:id/scales/responses',
    { access: policy.code, tags, summary: "Delete one enterprise's answers of one wave (coder or lead)" },
    async (request, reply) => {
      await assertProjectRole(db, request.actor, request.params.id, 'coder');
      const { enterpriseId, wave } = request.query;
      await deleteQuestionnaire(db, request.actor, request.params.id, enterpriseId, wave);
      return reply.status(204).send();
    },
  );
  route(
    app,
    'GET /research/projects/:id/scales/results',
    {
      access: policy.read,
      tags,
      summary: "Cronbach's α per scale and wave, and scale scores beside network positions",
      description:
        'α drops respondents missing an item (listwise) and is null with a reason when undefined. A score ' +
        'is the mean of the answered items when at least half are answered. Positions are today’s, from ' +
        'the centre’s analysis as the reader may see it; firms are named as the network page names them.',
    },
    async (request) => {
      await assertProjectRole(db, request.actor, request.params.id, 'reader');
      return scaleResults(db, request.actor, pseudonymKey, request.params.id, request.query.wave);
    },
  );
}

/** The CSV import, in its own plugin scope with a text/csv parser that hands over the bytes. */
function fileRoute(app: SimpulApp, { db, pseudonymKey }: Pick<AppDeps, 'db' | 'pseudonymKey'>): void {
  if (app.hasContentTypeParser('text/csv')) app.removeContentTypeParser('text/csv');
  app.addContentTypeParser('text/csv', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  route(
    app,
    'POST /research/projects/:id/scales/responses/file',
    {
      access: policy.code,
      tags,
      summary: 'Import answers from a CSV file sent as the body (coder or lead)',
      description:
        'Column 1 the enterprise (id, registry code, or pseudonym as shown), column 2 the wave, then one ' +
        'column per item code (an empty cell = not answered), optionally `answered_on`. UTF-8 only; every ' +
        'problem is listed by row and column, and nothing is written unless the whole file is good.',
    },
    async (request, reply) => {
      await assertProjectRole(db, request.actor, request.params.id, 'coder');
      const body = request.body as unknown;
      if (!Buffer.isBuffer(body)) throw new AppError('unsupported_media_type', tr(m.notCsv));
      return reply
        .status(201)
        .send(await importResponses(db, request.actor, pseudonymKey, request.params.id, body));
    },
  );
}

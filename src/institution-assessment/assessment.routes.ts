import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import {
  assertMayAnswer,
  assertMayReadAssessments,
  mayAnswerAssessment,
  assessmentPolicy as policy,
} from './assessment.policy.ts';
import { assessmentHistory, previewAssessment, recordAssessment } from './assessment.service.ts';

const tags = ['institutions'];

/** An institution's self-assessment: the live part now, the stored history, and answering. */
export async function assessmentRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(
    app,
    'GET /institutions/:id/assessment-preview',
    { access: policy.read, tags, summary: 'The live indicators today and the questionnaire to answer' },
    async (request) => {
      await assertMayReadAssessments(db, request.actor, request.params.id);
      const preview = await previewAssessment(db, request.params.id);
      return { ...preview, mayAnswer: await mayAnswerAssessment(db, request.actor, request.params.id) };
    },
  );
  route(
    app,
    'GET /institutions/:id/assessments',
    { access: policy.read, tags, summary: 'The stored assessments, newest first (the trend)' },
    async (request) => {
      await assertMayReadAssessments(db, request.actor, request.params.id);
      return assessmentHistory(db, request.params.id);
    },
  );
  route(
    app,
    'POST /institutions/:id/assessments',
    {
      access: policy.answer,
      tags,
      summary: 'Answer the questionnaire: scores it with the live data and stores it',
    },
    async (request, reply) => {
      await assertMayAnswer(db, request.actor, request.params.id);
      return reply
        .status(201)
        .send(await recordAssessment(db, request.actor, request.params.id, request.body));
    },
  );
}

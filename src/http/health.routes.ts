import { z } from 'zod';
import { PUBLIC } from '../auth/policy.ts';
import { QueueHealthSchema } from '../jobs/jobs.schema.ts';
import { queueHealth } from '../jobs/jobs.service.ts';
import { VERSION } from '../version.ts';
import type { AppDeps, SimpulApp } from './types.ts';

const HealthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['embedded', 'external']),
  version: z.string(),
  queue: QueueHealthSchema,
});

/** `GET /api/health`: answers only when the database answers; its one query also reads the job queue. */
export async function healthRoutes(app: SimpulApp, { db, mode }: AppDeps): Promise<void> {
  app.get(
    '/health',
    { schema: { tags: ['system'], response: { 200: HealthSchema } }, config: { access: PUBLIC } },
    async () => ({ status: 'ok' as const, database: mode, version: VERSION, queue: await queueHealth(db) }),
  );
}

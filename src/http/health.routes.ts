import { z } from 'zod';
import { PUBLIC } from '../auth/policy.ts';
import { QueueHealthSchema } from '../jobs/jobs.schema.ts';
import { queueHealth } from '../jobs/jobs.service.ts';
import { PROBE_MS, readiness, within } from '../observability/readiness.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import { VERSION } from '../version.ts';
import type { AppDeps, SimpulApp } from './types.ts';

const HealthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['embedded', 'external']),
  version: z.string(),
  queue: QueueHealthSchema.nullable().describe(
    'The job queue at a glance; null when the database does not answer',
  ),
});

const ReadySchema = z.object({ status: z.literal('ready'), version: z.string() });

const M = {
  database: {
    id: 'Belum siap: basis data tidak menjawab.',
    en: 'Not ready: the database does not answer.',
  },
  migrations: {
    id: 'Belum siap: basis data belum dimigrasi ({pending}); jalankan simpul migrate.',
    en: 'Not ready: the database lacks migrations ({pending}); run simpul migrate.',
  },
};

/**
 * `GET /api/health` (liveness: 200 while the process serves, the database or not — restarting the app
 * does not mend a database) and `GET /api/ready` (readiness: 200 when the database answers and has every
 * migration this program knows, else 503 naming the reason; a proxy sends traffic only to ready processes).
 */
export async function healthRoutes(app: SimpulApp, { db, mode }: AppDeps): Promise<void> {
  app.get(
    '/health',
    { schema: { tags: ['system'], response: { 200: HealthSchema } }, config: { access: PUBLIC } },
    async () => ({
      status: 'ok' as const,
      database: mode,
      version: VERSION,
      queue: await within(queueHealth(db), PROBE_MS, null),
    }),
  );
  app.get(
    '/ready',
    { schema: { tags: ['system'], response: { 200: ReadySchema } }, config: { access: PUBLIC } },
    async () => {
      const state = await readiness(db);
      if (state.ready) return { status: 'ready' as const, version: VERSION };
      const message =
        state.reason === 'database'
          ? tr(M.database)
          : tr(M.migrations, { pending: state.pending.join(', ') });
      throw new AppError('busy', message);
    },
  );
}

import { sql } from 'kysely';
import { z } from 'zod';
import { PUBLIC } from '../auth/policy.ts';
import { VERSION } from '../version.ts';
import type { AppDeps, SimpulApp } from './types.ts';

const HealthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['embedded', 'external']),
  version: z.string(),
});

/** `GET /api/health`: answers only when the database answers. */
export async function healthRoutes(app: SimpulApp, { db, mode }: AppDeps): Promise<void> {
  app.get(
    '/health',
    { schema: { tags: ['system'], response: { 200: HealthSchema } }, config: { access: PUBLIC } },
    async () => {
      await sql`SELECT 1`.execute(db);
      return { status: 'ok' as const, database: mode, version: VERSION };
    },
  );
}

import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DatabaseMode, Db } from '../db/database.ts';

/** The Fastify instance with zod typing, as route plugins see it. */
export type SimpulApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What every route plugin receives. */
export interface AppDeps {
  db: Db;
  /** A hot standby for the reads that may lag (`readDb`); absent: every read uses `db`. */
  dbRead?: Db;
  mode: DatabaseMode;
  /** Key turning ids into stable pseudonyms for researchers (see `src/auth/pseudonym.ts`). */
  pseudonymKey: string;
}

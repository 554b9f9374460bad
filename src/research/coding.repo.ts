import { sql } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';

/**
 * What the coding files share: which project a coding object belongs to, and which segments an actor may
 * see. The queries of each sub-concept live in `codebook.repo.ts`, `rounds.repo.ts`, `segments.repo.ts`,
 * `memos.repo.ts` and `coding-views.repo.ts`; their use cases in the services of the same names.
 *
 * Blindness: a segment of an open blind round is seen by its coder only — by the project's lead too, who
 * sees the round's counts but not its codings until it is closed.
 */

/** A coding object a route names by id. */
export type CodingTarget = 'project' | 'code' | 'round' | 'segment' | 'document';

/** The project of a code, round, segment or document (or the project itself); undefined when none. */
export async function findProjectIdOf(db: Db, target: CodingTarget, id: string): Promise<string | undefined> {
  const row = await (() => {
    switch (target) {
      case 'project':
        return db
          .selectFrom('research_projects')
          .select('id as project_id')
          .where('id', '=', id)
          .executeTakeFirst();
      case 'code':
        return db.selectFrom('research_codes').select('project_id').where('id', '=', id).executeTakeFirst();
      case 'round':
        return db.selectFrom('research_rounds').select('project_id').where('id', '=', id).executeTakeFirst();
      case 'document':
        return db
          .selectFrom('research_documents')
          .select('project_id')
          .where('id', '=', id)
          .executeTakeFirst();
      case 'segment':
        return db
          .selectFrom('research_segments as s')
          .innerJoin('research_documents as d', 'd.id', 's.document_id')
          .select('d.project_id')
          .where('s.id', '=', id)
          .executeTakeFirst();
    }
  })();
  return row?.project_id;
}

/** SQL: segment `s` may be seen by the actor (its blind round closed, or not blind, or the actor's own). */
export function visibleTo(actor: Actor) {
  if (actor.kind === 'system') return sql<boolean>`true`;
  const me = actor.kind === 'user' ? actor.userId : null;
  return sql<boolean>`(s.round_id IS NULL OR s.coder_id = ${me}::uuid OR EXISTS (
    SELECT 1 FROM research_rounds vr WHERE vr.id = s.round_id AND (vr.closed_at IS NOT NULL OR NOT vr.blind)))`;
}

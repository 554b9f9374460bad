import { type Actor, currentActor } from '../../auth/actor.ts';
import { requireUser } from '../../auth/policy.ts';
import { type Db, inTransaction } from '../../db/database.ts';
import { isUuid } from '../../db/versioned.ts';
import { enqueue } from '../../jobs/enqueue.ts';
import { lockAndCountUnfinished } from '../../jobs/per-user-quota.repo.ts';
import { AppError } from '../../shared/errors.ts';
import { tr } from '../../shared/i18n.ts';
import { IO_MESSAGES as M } from '../io.messages.ts';
import type { ImportKind } from '../io.schema.ts';
import { checkResearchTarget } from '../research-target.ts';
import { IMPORT_RUN_ATTEMPTS, importRunTask } from './import-run.task.ts';
import { assertMayReadRun } from './import-runs.policy.ts';
import { findImportRun, insertImportRun, listImportRuns, type NewImportRun } from './import-runs.repo.ts';
import type { ImportRun } from './import-runs.schema.ts';

/**
 * Stores a run with its file and queues its job, in one transaction: the job exists exactly when the run
 * does. A user with `perUser` runs not yet ended gets 429 (as for imports sent in one request), counted
 * under a per-user lock so two uploads at once cannot both pass. A research project in the settings is
 * checked first (`checkResearchTarget`).
 */
export async function createImportRun(db: Db, perUser: number, run: NewImportRun): Promise<string> {
  // A survey for a research project the importer may not code in is refused now, not when the worker runs.
  await checkResearchTarget(db, currentActor(), run.kind as ImportKind, run.options);
  return inTransaction(db, async (trx) => {
    if ((await lockAndCountUnfinished(trx, 'import_runs', run.userId)) >= perUser) {
      throw new AppError('rate_limited', tr(M.tooManyImports, { limit: perUser }), [], {
        retryAfterSeconds: 30,
      });
    }
    const runId = await insertImportRun(trx, run);
    await enqueue(trx, importRunTask.name, { runId }, { maxAttempts: IMPORT_RUN_ATTEMPTS });
    return runId;
  });
}

/** A run for `actor`: 404 when unknown, 403 when another user's (unless `actor` is an admin). */
export async function readImportRun(db: Db, actor: Actor, id: string): Promise<ImportRun> {
  return assertMayReadRun(actor, id, isUuid(id) ? await findImportRun(db, id) : undefined);
}

/** The signed-in user's 20 most recent runs. */
export function listOwnImportRuns(db: Db, actor: Actor): Promise<ImportRun[]> {
  return listImportRuns(db, requireUser(actor).userId, 20);
}

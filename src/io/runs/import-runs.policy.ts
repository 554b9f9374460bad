import type { Actor } from '../../auth/actor.ts';
import { assertInScope, isAdmin, requireUser, SIGNED_IN } from '../../auth/policy.ts';
import { errors } from '../../shared/errors.ts';
import { ioPolicy } from '../io.policy.ts';
import type { ImportRun } from './import-runs.schema.ts';

/**
 * Import runs: started by whoever may import (the same rule as `POST /api/import/:kind`); a run is read
 * by the user who started it, or an admin (it names the file and the rows that were refused).
 */
export const importRunPolicy = {
  create: ioPolicy.import,
  read: SIGNED_IN,
};

/** 404 for an unknown run, 403 for another user's run unless `actor` is an admin. */
export function assertMayReadRun(actor: Actor, id: string, run: ImportRun | undefined): ImportRun {
  const user = requireUser(actor);
  if (!run) throw errors.notFound('importRun', id);
  assertInScope(run.userId === user.userId || isAdmin(actor));
  return run;
}

import { type UserActor, withActor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../shared/errors.ts';
import { t, tr } from '../shared/i18n.ts';
import { MAX_SYNC_CHANGES } from './field.constants.ts';
import { FIELD_MESSAGES as m } from './field.messages.ts';
import type { FieldChangeResult, FieldSyncChange, FieldSyncResponse } from './field.schema.ts';
import { type Applied, applyChange, FieldVersionConflict } from './field-appliers.ts';
import {
  type ChangeArrival,
  type ChangeOutcome,
  claimChange,
  type FieldChangeRow,
  findChange,
  setChangeOutcome,
} from './field-changes.repo.ts';
import { FieldDependencyFailed } from './field-refs.ts';
import { isResearchChange, scopeMissing } from './field-research.ts';

/** A phone's clock may run a little ahead; more than this is a wrong clock. */
const CLOCK_SKEW_MS = 24 * 3_600_000;

const PENDING: ChangeOutcome = {
  status: 'applied',
  record_id: null,
  record_version: null,
  error: null,
  conflict_enterprise_id: null,
  conflict_mine: null,
};

/** The claim was taken by an earlier or concurrent delivery of the same change. */
class AlreadyReceived extends Error {}

/**
 * Applies a phone's changes in order, each in its own transaction together with its `field_changes` row,
 * and answers one result per change. A change received before answers its stored result and does nothing
 * again; a failed one does not stop the others. Writes run as the collector, the audit trail's request id
 * naming the change and when it was collected (`field:<clientChangeId>@<collectedAt>`).
 */
export async function syncFieldChanges(
  db: Db,
  actor: UserActor,
  changes: readonly FieldSyncChange[],
): Promise<FieldSyncResponse> {
  if (changes.length > MAX_SYNC_CHANGES) {
    throw new AppError(
      'payload_too_large',
      tr(m.tooManyChanges, { max: MAX_SYNC_CHANGES, count: changes.length }),
    );
  }
  const results: FieldChangeResult[] = new Array(changes.length);
  for (const index of applicationOrder(changes)) results[index] = await syncOne(db, actor, changes[index]!);
  return { results };
}

/**
 * The order changes are applied in: consent changes first (a withdrawal recorded after a note in the same
 * batch still stands before the note is stored), every other change in the request's order.
 */
function applicationOrder(changes: readonly FieldSyncChange[]): number[] {
  const indexes = changes.map((_, index) => index);
  const consent = indexes.filter((i) => changes[i]!.kind === 'informant.consent');
  return [...consent, ...indexes.filter((i) => changes[i]!.kind !== 'informant.consent')];
}

async function syncOne(db: Db, actor: UserActor, change: FieldSyncChange): Promise<FieldChangeResult> {
  const stored = await findChange(db, change.clientChangeId);
  if (stored) return resultOf(stored, true);
  const scopeId = isResearchChange(change.kind) ? change.projectId : change.centerId;
  if (!scopeId) {
    // Not stored: the row needs its scope; the phone sends the change again with it.
    const error = scopeMissing(change.kind, isResearchChange(change.kind) ? 'projectId' : 'centerId');
    return fresh(change, null, failure('rejected', error.code, error.message, error.details));
  }
  const arrival: ChangeArrival = {
    client_change_id: change.clientChangeId,
    user_id: actor.userId,
    // The centre, or for the research kinds the project (the column holds the change's scope).
    center_id: scopeId,
    kind: change.kind,
    collected_at: change.collectedAt,
    based_on_version: change.basedOnVersion ?? null,
  };
  const asCollector = <T>(work: () => Promise<T>) =>
    withActor(actor, work, `field:${change.clientChangeId}@${change.collectedAt}`);
  try {
    return await asCollector(() =>
      db.transaction().execute(async (trx) => {
        const claim = await claimChange(trx, arrival, PENDING);
        if (!claim) throw new AlreadyReceived();
        assertCollectedInPast(change.collectedAt);
        const applied: Applied = await applyChange(trx, actor, change);
        const outcome = { ...PENDING, record_id: applied.recordId, record_version: applied.recordVersion };
        await setChangeOutcome(trx, claim, outcome);
        return fresh(change, claim, outcome);
      }),
    );
  } catch (error) {
    if (error instanceof AlreadyReceived) return replay(db, change.clientChangeId);
    if (error instanceof FieldDependencyFailed) {
      // Not stored: it turns on another change's fate, and is decided again when this one is sent again.
      const outcome = failure('dependencyFailed', 'unprocessable', error.message, [
        { path: error.path, message: error.message },
      ]);
      return fresh(change, null, outcome);
    }
    const outcome = outcomeOf(error);
    const id = await asCollector(() => claimChange(db, arrival, outcome));
    return id ? fresh(change, id, outcome) : replay(db, change.clientChangeId);
  }
}

/** What a failed change's error means for its result; unknown errors are not a result but a fault. */
function outcomeOf(error: unknown): ChangeOutcome {
  if (error instanceof FieldVersionConflict) {
    return {
      ...PENDING,
      status: 'conflict',
      record_id: error.enterpriseId,
      conflict_enterprise_id: error.enterpriseId,
      conflict_mine: error.changes,
    };
  }
  if (error instanceof AppError && error.code !== 'unauthorized' && error.code !== 'busy') {
    const status = error.code === 'forbidden' ? 'forbidden' : 'rejected';
    return failure(status, error.code, error.message, error.details);
  }
  throw error;
}

function failure(
  status: string,
  code: AppError['code'],
  message: string,
  details: AppError['details'],
): ChangeOutcome {
  return { ...PENDING, status, error: { code, message, details: [...details] } };
}

/** 422 on `collectedAt` when the phone says it was collected tomorrow or later. */
function assertCollectedInPast(collectedAt: string): void {
  if (Date.parse(collectedAt) <= Date.now() + CLOCK_SKEW_MS) return;
  const message = tr(m.collectedInFuture, { at: collectedAt });
  throw new AppError('unprocessable', message, [{ path: 'collectedAt', message }]);
}

async function replay(db: Db, clientChangeId: string): Promise<FieldChangeResult> {
  const stored = await findChange(db, clientChangeId);
  if (!stored) throw new AppError('internal', t('internal'));
  return resultOf(stored, true);
}

function fresh(change: FieldSyncChange, id: string | null, outcome: ChangeOutcome): FieldChangeResult {
  return {
    clientChangeId: change.clientChangeId,
    kind: change.kind,
    status: outcome.status as FieldChangeResult['status'],
    replayed: false,
    recordId: outcome.record_id,
    recordVersion: outcome.record_version,
    conflictId: outcome.status === 'conflict' ? id : null,
    error: outcome.error,
    receivedAt: new Date().toISOString(),
  };
}

/** The stored result of a change. */
export function resultOf(row: FieldChangeRow, replayed: boolean): FieldChangeResult {
  return {
    clientChangeId: row.client_change_id,
    kind: row.kind as FieldChangeResult['kind'],
    status: row.status as FieldChangeResult['status'],
    replayed,
    recordId: row.record_id,
    recordVersion: row.record_version,
    conflictId: row.status === 'conflict' ? row.id : null,
    error: row.error,
    receivedAt: new Date(row.received_at).toISOString(),
  };
}

import { type UserActor, withActor } from '../auth/actor.ts';
import { assertInScope } from '../auth/policy.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { assertMayEditEnterprise, enterprisePolicy } from '../enterprises/enterprises.policy.ts';
import type { EnterpriseDetail } from '../enterprises/enterprises.schema.ts';
import { getEnterprise, updateEnterprise } from '../enterprises/enterprises.service.ts';
import { AppError, errors } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { FIELD_MESSAGES as m } from './field.messages.ts';
import { fieldPolicy } from './field.policy.ts';
import type {
  FieldConflict,
  FieldConflictResolve,
  FieldEnterpriseChanges,
  FieldEnterpriseValues,
} from './field.schema.ts';
import {
  enterpriseRowAtVersion,
  type FieldChangeRow,
  listOpenConflicts,
  lockChange,
  markResolved,
} from './field-changes.repo.ts';

/** The open conflicts of the actor's own changes, oldest first, with the server's values now. */
export async function listFieldConflicts(db: Db, actor: UserActor): Promise<{ items: FieldConflict[] }> {
  const rows = await listOpenConflicts(db, actor.userId);
  const items: FieldConflict[] = [];
  for (const row of rows) items.push(await conflictOf(db, row));
  return { items };
}

/**
 * Resolves conflict `id` as `body.keep` says: `theirs` closes it without writing; `mine` and `merged`
 * write through `updateEnterprise`, checked against `body.version` (a newer version is a 409 and the
 * conflict stays open), with the access checks of `PATCH /api/enterprises/:id`.
 */
export async function resolveFieldConflict(
  db: Db,
  actor: UserActor,
  id: string,
  body: FieldConflictResolve,
): Promise<FieldConflict> {
  // The write runs as the collector's change: the audit row names it and when it was collected.
  const first = isUuid(id) ? await lockChange(db, id) : undefined;
  const requestId = first && `field:${first.client_change_id}@${new Date(first.collected_at).toISOString()}`;
  const resolved = await withActor(
    actor,
    () =>
      db.transaction().execute(async (trx) => {
        const row = isUuid(id) ? await lockChange(trx, id) : undefined;
        if (row?.status !== 'conflict' || !row.conflict_enterprise_id || !row.conflict_mine) {
          throw new AppError('not_found', tr(m.conflictNotFound, { id }));
        }
        assertInScope(fieldPolicy.mayResolve(actor, row.user_id));
        if (row.resolved_at) throw errors.unprocessable(tr(m.conflictClosed));
        const enterpriseId = row.conflict_enterprise_id;
        let version = body.version;
        if (body.keep !== 'theirs') {
          const values = body.keep === 'mine' ? row.conflict_mine : body.merged;
          if (!values) {
            const message = tr(m.mergedRequired);
            throw errors.validation([{ path: 'merged', message }]);
          }
          await assertMayEditEnterprise(trx, actor, enterpriseId);
          if (values.regionCode !== undefined)
            assertInScope(enterprisePolicy.canPlace(actor, values.regionCode));
          const updated = await updateEnterprise(trx, enterpriseId, { ...values, version });
          version = updated.version;
        }
        await markResolved(trx, row.id, body.keep, version);
        return (await lockChange(trx, row.id)) as FieldChangeRow;
      }),
    requestId,
  );
  return conflictOf(db, resolved);
}

/** A stored conflict with the firm's name, version and values now. */
async function conflictOf(db: Db, row: FieldChangeRow): Promise<FieldConflict> {
  const enterpriseId = row.conflict_enterprise_id as string;
  const mine = (row.conflict_mine ?? {}) as FieldEnterpriseChanges;
  const current = await getEnterprise(db, enterpriseId);
  return {
    id: row.id,
    clientChangeId: row.client_change_id,
    centerId: row.center_id,
    enterpriseId,
    enterpriseName: current.name,
    collectedAt: new Date(row.collected_at).toISOString(),
    receivedAt: new Date(row.received_at).toISOString(),
    basedOnVersion: row.based_on_version ?? 0,
    currentVersion: current.version,
    mine: mine as FieldEnterpriseValues,
    theirs: valuesOf(current, Object.keys(mine)),
    base: await baseOf(db, enterpriseId, row.based_on_version, Object.keys(mine)),
    status: row.resolved_at ? 'resolved' : 'open',
    resolution: (row.resolution as FieldConflict['resolution']) ?? null,
    resolvedAt: row.resolved_at ? new Date(row.resolved_at).toISOString() : null,
  };
}

/**
 * The fields `keys` as the firm stood at `version`, read from the audit trail's copy of the row (stored
 * column names: `ownerName` is `owner_name`); a field the row does not hold as such (KBLI lines, roles in
 * their own tables) is left out, and the merge then asks about it.
 */
async function baseOf(
  db: Db,
  enterpriseId: string,
  version: number | null,
  keys: readonly string[],
): Promise<FieldEnterpriseValues | null> {
  if (version === null) return null;
  const stored = await enterpriseRowAtVersion(db, enterpriseId, version);
  if (!stored) return null;
  const values: Record<string, unknown> = {};
  for (const key of keys) {
    const column = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    const value = stored[column];
    if (column in stored && (value === null || typeof value !== 'object')) values[key] = value;
  }
  return values as FieldEnterpriseValues;
}

/** The firm's current values of the fields `keys`. */
function valuesOf(current: EnterpriseDetail, keys: readonly string[]): FieldEnterpriseValues {
  const values: Record<string, unknown> = {};
  for (const key of keys) if (key in current) values[key] = current[key as keyof EnterpriseDetail];
  return values as FieldEnterpriseValues;
}

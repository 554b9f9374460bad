import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { toIso } from '../shared/dates.ts';
import { errors } from '../shared/errors.ts';
import { t } from '../shared/i18n.ts';
import type { Page } from '../shared/pagination.ts';
import {
  type ChallengeRow,
  findChallengeRow,
  findInstitutionState,
  insertChallenge,
  listChallengeRows,
  lockChallengeRow,
  updateChallengeRow,
} from './challenges.repo.ts';
import { type ChallengeDates, canMoveChallengeStatus, challengeDateProblems } from './challenges.rules.ts';
import type {
  Challenge,
  ChallengeCreate,
  ChallengeListQuery,
  ChallengeStatus,
  ChallengeUpdate,
} from './challenges.schema.ts';

/** An institution's challenges log, filtered and paginated; 404 when the institution does not exist. */
export async function listChallenges(
  db: Db,
  institutionId: string,
  query: ChallengeListQuery,
): Promise<Page<Challenge>> {
  await requireInstitution(db, institutionId);
  const { rows, total } = await listChallengeRows(db, institutionId, query);
  return { items: rows.map(rowToChallenge), total, limit: query.limit, offset: query.offset };
}

/** One challenge by id; 404 when it does not exist. */
export async function getChallenge(db: Db, id: string): Promise<Challenge> {
  const row = isUuid(id) ? await findChallengeRow(db, id) : undefined;
  if (!row) throw errors.notFound('challenge', id);
  return rowToChallenge(row);
}

/** Records a challenge; an archived institution takes no new entries until it is restored. */
export async function createChallenge(
  db: Db,
  institutionId: string,
  input: ChallengeCreate,
): Promise<Challenge> {
  const institution = await requireInstitution(db, institutionId);
  if (institution.archived) {
    throw errors.unprocessable(t('archived', { entity: t('institution') }));
  }
  const dates = { status: input.status, observedOn: input.observedOn, resolvedOn: input.resolvedOn ?? null };
  assertDates(dates);
  const row = await insertChallenge(db, {
    institution_id: institutionId,
    category: input.category,
    severity: input.severity,
    status: dates.status,
    observed_on: dates.observedOn,
    resolved_on: dates.resolvedOn,
    notes: input.notes ?? null,
  });
  return rowToChallenge(row);
}

/**
 * Applies a partial update if `input.version` is still current (else 409, nothing changed). Reopening a
 * resolved challenge clears its resolution date unless the client sends one (which is then refused).
 */
export async function updateChallenge(db: Db, id: string, input: ChallengeUpdate): Promise<Challenge> {
  if (!isUuid(id)) throw errors.notFound('challenge', id);
  const row = await db.transaction().execute(async (trx) => {
    const current = await lockChallengeRow(trx, id);
    if (!current) throw errors.notFound('challenge', id);
    if (current.version !== input.version) {
      throw errors.versionConflict('challenge', input.version, current.version);
    }
    const from = current.status as ChallengeStatus;
    const status = input.status ?? from;
    if (!canMoveChallengeStatus(from, status)) {
      const message = t('invalid_status_transition', { from, to: status });
      throw errors.unprocessable(message, [{ path: 'status', message }]);
    }
    const dates: ChallengeDates = {
      status,
      observedOn: input.observedOn ?? current.observed_on,
      resolvedOn:
        input.resolvedOn !== undefined
          ? input.resolvedOn
          : status === 'resolved'
            ? current.resolved_on
            : null,
    };
    assertDates(dates);
    return updateChallengeRow(trx, id, {
      ...(input.category !== undefined && { category: input.category }),
      ...(input.severity !== undefined && { severity: input.severity }),
      ...(input.notes !== undefined && { notes: input.notes }),
      status: dates.status,
      observed_on: dates.observedOn,
      resolved_on: dates.resolvedOn,
    });
  });
  return rowToChallenge(row);
}

async function requireInstitution(db: Db, id: string): Promise<{ archived: boolean }> {
  const state = isUuid(id) ? await findInstitutionState(db, id) : undefined;
  if (!state) throw errors.notFound('institution', id);
  return state;
}

function assertDates(dates: ChallengeDates): void {
  const details = challengeDateProblems(dates);
  const [first] = details;
  if (first) throw errors.unprocessable(first.message, details);
}

/** Turns a stored row into the API's challenge. */
export function rowToChallenge(row: ChallengeRow): Challenge {
  return {
    id: row.id,
    institutionId: row.institution_id,
    category: row.category as Challenge['category'],
    severity: row.severity as Challenge['severity'],
    status: row.status as ChallengeStatus,
    observedOn: row.observed_on,
    resolvedOn: row.resolved_on,
    notes: row.notes,
    version: row.version,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

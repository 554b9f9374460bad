import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { isUuid } from '../db/versioned.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import type { Page } from '../shared/pagination.ts';
import { todayWib } from '../shared/periods.ts';
import { WHAT_IF_MESSAGES as m } from './scenarios.messages.ts';
import { mayDeleteScenario } from './scenarios.policy.ts';
import { deleteScenarioRow, insertScenario, scenarioRow, scenarioRows } from './scenarios.repo.ts';
import type { Scenario, ScenarioCreate } from './scenarios.schema.ts';
import { runWhatIf } from './what-if.service.ts';

const notFound = (id: string) => new AppError('not_found', tr(m.scenarioNotFound, { id }));

type Row = NonNullable<Awaited<ReturnType<typeof scenarioRow>>>;

function rowToScenario(row: Row, actor: Actor): Scenario {
  return {
    id: row.id,
    centerId: row.center_id,
    name: row.name,
    edits: row.edits,
    createdBy: row.author_name ?? null,
    createdAt: new Date(row.created_at).toISOString(),
    mayDelete: mayDeleteScenario(actor, row.center_id, row.created_by),
  };
}

/**
 * Saves a scenario after simulating its edits on today's network as the author sees it, so a scenario
 * naming a firm outside the centre is refused with the same message as the what-if, and nothing written.
 */
export async function saveScenario(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  centerId: string,
  input: ScenarioCreate,
): Promise<Scenario> {
  await runWhatIf(db, actor, pseudonymKey, centerId, { edits: input.edits, at: todayWib() });
  const userId = actor.kind === 'user' ? actor.userId : null;
  const id = await insertScenario(db, centerId, input, userId);
  return getScenario(db, actor, id);
}

/** One scenario; 404 when unknown. */
export async function getScenario(db: Db, actor: Actor, id: string): Promise<Scenario> {
  const row = isUuid(id) ? await scenarioRow(db, id) : undefined;
  if (!row) throw notFound(id);
  return rowToScenario(row, actor);
}

/** A centre's scenarios, newest first. */
export async function listScenarios(
  db: Db,
  actor: Actor,
  centerId: string,
  query: { limit: number; offset: number },
): Promise<Page<Scenario>> {
  const { rows, total } = await scenarioRows(db, centerId, query.limit, query.offset);
  return { items: rows.map((r) => rowToScenario(r, actor)), total, limit: query.limit, offset: query.offset };
}

/** Deletes a scenario (access checked by the policy); 404 when unknown. */
export async function deleteScenario(db: Db, id: string): Promise<void> {
  const row = isUuid(id) ? await scenarioRow(db, id) : undefined;
  if (!row) throw notFound(id);
  await deleteScenarioRow(db, id);
}

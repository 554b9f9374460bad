import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import { AppError, errors } from '../../shared/errors.ts';
import { tr } from '../../shared/lang.ts';
import { projectExists } from '../projects.repo.ts';
import { logResearchEvent } from '../projects.service.ts';
import { listInstruments, loadInstruments, toInstrument } from './instruments.ts';
import { SCALE_KEYS } from './scales.constants.ts';
import { SCALE_MESSAGES as m } from './scales.messages.ts';
import {
  deleteResponses,
  insertInstrument,
  latestNumber,
  listWaves,
  lockItemInstrument,
  projectOfItem,
} from './scales.repo.ts';
import type { Instrument, ItemUpdate, Scales } from './scales.schema.ts';
import { projectFirms } from './scales-firms.ts';

/** The survey scales' instruments (#21 item 8): reading them, new versions of their items, deleting answers. */

/** The project of a survey item (null when the item does not exist: the service answers 404). */
export function projectOfSurveyItem(db: Db, itemId: string): Promise<string | null> {
  return projectOfItem(db, itemId);
}

/** 404 unless the project exists. */
export async function assertProject(db: Db, projectId: string): Promise<void> {
  if (!(await projectExists(db, projectId))) throw errors.notFound('researchProject', projectId);
}

/** The project's instruments (every version), the firms a response may name, and the waves so far. */
export async function getScales(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  projectId: string,
): Promise<Scales> {
  await assertProject(db, projectId);
  const [instruments, { firms }, waves] = await Promise.all([
    listInstruments(db, projectId),
    projectFirms(db, actor, pseudonymKey, projectId),
    listWaves(db, projectId),
  ]);
  const order = (scale: string) => SCALE_KEYS.indexOf(scale as (typeof SCALE_KEYS)[number]);
  instruments.sort((a, b) => order(a.scale) - order(b.scale) || a.version - b.version);
  return { projectId, likertPoints: 5, instruments, firms, waves };
}

/**
 * New wording or keying of an item of a scale's current version: written as the next version (every item
 * copied, this one changed), so the responses already recorded keep the version they answered.
 */
export async function updateItem(
  db: Db,
  actor: Actor,
  itemId: string,
  input: ItemUpdate,
): Promise<Instrument> {
  if (input.textId === undefined && input.textEn === undefined && input.reverse === undefined)
    throw errors.unprocessable(tr(m.nothingToChange), [{ path: 'textId', message: tr(m.nothingToChange) }]);
  const newId = await db.transaction().execute(async (trx) => {
    const found = await lockItemInstrument(trx, itemId);
    if (!found) throw errors.notFound('researchSurveyItem', itemId);
    const { instrument } = found;
    const latest = await latestNumber(trx, instrument.project_id, instrument.scale);
    if (instrument.number !== latest)
      throw new AppError('conflict', tr(m.notCurrentVersion, { version: instrument.number }));
    const loaded = (await loadInstruments(trx, instrument.project_id)).find(
      (l) => l.row.id === instrument.id,
    );
    const items = (loaded?.items ?? []).map((i) =>
      i.id === itemId
        ? {
            ...i,
            text_id: input.textId ?? i.text_id,
            text_en: input.textEn ?? i.text_en,
            reverse: input.reverse ?? i.reverse,
          }
        : i,
    );
    const id = await insertInstrument(
      trx,
      {
        project_id: instrument.project_id,
        scale: instrument.scale,
        number: latest + 1,
        name: instrument.name,
      },
      items.map(({ position, key, text_id, text_en, reverse }) => ({
        position,
        key,
        text_id,
        text_en,
        reverse,
      })),
    );
    await logResearchEvent(trx, instrument.project_id, actor, 'instrument_versioned', {
      scale: instrument.scale,
      version: latest + 1,
      item: found.item.key,
    });
    return { id, projectId: instrument.project_id };
  });
  const loaded = (await loadInstruments(db, newId.projectId)).find((l) => l.row.id === newId.id);
  if (!loaded) throw errors.notFound('researchSurveyItem', itemId);
  return toInstrument(loaded, 0);
}

/** Deletes an enterprise's answers of one wave (every scale); 404 when there were none. */
export async function deleteQuestionnaire(
  db: Db,
  actor: Actor,
  projectId: string,
  enterpriseId: string,
  wave: string,
): Promise<void> {
  await assertProject(db, projectId);
  await db.transaction().execute(async (trx) => {
    const deleted = await deleteResponses(trx, projectId, enterpriseId, wave);
    if (deleted === 0) throw new AppError('not_found', tr(m.nothingDeleted, { wave }));
    await logResearchEvent(trx, projectId, actor, 'survey_deleted', {
      enterpriseId,
      wave,
      responses: deleted,
    });
  });
}

import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import { AppError, type ErrorDetail, errors } from '../../shared/errors.ts';
import { tr } from '../../shared/lang.ts';
import { actorUserId, logResearchEvent } from '../projects.service.ts';
import { hidesInformantLinks } from '../research.policy.ts';
import { type LoadedInstrument, loadInstruments } from './instruments.ts';
import { scaleName } from './scales.constants.ts';
import { CSV_MESSAGES, SCALE_MESSAGES as m } from './scales.messages.ts';
import { existingResponses, externalIds, insertResponse } from './scales.repo.ts';
import type { ResponseCreate, ResponsesWritten } from './scales.schema.ts';
import { assertProject } from './scales.service.ts';
import { readSurveyCsv } from './scales-csv.ts';
import { projectFirms } from './scales-firms.ts';

/**
 * Recording survey answers: one questionnaire (an enterprise × a wave, every scale at once) from the form,
 * or many from a CSV. A questionnaire becomes one response per scale with at least one answer, written to
 * the scale's current version. An enterprise answers each scale once per wave; replacing answers means
 * deleting them first. An import is all or nothing: one transaction, written only when no row has a problem.
 */

/** One questionnaire ready to write. */
interface Questionnaire {
  row?: number;
  enterpriseId: string;
  wave: string;
  answeredOn: string | null;
  /** Item key → 1–5. */
  answers: ReadonlyMap<string, number>;
}

/** The current version's items by key. */
function currentItems(instruments: readonly LoadedInstrument[]) {
  const byKey = new Map<string, { instrument: LoadedInstrument; itemId: string }>();
  for (const instrument of instruments.filter((i) => i.current))
    for (const item of instrument.items) byKey.set(item.key, { instrument, itemId: item.id });
  return byKey;
}

async function write(
  trx: Db,
  actor: Actor,
  projectId: string,
  instruments: readonly LoadedInstrument[],
  questionnaires: readonly Questionnaire[],
): Promise<ResponsesWritten> {
  const items = currentItems(instruments);
  let responses = 0;
  for (const q of questionnaires) {
    for (const instrument of instruments.filter((i) => i.current)) {
      const answers = instrument.items.flatMap((item) => {
        const value = q.answers.get(item.key);
        return value === undefined ? [] : [{ item_id: item.id, value }];
      });
      if (answers.length === 0) continue;
      await insertResponse(
        trx,
        {
          instrument_id: instrument.row.id,
          enterprise_id: q.enterpriseId,
          wave: q.wave,
          answered_on: q.answeredOn,
          created_by: actorUserId(actor),
        },
        answers,
      );
      responses += 1;
    }
  }
  const waves = [...new Set(questionnaires.map((q) => q.wave))];
  await logResearchEvent(trx, projectId, actor, 'survey_recorded', {
    questionnaires: questionnaires.length,
    responses,
    waves,
    items: items.size,
  });
  return { questionnaires: questionnaires.length, responses, waves };
}

/** The scales (names in the reader's language) each questionnaire already has answers for, by its index. */
async function clashes(trx: Db, projectId: string, questionnaires: readonly Questionnaire[]) {
  const found = await existingResponses(trx, projectId, questionnaires);
  const byIndex = new Map<number, string[]>();
  questionnaires.forEach((q, i) => {
    const scales = found
      .filter((f) => f.enterprise_id === q.enterpriseId && f.wave === q.wave)
      .map((f) => tr(scaleName(f.scale, f.scale)));
    if (scales.length > 0) byIndex.set(i, scales);
  });
  return byIndex;
}

/** Records one enterprise's questionnaire of one wave from the form. */
export async function createResponse(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  projectId: string,
  input: ResponseCreate,
): Promise<ResponsesWritten> {
  await assertProject(db, projectId);
  const { firms } = await projectFirms(db, actor, pseudonymKey, projectId);
  if (!firms.some((f) => f.id === input.enterpriseId))
    throw errors.unprocessable(tr(m.firmNotInProject), [
      { path: 'enterpriseId', message: tr(m.firmNotInProject) },
    ]);
  const instruments = await loadInstruments(db, projectId);
  const items = currentItems(instruments);
  const answers = new Map<string, number>();
  const problems: ErrorDetail[] = [];
  for (const [key, value] of Object.entries(input.answers)) {
    if (!items.has(key)) problems.push({ path: `answers.${key}`, message: tr(m.unknownItem, { key }) });
    else if (value !== null) answers.set(key, value);
  }
  if (problems.length === 0 && answers.size === 0)
    problems.push({ path: 'answers', message: tr(m.noAnswers) });
  if (problems.length > 0) throw errors.unprocessable(problems[0]?.message ?? '', problems);
  const questionnaire = {
    enterpriseId: input.enterpriseId,
    wave: input.wave,
    answeredOn: input.answeredOn ?? null,
    answers,
  };
  return db.transaction().execute(async (trx) => {
    const clash = (await clashes(trx, projectId, [questionnaire])).get(0);
    if (clash) {
      const message = tr(m.alreadyAnswered, { wave: input.wave, scales: clash.join(', ') });
      throw errors.unprocessable(message, [{ path: 'wave', message }]);
    }
    return write(trx, actor, projectId, instruments, [questionnaire]);
  });
}

/**
 * Imports a survey CSV (`scales-csv.ts` says its layout). Every problem of the file — a bad cell, an unknown
 * firm, a questionnaire already recorded — is listed in one 422, and nothing is written.
 */
export async function importResponses(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  projectId: string,
  bytes: Uint8Array,
): Promise<ResponsesWritten> {
  await assertProject(db, projectId);
  const { firms } = await projectFirms(db, actor, pseudonymKey, projectId);
  // Registry codes only for readers who see names: a pseudonymised reader must not match codes to firms.
  const codes = hidesInformantLinks(actor)
    ? new Map<string, string>()
    : await externalIds(
        db,
        firms.map((f) => f.id),
      );
  const byValue = new Map<string, string>();
  for (const firm of firms) {
    byValue.set(firm.id.toLowerCase(), firm.id);
    byValue.set(firm.label.toLowerCase(), firm.id);
    const code = codes.get(firm.id);
    if (code) byValue.set(code.toLowerCase(), firm.id);
  }
  const instruments = await loadInstruments(db, projectId);
  const keys = [...currentItems(instruments).keys()];
  const read = readSurveyCsv(bytes, keys, (value) => byValue.get(value.toLowerCase()) ?? null);
  const refuse = (problems: ErrorDetail[]) =>
    new AppError('unprocessable', tr(CSV_MESSAGES.summary, { count: problems.length }), problems);
  if (read.problems.length > 0) throw refuse(read.problems);
  return db.transaction().execute(async (trx) => {
    const clash = await clashes(trx, projectId, read.rows);
    if (clash.size > 0)
      throw refuse(
        [...clash.keys()].map((i) => {
          const row = read.rows[i] as (typeof read.rows)[number];
          return {
            path: `row ${row.row}`,
            message: tr(CSV_MESSAGES.alreadyAnswered, { row: row.row, wave: row.wave }),
          };
        }),
      );
    return write(trx, actor, projectId, instruments, read.rows);
  });
}

import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import { tr } from '../../shared/lang.ts';
import { type LoadedInstrument, loadInstruments } from './instruments.ts';
import { SCALE_KEYS, scaleName } from './scales.constants.ts';
import { SCALE_MESSAGES as m } from './scales.messages.ts';
import { listAnswerRows, listWaves } from './scales.repo.ts';
import { scaleAlpha, scaleScore } from './scales.rules.ts';
import type { AlphaRow, ScaleResults, ScoreRow } from './scales.schema.ts';
import { assertProject } from './scales.service.ts';
import { projectFirms } from './scales-firms.ts';

/**
 * The results of the survey scales: Cronbach's α per scale version and wave (items that were reworded are
 * another version, so their answers are never pooled), and each enterprise's scale scores per wave beside
 * its position in its centre's network today.
 */

const REASONS = {
  too_few_items: m.alphaTooFewItems,
  too_few_respondents: m.alphaTooFewRespondents,
  no_total_variance: m.alphaNoVariance,
} as const;

/** One response with its answers (item id → value). */
interface Response {
  instrumentId: string;
  enterpriseId: string;
  wave: string;
  answeredOn: string | null;
  answers: Map<string, number>;
}

async function responsesOf(db: Db, projectId: string, wave: string | undefined): Promise<Response[]> {
  const byId = new Map<string, Response>();
  for (const row of await listAnswerRows(db, projectId, wave)) {
    let response = byId.get(row.response_id);
    if (!response) {
      response = {
        instrumentId: row.instrument_id,
        enterpriseId: row.enterprise_id,
        wave: row.wave,
        answeredOn: row.answered_on,
        answers: new Map(),
      };
      byId.set(row.response_id, response);
    }
    if (row.item_id !== null && row.value !== null) response.answers.set(row.item_id, row.value);
  }
  return [...byId.values()];
}

const scaleOrder = (scale: string) => {
  const i = SCALE_KEYS.indexOf(scale as (typeof SCALE_KEYS)[number]);
  return i < 0 ? SCALE_KEYS.length : i;
};

function alphas(
  instruments: readonly LoadedInstrument[],
  responses: readonly Response[],
  waves: string[],
): AlphaRow[] {
  const rows: AlphaRow[] = [];
  for (const wave of waves)
    for (const instrument of instruments) {
      const answered = responses.filter((r) => r.wave === wave && r.instrumentId === instrument.row.id);
      if (answered.length === 0) continue;
      const result = scaleAlpha(
        instrument.items,
        answered.map((r) => r.answers),
      );
      rows.push({
        scale: instrument.row.scale,
        name: scaleName(instrument.row.scale, instrument.row.name),
        version: instrument.row.number,
        wave,
        alpha: result.alpha,
        reason: result.reason,
        reasonText: result.reason ? tr(REASONS[result.reason]) : null,
        items: result.items,
        respondents: result.respondents,
        responses: answered.length,
      });
    }
  return rows.sort(
    (a, b) =>
      waves.indexOf(a.wave) - waves.indexOf(b.wave) ||
      scaleOrder(a.scale) - scaleOrder(b.scale) ||
      a.version - b.version,
  );
}

/** α per scale × wave and the scores beside the network positions, of one wave or every wave. */
export async function scaleResults(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  projectId: string,
  wave: string | undefined,
): Promise<ScaleResults> {
  await assertProject(db, projectId);
  const [instruments, allWaves, responses] = await Promise.all([
    loadInstruments(db, projectId),
    listWaves(db, projectId),
    responsesOf(db, projectId, wave),
  ]);
  const waves = wave === undefined ? allWaves : allWaves.filter((w) => w === wave);
  const { firms, positions } = await projectFirms(db, actor, pseudonymKey, projectId, { positions: true });
  const firmOf = new Map(firms.map((f) => [f.id, f]));
  const instrumentOf = new Map(instruments.map((i) => [i.row.id, i]));
  const scales = [...new Set(instruments.map((i) => i.row.scale))].sort(
    (a, b) => scaleOrder(a) - scaleOrder(b),
  );
  const questionnaires = new Map<string, Response[]>();
  for (const r of responses) {
    const key = JSON.stringify([r.enterpriseId, r.wave]);
    questionnaires.set(key, [...(questionnaires.get(key) ?? []), r]);
  }
  const scores: ScoreRow[] = [];
  let unlisted = 0;
  for (const group of questionnaires.values()) {
    const first = group[0] as Response;
    const firm = firmOf.get(first.enterpriseId);
    if (!firm) {
      unlisted += 1;
      continue;
    }
    scores.push({
      enterpriseId: firm.id,
      label: firm.label,
      centerId: firm.centerId,
      centerName: firm.centerName,
      wave: first.wave,
      answeredOn: group.find((r) => r.answeredOn !== null)?.answeredOn ?? null,
      scores: scales.map((scale) => {
        const response = group.find((r) => instrumentOf.get(r.instrumentId)?.row.scale === scale);
        const instrument = response
          ? instrumentOf.get(response.instrumentId)
          : instruments.find((i) => i.current && i.row.scale === scale);
        return { scale, ...scaleScore(instrument?.items ?? [], response?.answers ?? new Map()) };
      }),
      position: positions.get(firm.id) ?? null,
    });
  }
  scores.sort(
    (a, b) =>
      waves.indexOf(a.wave) - waves.indexOf(b.wave) ||
      a.centerName.localeCompare(b.centerName) ||
      a.label.localeCompare(b.label),
  );
  return {
    projectId,
    wave: wave ?? null,
    waves: allWaves,
    scoreRule: tr(m.scoreRule),
    alphas: alphas(instruments, responses, waves),
    scores,
    unlisted,
  };
}

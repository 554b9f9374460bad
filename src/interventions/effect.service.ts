import type { Db } from '../db/database.ts';
import { CHOICE_LABELS } from '../shared/choice-labels.ts';
import { errors } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { currentLang } from '../shared/lang.ts';
import {
  type BeforeAfter,
  differenceInDifferences,
  effectYears,
  emptyValues,
  MIN_COMPARISONS,
} from './did.ts';
import { centerProfile, comparableCenters, otherInterventionRows, regionNames } from './effect.repo.ts';
import type { InterventionEffect } from './effect.schema.ts';
import { EFFECT_WORDS as W } from './effect.words.ts';
import { indicatorValues } from './effect-values.ts';
import { INTERVENTION_TYPE_LABELS } from './interventions.constants.ts';
import type { Intervention } from './interventions.schema.ts';
import { getIntervention, interventionsForCenter } from './interventions.service.ts';

/**
 * Before/after of intervention `id` with the difference-in-differences against comparable centres
 * (same product group and province, no intervention of the same type in the window), the comparison
 * centres with why each was chosen, the other programmes in the window, and the caveats in plain words.
 */
export async function interventionEffect(db: Db, id: string): Promise<InterventionEffect> {
  const intervention = await getIntervention(db, id);
  const years = effectYears(intervention.startDate, intervention.endDate);
  const from = `${years.before}-01-01`;
  const to = `${years.after}-12-31`;
  const profile = await centerProfile(db, intervention.centerId);
  if (!profile) throw errors.notFound('center', intervention.centerId);
  const [comparables, others] = await Promise.all([
    comparableCenters(
      db,
      profile.id,
      profile.commodity_group,
      profile.provinces,
      intervention.interventionType,
      from,
      to,
    ),
    otherInterventionRows(db, profile.id, id, from, to),
  ]);
  const values = await indicatorValues(
    db,
    [profile.id, ...comparables.map((c) => c.id)],
    [years.before, years.after],
  );
  const pair = (centerId: string): BeforeAfter => ({
    before: values.get(centerId)?.get(years.before) ?? emptyValues(),
    after: values.get(centerId)?.get(years.after) ?? emptyValues(),
  });
  const didShown = comparables.length >= MIN_COMPARISONS;
  const rows = differenceInDifferences(pair(profile.id), didShown ? comparables.map((c) => pair(c.id)) : []);
  const provinceNames = await regionNames(db, profile.provinces);
  const typeLabel = tr(INTERVENTION_TYPE_LABELS[intervention.interventionType]);
  const ownKbli = new Set(profile.kbli.map((k) => k.code));
  const group = CHOICE_LABELS[profile.commodity_group]?.[currentLang()] ?? profile.commodity_group;
  const comparisonCenters = comparables.map((c) => {
    const province = c.provinces.find((p) => profile.provinces.includes(p)) ?? '';
    const shared = c.kbli.map((k) => k.code).filter((code) => ownKbli.has(code));
    const reason =
      tr(W.reason, { group, province: provinceNames.get(province) ?? province, type: typeLabel, from, to }) +
      (shared.length > 0 ? tr(W.sharedKbli, { codes: shared.join(', ') }) : '');
    return { centerId: c.id, name: c.name, reason };
  });
  const otherProgrammes = others.map((o) => ({
    id: o.id,
    title: o.title,
    interventionType: o.type,
    startDate: o.start_date,
    endDate: o.end_date,
  }));
  const caveats = [
    tr(W.smallN, { count: comparables.length }),
    tr(W.noRandomisation),
    tr(W.parallelTrends),
    otherProgrammes.length > 0
      ? tr(W.otherProgrammes, { list: otherProgrammes.map((o) => `${o.title} (${o.startDate})`).join('; ') })
      : tr(W.noOtherProgrammes),
    tr(W.figures),
  ];
  return {
    interventionId: id,
    centerId: profile.id,
    beforeYear: years.before,
    afterYear: years.after,
    rows,
    comparisonCenters,
    didShown,
    didNote: didShown ? null : tr(W.fewComparisons, { count: comparables.length, min: MIN_COMPARISONS }),
    otherProgrammes,
    caveats,
  };
}

/** An intervention with its effect, for the printable centre report. */
export interface InterventionWithEffect {
  intervention: Intervention;
  effect: InterventionEffect;
}

/** Every intervention of centre `centerId` with its before/after and DiD (the report's section). */
export async function interventionEffectsForCenter(
  db: Db,
  centerId: string,
): Promise<InterventionWithEffect[]> {
  const list = await interventionsForCenter(db, centerId);
  const out: InterventionWithEffect[] = [];
  for (const intervention of list)
    out.push({ intervention, effect: await interventionEffect(db, intervention.id) });
  return out;
}

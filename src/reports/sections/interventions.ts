import type { Actor } from '../../auth/actor.ts';
import { mayRead } from '../../auth/policy.ts';
import {
  type InterventionWithEffect,
  interventionEffectsForCenter,
} from '../../interventions/effect.service.ts';
import { EFFECT_LABELS, formatEffect } from '../../interventions/effect-format.ts';
import { INTERVENTION_TYPE_LABELS } from '../../interventions/interventions.constants.ts';
import { interventionPolicy } from '../../interventions/interventions.policy.ts';
import { tr } from '../../shared/lang.ts';
import { printable } from '../pdf-pen.ts';
import { REPORT_WORDS as W } from '../report.words.ts';
import { section } from '../report-section.ts';

/** Whether `actor` may read interventions (the route's rule; the report's own access already checked the scope). */
export function mayReadInterventions(actor: Actor): boolean {
  return mayRead(actor, interventionPolicy.read);
}

/**
 * The centre's interventions, each with its before/after and difference-in-differences against the
 * comparison centres, and the caveats in plain words. Left out for readers who may not read interventions
 * (researchers, viewers: an intervention names the firms it reached).
 */
export const interventionsSection = section<InterventionWithEffect[]>({
  key: 'interventions',
  load: async ({ db, actor, center }) => {
    if (!mayReadInterventions(actor)) return null;
    const list = await interventionEffectsForCenter(db, center.id);
    return list.length > 0 ? list : null;
  },
  draw: (pen, list, { lang }) => {
    pen.heading(pen.w(W.interventions));
    for (const { intervention, effect } of list) {
      pen.text(
        printable(
          pen.w(W.interventionLine, {
            title: intervention.title,
            type: tr(INTERVENTION_TYPE_LABELS[intervention.interventionType], {}, lang),
            from: intervention.startDate,
            to: intervention.endDate ?? intervention.startDate,
          }),
        ),
        { bold: true, size: 10 },
      );
      pen.table(
        [
          pen.w(W.indicator),
          String(effect.beforeYear),
          String(effect.afterYear),
          pen.w(W.change),
          pen.w(W.did),
        ],
        effect.rows.map((r) => [
          tr(EFFECT_LABELS[r.indicator], {}, lang),
          formatEffect(lang, r.indicator, r.before),
          formatEffect(lang, r.indicator, r.after),
          formatEffect(lang, r.indicator, r.change),
          effect.didShown ? formatEffect(lang, r.indicator, r.did) : '–',
        ]),
        [175, 80, 80, 80, 80],
      );
      if (effect.didShown)
        pen.text(
          printable(
            pen.w(W.comparedWith, { centers: effect.comparisonCenters.map((c) => c.name).join(', ') }),
          ),
          { size: 8.5, italic: true },
        );
      else if (effect.didNote) pen.text(printable(effect.didNote), { size: 8.5, italic: true });
      for (const caveat of effect.caveats) pen.text(printable(`• ${caveat}`), { size: 8 });
    }
  },
});

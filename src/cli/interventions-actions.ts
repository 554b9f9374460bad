// The actions of `simpul interventions …`, loaded when one runs (interventions-commands.ts registers them).

import { interventionEffect } from '../interventions/effect.service.ts';
import { EFFECT_LABELS, formatEffect } from '../interventions/effect-format.ts';
import { FUNDER_KIND_LABELS, INTERVENTION_TYPE_LABELS } from '../interventions/interventions.constants.ts';
import { interventionsForCenter } from '../interventions/interventions.service.ts';
import { currentLang, tr } from '../shared/i18n.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { withDatabase } from './runtime.ts';

const money = (n: number | null) => (n === null ? '–' : `Rp ${Math.round(n).toLocaleString('id-ID')}`);

/** `simpul interventions list CENTER_ID`: the centre's interventions, newest first, as lines or JSON. */
export async function listInterventionsCommand(centerId: string, options: { json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const items = await interventionsForCenter(db, centerId);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
    } else {
      for (const i of items) {
        const dates = i.endDate ? `${i.startDate}–${i.endDate}` : i.startDate;
        const funder = [tr(FUNDER_KIND_LABELS[i.funderKind]), i.funderName].filter(Boolean).join(' ');
        process.stdout.write(
          `${i.id}\t${tr(INTERVENTION_TYPE_LABELS[i.interventionType])}\t${i.title}\t${dates}\t${money(i.costIdr)}\t${funder}\n`,
        );
      }
    }
    say(words({ id: '{n} intervensi', en: '{n} interventions' }, { n: items.length }));
  });
}

/** `simpul interventions effect ID`: the before/after table with DiD, comparison centres and caveats. */
export async function interventionEffectCommand(id: string, options: { json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const effect = await interventionEffect(db, id);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(effect, null, 2)}\n`);
      return;
    }
    const lang = currentLang();
    const head = words(
      {
        id: 'indikator\t{before}\t{after}\tperubahan\tpembanding\tDiD',
        en: 'indicator\t{before}\t{after}\tchange\tcomparison\tDiD',
      },
      { before: effect.beforeYear, after: effect.afterYear },
    );
    process.stdout.write(`${head}\n`);
    for (const r of effect.rows) {
      const cells = [r.before, r.after, r.change, r.comparisonChange, r.did].map((v) =>
        formatEffect(lang, r.indicator, v),
      );
      process.stdout.write(`${tr(EFFECT_LABELS[r.indicator])}\t${cells.join('\t')}\n`);
    }
    if (effect.didNote) process.stdout.write(`\n${effect.didNote}\n`);
    process.stdout.write(`\n${words({ id: 'Sentra pembanding:', en: 'Comparison centres:' })}\n`);
    for (const c of effect.comparisonCenters)
      process.stdout.write(`  ${c.name} (${c.centerId}): ${c.reason}\n`);
    process.stdout.write(`\n${words({ id: 'Catatan kehati-hatian:', en: 'Caveats:' })}\n`);
    for (const caveat of effect.caveats) process.stdout.write(`  - ${caveat}\n`);
    say(
      words(
        { id: '{n} sentra pembanding', en: '{n} comparison centres' },
        { n: effect.comparisonCenters.length },
      ),
    );
  });
}

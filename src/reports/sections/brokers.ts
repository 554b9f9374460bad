import { formatMeasure } from '../../shared/measure-format.ts';
import { REPORT_WORDS as W } from '../report.words.ts';
import { section } from '../report-section.ts';

/** How many brokers and frustrated ties the report lists (the analysis screen has them all). */
const LISTED = 10;

/** The strongest brokers and the frustrated ties, named as the network names them for this reader. */
export const brokersSection = section<true>({
  key: 'brokers',
  load: () => true,
  draw: (pen, _data, { network, analysis, lang }) => {
    const label = new Map(network.nodes.map((n) => [n.id, n.label]));
    pen.heading(pen.w(W.brokers));
    pen.text(pen.w(W.brokersList), { bold: true, size: 10 });
    if (analysis.brokers.length === 0) pen.text(pen.w(W.noBrokers), { italic: true, size: 9 });
    else
      pen.table(
        ['#', pen.w(W.firms), pen.w(W.betweenness)],
        analysis.brokers
          .slice(0, LISTED)
          .map((b, i) => [
            String(i + 1),
            label.get(b.id) ?? '–',
            formatMeasure(lang, 'betweenness', b.betweenness),
          ]),
        [30, 330, 135],
      );
    pen.text(pen.w(W.frustratedList), { bold: true, size: 10 });
    if (analysis.frustratedTies.length === 0) pen.text(pen.w(W.noFrustrated), { italic: true, size: 9 });
    else
      pen.table(
        ['#', pen.w(W.firms), ''],
        analysis.frustratedTies
          .slice(0, LISTED)
          .map((t, i) => [
            String(i + 1),
            `${label.get(t.source) ?? '–'} – ${label.get(t.target) ?? '–'}`,
            pen.w(t.reason === 'conflict_within_camp' ? W.conflictWithinCamp : W.collaborationAcrossCamps),
          ]),
        [30, 265, 200],
      );
  },
});

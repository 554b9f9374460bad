import { glossaryEntry } from '../../shared/glossary.ts';
import { formatValue, INDICATOR_FORMATS } from '../../shared/measure-format.ts';
import { drawNetwork } from '../network-drawing.ts';
import { PAGE_WIDTH } from '../pdf-pen.ts';
import { REPORT_WORDS as W } from '../report.words.ts';
import { section } from '../report-section.ts';

/** The indicators the report lists, in this order (the others are on the analysis screen). */
export const REPORT_INDICATORS = [
  'firms',
  'institutions',
  'collaborationTies',
  'conflictTies',
  'collaborationDensity',
  'conflictDensity',
  'largestCollaborativeComponentShare',
  'institutionalCoverage',
  'orderGiverDominance',
  'normalizedFrustration',
  'communities',
  'degreeCentralization',
] as const;

/** The network drawing, the pattern label with what it means (analysis/pattern.ts), and the indicators. */
export const networkSection = section<true>({
  key: 'network',
  load: () => true,
  draw: (pen, _data, { network, analysis, lang }) => {
    const { doc } = pen;
    pen.heading(pen.w(W.network));
    if (network.nodes.length === 0) pen.text(pen.w(W.networkEmpty), { italic: true, size: 9 });
    else {
      const size = 300;
      pen.room(size + 40);
      const left = 50 + (PAGE_WIDTH - size) / 2;
      drawNetwork(doc, network, analysis, left, doc.y, size);
      doc.y += size + 6;
      pen.text(pen.w(W.networkLegend), { size: 8, italic: true });
    }
    pen.heading(`${pen.w(W.pattern)}: ${analysis.pattern.label[lang]}`);
    pen.text(analysis.pattern.explanation[lang], { size: 9.5 });
    pen.heading(pen.w(W.indicators));
    pen.pairs(
      REPORT_INDICATORS.map((key) => [
        glossaryEntry(key).term[lang],
        formatValue(lang, INDICATOR_FORMATS[key], analysis.indicators[key]),
      ]),
    );
    if (analysis.note) pen.text(analysis.note[lang], { size: 8, italic: true });
  },
});

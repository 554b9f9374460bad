import type { CaseKpis, CenterCaseKpis } from '../../case-kpis/case-kpis.schema.ts';
import { centerCaseKpis } from '../../case-kpis/case-kpis.service.ts';
import type { PartnershipKpis } from '../../partnership-kpis/partnership-kpis.schema.ts';
import { centerPartnershipKpis, kpiPeriod } from '../../partnership-kpis/partnership-kpis.service.ts';
import { glossaryEntry } from '../../shared/glossary.ts';
import type { Lang } from '../../shared/lang.ts';
import { formatMeasure } from '../../shared/measure-format.ts';
import type { Pen } from '../pdf-pen.ts';
import { REPORT_WORDS as W } from '../report.words.ts';
import { section } from '../report-section.ts';

/** The centre's partnership KPIs over the last 12 months (aggregates naming no firm). */
export const partnershipSection = section<PartnershipKpis>({
  key: 'partnership',
  load: ({ db, center, today }) => centerPartnershipKpis(db, center.id, kpiPeriod({}, today)),
  draw: (pen, k, { lang }) => {
    pen.heading(pen.w(W.partnership, { from: k.from, to: k.to }));
    const keys = [
      'requests',
      'responseRate',
      'conversion',
      'medianDaysToAward',
      'microShare',
      'awardGini',
    ] as const;
    pen.pairs([
      ...keys.map((key): [string, string] => [
        glossaryEntry(key).term[lang],
        formatMeasure(lang, key, k[key]),
      ]),
      [glossaryEntry('poolSavings').term[lang], formatMeasure(lang, 'poolSavings', k.poolSavings)],
    ]);
  },
});

/**
 * The centre's conflict-case KPIs over the last 12 months, suppressed as the API suppresses them: a null
 * count is "< 3", never a number, so the report reveals no single case either.
 */
export const casesSection = section<CenterCaseKpis>({
  key: 'cases',
  load: ({ db, center, today }) => centerCaseKpis(db, center.id, kpiPeriod({}, today)),
  draw: (pen, k, { lang }) => drawCaseKpis(pen, k, lang),
});

/** Writes conflict-case KPIs (a centre's or a region's); a suppressed count reads "< 3". */
export function drawCaseKpis(pen: Pen, k: CaseKpis, lang: Lang): void {
  pen.heading(pen.w(W.cases, { from: k.from, to: k.to }));
  const count = (n: number | null) => (n === null ? pen.w(W.suppressed) : formatMeasure(lang, 'cases', n));
  pen.pairs([
    [glossaryEntry('cases').term[lang], count(k.cases)],
    [glossaryEntry('resolutionRate').term[lang], formatMeasure(lang, 'resolutionRate', k.resolutionRate)],
    [
      glossaryEntry('medianDaysToAgreement').term[lang],
      formatMeasure(lang, 'medianDaysToAgreement', k.medianDaysToAgreement),
    ],
    [glossaryEntry('recurrenceRate').term[lang], formatMeasure(lang, 'recurrenceRate', k.recurrenceRate)],
    [glossaryEntry('keptOnTimeShare').term[lang], formatMeasure(lang, 'keptOnTimeShare', k.keptOnTimeShare)],
  ]);
  pen.text(pen.w(W.suppressionNote), { size: 8, italic: true });
}
